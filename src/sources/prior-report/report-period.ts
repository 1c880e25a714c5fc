import { samePeriod, periodLabel, type Period } from "../../domain/period";
import { paragraphsOf, type DocumentContent } from "./document-content";
import { findPeriodPhrases, type PeriodPhrase } from "../../domain/period-phrases";
import { headingOf } from "./report-outline";

// Which period a hand-written report covers. The summary line under "BÁO CÁO" is the most reliable place
// (headings are the ones left stale when last period's file is copied), then headings, then the opening.

export interface DetectedPeriod {
  period: Period;
  /** The line the period was read from. */
  source: string;
}

/** The reported period named in a line: the first one, before "phương hướng", borrowing the line's year. */
export function periodInLine(line: string): Period | null {
  const phrases = findPeriodPhrases(line).filter((p) => !p.asOf && !p.multiYear);
  if (phrases.length === 0) return null;
  const planning = line.search(/phương\s+hướng|nhiệm\s+vụ/iu);
  const candidates = planning > 0 ? phrases.filter((p) => p.start < planning) : phrases;
  const first: PeriodPhrase | undefined = candidates[0] ?? phrases[0];
  if (!first) return null;
  if (first.period) return first.period;
  // "6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2021": the year is said once, at the end.
  const later = /\b(20\d{2})\b/u.exec(line.slice(first.end));
  return later ? first.withYear(Number(later[1])) : null;
}

/** A summary line or heading is a line or two; the period is read from the start of longer lines only. */
const PERIOD_LINE_CHARS = 1_000;

function lines(content: DocumentContent): string[] {
  return paragraphsOf(content)
    .flatMap((p) => p.split("\n"))
    .map((l) => l.trim().slice(0, PERIOD_LINE_CHARS))
    .filter((l) => l.length > 0);
}

function summaryLine(all: string[]): string | null {
  const title = all.findIndex((l) => /^b\s*á\s*o\s+c\s*á\s*o$/iu.test(l));
  if (title < 0) return null;
  const parts: string[] = [];
  for (const l of all.slice(title + 1, title + 4)) {
    if (/^(căn\s+cứ|thực\s+hiện|kính\s+gửi|theo\s+)/iu.test(l) || headingOf(l)) break;
    parts.push(l);
  }
  return parts.length ? parts.join(" ") : null;
}

export function detectReportPeriod(content: DocumentContent): DetectedPeriod | null {
  const all = lines(content);
  const tries: string[] = [];
  const summary = summaryLine(all);
  if (summary) tries.push(summary);
  tries.push(...all.slice(0, 15).filter((l) => /^(v\/v|về\s+việc|báo\s+cáo|tình\s+hình|kết\s+quả|sơ\s+kết|tổng\s+kết)/iu.test(l)));
  tries.push(...all.filter((l) => (headingOf(l)?.level ?? 9) <= 2 && /kết\s+quả|tình\s+hình|hoạt\s+động/iu.test(l)));
  tries.push(...all.filter((l) => /báo\s+cáo\s+(?:tình\s+hình|kết\s+quả|sơ\s+kết|tổng\s+kết)/iu.test(l)));
  for (const line of tries) {
    const period = periodInLine(line);
    if (period) return { period, source: line };
  }
  return null;
}

/** Result headings that name another period than the report's: last period's file copied, heading not updated. */
export function staleHeadings(content: DocumentContent, period: Period): string[] {
  const out: string[] = [];
  for (const line of lines(content)) {
    const heading = headingOf(line);
    if (!heading || heading.level > 2 || !/kết\s+quả|tình\s+hình/iu.test(heading.title)) continue;
    const named = findPeriodPhrases(heading.title).find((p) => p.period && !p.asOf && !p.multiYear);
    if (named?.period && !samePeriod(named.period, period)) {
      out.push(
        `Tiêu đề "${line.slice(0, 120)}" ghi ${periodLabel(named.period)}, khác kỳ của báo cáo (${periodLabel(period)}) — có thể còn sót từ báo cáo kỳ trước.`,
      );
    }
  }
  return out;
}
