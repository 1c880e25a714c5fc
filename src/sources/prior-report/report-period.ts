import { samePeriod, periodLabel, startsAfter, type Period } from "../../domain/period";
import { paragraphsOf, type DocumentContent } from "./document-content";
import { findPeriodPhrases, type PeriodPhrase } from "../../domain/period-phrases";
import { headingOf } from "./report-outline";
import { splitSentences } from "./sentences";
import { TIME_ANCHOR } from "../../domain/checker/period-wording";
import { isReportTitle } from "../../domain/checker/report-layout";
import { readPlaceDate } from "../../domain/vietnamese-date";

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
  const title = all.findIndex((l) => isReportTitle(l));
  if (title < 0) return null;
  const parts: string[] = [];
  for (const l of all.slice(title + 1, title + 4)) {
    if (/^(căn\s+cứ|thực\s+hiện|kính\s+gửi|theo\s+)/iu.test(l) || headingOf(l)) break;
    parts.push(l);
  }
  return parts.length ? parts.join(" ") : null;
}

/** Title lines of a write-up ("Ban Biên tập họp sơ kết hoạt động … 06 tháng đầu năm 2023"): the first few, about the work. */
const TITLE_WORDS =
  /sơ\s+kết|tổng\s+kết|kết\s+quả|tình\s+hình|hoạt\s+động|báo\s+cáo|trang\s+thông\s+tin\s+điện\s+tử|cổng\s+thông\s+tin|TTĐT/iu;
/** A title is a line or two; a longer line among the first ones is body text. */
const TITLE_CHARS = 250;

/** "Cổng hoạt động từ năm 2015": the first period named is a point in time, not the period reported on. */
function anchoredFirstPhrase(line: string): boolean {
  const first = findPeriodPhrases(line).find((p) => !p.asOf && !p.multiYear);
  return first !== undefined && TIME_ANCHOR.test(line.slice(0, first.start));
}

/** A sentence that opens with its period: "Năm 2019, …", "Trong quý II năm 2024, …", "Từ tháng 10/2018 đến hết tháng 3/2019, …". */
const OPENS_WITH_PERIOD =
  /^[\s\-–+•]*(?:theo\s+báo\s+cáo(?:\s+(?:của|tại)\s+[^,;]{1,80})?\s*,\s*)?(?:trong\s+|tính\s+riêng\s+|riêng\s+|qua\s+)?$/iu;

/** The first sentences of the body (after the title lines), as far as the first few headings. */
function openingSentences(all: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of all.slice(0, 30)) {
    if (headingOf(line) && out.length > 0) break;
    for (const sentence of splitSentences(line)) {
      out.push(sentence);
      if (out.length >= 6) return out;
    }
  }
  return out;
}

/** The period a sentence opens with, when it opens with one (a cut-off date or a span of years is not one). */
/** "… họp đánh giá kết quả hoạt động 6 tháng đầu năm 2023", "… tổ chức hội nghị tổng kết công tác năm 2021": a meeting on the period. */
const REVIEWS_PERIOD =
  /(?:sơ\s+kết|tổng\s+kết|đánh\s+giá(?:\s+kết\s+quả)?|kết\s+quả)(?:\s+(?:công\s+tác|hoạt\s+động|tình\s+hình\s+hoạt\s+động)(?:\s+(?:của\s+)?(?:Cổng|Trang)[^,.;:]{0,60}?)?)?\s*$/iu;

function openingPeriod(sentence: string): Period | null {
  const first = findPeriodPhrases(sentence.slice(0, PERIOD_LINE_CHARS)).find((p) => !p.asOf && !p.multiYear);
  if (first && first.period && REVIEWS_PERIOD.test(sentence.slice(Math.max(0, first.start - 120), first.start))) return first.period;
  if (!first || !OPENS_WITH_PERIOD.test(sentence.slice(0, first.start))) return null;
  if (!/^\s*(?:,|có|là|đạt|:|\(|Cổng|Trang|Ban)/iu.test(sentence.slice(first.end))) return null;
  return first.period;
}

export function detectReportPeriod(content: DocumentContent): DetectedPeriod | null {
  const all = lines(content);
  const tries: string[] = [];
  const summary = summaryLine(all);
  if (summary) tries.push(summary);
  tries.push(...all.slice(0, 15).filter((l) => /^(v\/v|về\s+việc|báo\s+cáo|tình\s+hình|kết\s+quả|sơ\s+kết|tổng\s+kết)/iu.test(l)));
  tries.push(...all.filter((l) => (headingOf(l)?.level ?? 9) <= 2 && /kết\s+quả|tình\s+hình|hoạt\s+động/iu.test(l)));
  tries.push(...all.filter((l) => /báo\s+cáo\s+(?:tình\s+hình|kết\s+quả|sơ\s+kết|tổng\s+kết)/iu.test(l)));
  // Write-ups and reports without a summary line: a title line about the work, then the body's opening sentences.
  tries.push(...all.slice(0, 5).filter((l) => l.length <= TITLE_CHARS && TITLE_WORDS.test(l) && !headingOf(l) && !anchoredFirstPhrase(l)));
  for (const line of tries) {
    const period = periodInLine(line);
    if (period) return { period, source: line };
  }
  for (const sentence of openingSentences(all)) {
    const period = openingPeriod(sentence);
    if (period) return { period, source: sentence };
  }
  // "Kết quả trong 9 tháng đầu năm (từ ngày 01/01 đến 15/9)": no year said; the place-and-date line gives it.
  const dated = reportDate(all);
  if (dated) {
    for (const line of [...tries, ...openingSentences(all)]) {
      const period = yearlessPeriod(line, dated);
      if (period) return { period, source: line };
    }
  }
  return null;
}

/** The month and year of the place-and-date line ("Ia Pa, ngày 20 tháng 9 năm 2023", its day written), among the first lines. */
function reportDate(all: readonly string[]): { year: number; month: number } | null {
  for (const line of all.slice(0, 15)) {
    const date = readPlaceDate(line);
    if (date?.day !== undefined) return { year: date.year, month: date.month };
  }
  return null;
}

/**
 * The period a line names without a year, in the year of the report's date — or the year before, when the period
 * would start after that date ("6 tháng cuối năm" in a report dated January).
 */
function yearlessPeriod(line: string, date: { year: number; month: number }): Period | null {
  const first = findPeriodPhrases(line.slice(0, PERIOD_LINE_CHARS)).find((p) => !p.asOf && !p.multiYear);
  if (!first || first.period || TIME_ANCHOR.test(line.slice(0, first.start))) return null;
  const same = first.withYear(date.year);
  if (!same) return null;
  return startsAfter(same, date) ? first.withYear(date.year - 1) : same;
}

/**
 * Opening sentences that state another period than the one detected (from the title or summary line, which win):
 * one warning each, so she sees which statement was not followed.
 */
export function disagreeingStatements(content: DocumentContent, detected: DetectedPeriod): string[] {
  const out: string[] = [];
  for (const sentence of openingSentences(lines(content))) {
    if (sentence === detected.source) continue;
    const period = openingPeriod(sentence);
    if (period && !samePeriod(period, detected.period)) {
      out.push(
        `Câu "${sentence.slice(0, 120)}" nói về ${periodLabel(period)}, khác kỳ ghi ở trích yếu (${periodLabel(detected.period)}) — đã theo trích yếu.`,
      );
    }
  }
  return out;
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
