import type { DocumentFormat } from "../document-format";
import { periodBounds, type Period } from "../period";
import { daysInMonth, type CalendarDate } from "../vietnamese-date";
import type { CheckedDocument } from "./checked-document";
import { MAX_FINDINGS_PER_RULE, type Finding } from "./finding";
import { layOut } from "./report-layout";
import { headingNumbering } from "./rules/heading-numbering";
import { formatOf, nd30Form, reportDateOf } from "./rules/nd30-form";
import { numberFormat } from "./rules/number-format";
import { outdatedReference } from "./rules/outdated-reference";
import { stalePeriod } from "./rules/stale-period";
import { sttSequence } from "./rules/stt-sequence";
import { tableArithmetic } from "./rules/table-arithmetic";
import { textTableMismatch } from "./rules/text-table-mismatch";

// "Kiểm tra báo cáo": every rule over one report, whoever wrote it. The period and date come from the caller
// (the --period option, the add-in's stored data, or the summary line); the date, when the report has no
// place-and-date line, is the end of the period — the earliest day the report can be sent.

export interface CheckContext {
  period: Period | null;
  /** The report's date when the document does not say it (stored data); its own line wins. */
  reportDate?: CalendarDate | null;
  /** Detected from the header ("ĐẢNG CỘNG SẢN VIỆT NAM") when not given. */
  format?: DocumentFormat;
}

export interface CheckResult {
  findings: Finding[];
  format: DocumentFormat;
  reportDate: CalendarDate | null;
}

function endOf(period: Period): CalendarDate {
  const { last } = periodBounds(period);
  return { year: last.year, month: last.month, day: daysInMonth(last.year, last.month) };
}

/** The first findings of a rule, and a note when it stopped looking (finding.ts, MAX_FINDINGS_PER_RULE). */
function capped(findings: Finding[]): Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_RULE) return findings;
  const kept = findings.slice(0, MAX_FINDINGS_PER_RULE);
  const last = kept[kept.length - 1]!;
  kept.push({
    rule: last.rule,
    severity: "warning",
    message: `Còn những chỗ khác cùng loại, không liệt kê ở đây (chỉ nêu ${MAX_FINDINGS_PER_RULE} chỗ đầu) — sửa các chỗ trên rồi kiểm tra lại.`,
    where: last.where,
    found: "",
    expected: null,
    at: { ...last.at, length: 0 },
  });
  return kept;
}

function order(a: Finding, b: Finding): number {
  return a.at.block - b.at.block || (a.at.row ?? 0) - (b.at.row ?? 0) || (a.at.cell ?? 0) - (b.at.cell ?? 0) || a.at.offset - b.at.offset;
}

export function checkReport(doc: CheckedDocument, context: CheckContext): CheckResult {
  const layout = layOut(doc);
  const format = context.format ?? formatOf(layout);
  const reportDate = reportDateOf(layout) ?? context.reportDate ?? (context.period ? endOf(context.period) : null);
  const findings = [
    stalePeriod(layout, context.period),
    headingNumbering(layout),
    sttSequence(layout.tables),
    tableArithmetic(layout.tables),
    textTableMismatch(layout),
    numberFormat(layout),
    nd30Form(layout, format),
    outdatedReference(layout, reportDate),
  ]
    .flatMap(capped)
    .sort(order);
  return { findings, format, reportDate };
}
