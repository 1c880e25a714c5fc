import type { CalendarDate } from "../../vietnamese-date";
import data from "../outdated-references.json";
import { full, shortened, type Finding } from "../finding";
import { locate, type ReportLayout } from "../report-layout";

// outdated-reference: a name or citation no longer current at the report's date — district-level bodies after
// 1 July 2025, the information ministry and departments after 1 March 2025, Nghị định 43/2011 after 15 August
// 2022 (replaced by Nghị định 42/2022). Warnings: the text may be history ("năm 2024, UBND huyện …"). The list is
// data (outdated-references.json) so a change in the law or the map is a change to that file.

export interface OutdatedReference {
  id: string;
  pattern: string;
  since: string;
  change: string;
  replacement: string;
}

export const OUTDATED_REFERENCES: readonly OutdatedReference[] = data.references;

function dayNumber(d: CalendarDate): number {
  return d.year * 10000 + d.month * 100 + (d.day ?? 1);
}

function parseSince(text: string): CalendarDate {
  const [y, m, d] = text.split("-").map(Number);
  return { year: y!, month: m!, day: d! };
}

function display(d: CalendarDate): string {
  return `${String(d.day ?? 1).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}`;
}

export function outdatedReference(layout: ReportLayout, reportDate: CalendarDate | null, references = OUTDATED_REFERENCES): Finding[] {
  if (!reportDate) return [];
  const findings: Finding[] = [];
  const current = references.filter((r) => dayNumber(reportDate) >= dayNumber(parseSince(r.since)));
  const compiled = current.map((r) => ({ r, re: new RegExp(r.pattern, "giu") }));
  for (const line of layout.lines) {
    for (const { r, re } of compiled) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(line.text)) !== null) {
        if (full(findings)) return findings;
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        findings.push({
          rule: "outdated-reference",
          severity: "warning",
          message: `"${m[0]}" không còn đúng vào ngày báo cáo (${display(reportDate)}): ${r.change}. Dùng: ${r.replacement}.`,
          where: shortened(line.text, m.index),
          found: m[0],
          expected: r.replacement,
          at: locate(line, m.index, m[0].length),
        });
      }
    }
  }
  return findings;
}
