import { toRoman } from "./numbering";

/** "YYYY-MM", as in data format v1. */
export type YearMonthText = string;

export type Period =
  | { kind: "month"; year: number; index: number }
  | { kind: "quarter"; year: number; index: number }
  | { kind: "half"; year: number; index: number }
  | { kind: "nine-months"; year: number }
  | { kind: "year"; year: number }
  | { kind: "range"; from: YearMonthText; to: YearMonthText };

export interface YearMonth {
  year: number;
  month: number;
}

export function parseYearMonth(text: YearMonthText): YearMonth {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m) throw new RangeError(`tháng không hợp lệ: "${text}" (cần dạng YYYY-MM)`);
  const ym = { year: Number(m[1]), month: Number(m[2]) };
  if (ym.month < 1 || ym.month > 12) throw new RangeError(`tháng không hợp lệ: "${text}"`);
  return ym;
}

export function formatYearMonth(ym: YearMonth): YearMonthText {
  return `${ym.year}-${String(ym.month).padStart(2, "0")}`;
}

function monthOrdinal(ym: YearMonth): number {
  return ym.year * 12 + (ym.month - 1);
}

/** Whether a month falls inside the period ("tính đến 30/12/2022" in the second half of 2022). */
export function periodContains(p: Period, ym: YearMonth): boolean {
  const { first, last } = periodBounds(p);
  return monthOrdinal(ym) >= monthOrdinal(first) && monthOrdinal(ym) <= monthOrdinal(last);
}

/** Whether period `a` is over before period `b` begins. */
export function endsBefore(a: Period, b: Period): boolean {
  return monthOrdinal(periodBounds(a).last) < monthOrdinal(periodBounds(b).first);
}

/** Whether the period begins after the month ("6 tháng cuối năm" in a report dated January). */
export function startsAfter(p: Period, ym: YearMonth): boolean {
  return monthOrdinal(periodBounds(p).first) > monthOrdinal(ym);
}

function fromOrdinal(n: number): YearMonth {
  return { year: Math.floor(n / 12), month: (n % 12) + 1 };
}

/** First and last month of the period. */
export function periodBounds(p: Period): { first: YearMonth; last: YearMonth } {
  switch (p.kind) {
    case "month":
      return { first: { year: p.year, month: p.index }, last: { year: p.year, month: p.index } };
    case "quarter":
      return { first: { year: p.year, month: p.index * 3 - 2 }, last: { year: p.year, month: p.index * 3 } };
    case "half":
      return { first: { year: p.year, month: p.index * 6 - 5 }, last: { year: p.year, month: p.index * 6 } };
    case "nine-months":
      return { first: { year: p.year, month: 1 }, last: { year: p.year, month: 9 } };
    case "year":
      return { first: { year: p.year, month: 1 }, last: { year: p.year, month: 12 } };
    case "range":
      return { first: parseYearMonth(p.from), last: parseYearMonth(p.to) };
  }
}

/** The months of the period, in order: the columns of the contributor table. */
export function periodMonths(p: Period): YearMonth[] {
  const { first, last } = periodBounds(p);
  const months: YearMonth[] = [];
  for (let n = monthOrdinal(first); n <= monthOrdinal(last); n++) months.push(fromOrdinal(n));
  return months;
}

/** The months of a period the pane is still being given (a range half typed): none while it is not a valid one. */
export function monthsWhileTyped(p: Period): YearMonth[] {
  try {
    return periodMonths(p);
  } catch {
    return [];
  }
}

/** Builds the canonical period for a span of months, preferring the named kinds clerks use. */
export function periodFromBounds(first: YearMonth, last: YearMonth): Period {
  const count = monthOrdinal(last) - monthOrdinal(first) + 1;
  if (count < 1) throw new RangeError("tháng bắt đầu sau tháng kết thúc");
  const sameYear = first.year === last.year;
  if (sameYear) {
    const y = first.year;
    if (count === 1) return { kind: "month", year: y, index: first.month };
    if (count === 3 && first.month % 3 === 1) return { kind: "quarter", year: y, index: (first.month + 2) / 3 };
    if (count === 6 && (first.month === 1 || first.month === 7)) return { kind: "half", year: y, index: first.month === 1 ? 1 : 2 };
    if (count === 9 && first.month === 1) return { kind: "nine-months", year: y };
    if (count === 12) return { kind: "year", year: y };
  }
  return { kind: "range", from: formatYearMonth(first), to: formatYearMonth(last) };
}

export function periodYear(p: Period): number {
  return periodBounds(p).last.year;
}

export interface LabelOptions {
  /** "6 tháng đầu năm" without the year, for the summary line where the year is said once at the end. */
  withYear?: boolean;
}

/** "tháng 10 năm 2021", "quý III năm 2022", "6 tháng đầu năm 2021", "năm 2020", "4 tháng đầu năm 2024". */
export function periodLabel(p: Period, options: LabelOptions = {}): string {
  const withYear = options.withYear ?? true;
  const { first, last } = periodBounds(p);
  const year = withYear ? ` năm ${last.year}` : "";
  switch (p.kind) {
    case "month":
      return `tháng ${p.index}${year}`;
    case "quarter":
      return `quý ${toRoman(p.index)}${year}`;
    case "half":
      return `6 tháng ${p.index === 1 ? "đầu" : "cuối"} năm${withYear ? ` ${p.year}` : ""}`;
    case "nine-months":
      return `9 tháng đầu năm${withYear ? ` ${p.year}` : ""}`;
    case "year":
      return `năm ${p.year}`;
    case "range": {
      const count = periodMonths(p).length;
      if (first.year === last.year) {
        const y = withYear ? ` ${last.year}` : "";
        if (count === 12) return `năm${withYear ? ` ${last.year}` : ""}`;
        if (first.month === 1 && count > 1) return `${count} tháng đầu năm${y}`;
        if (last.month === 12 && count > 1) return `${count} tháng cuối năm${y}`;
        if (count === 1) return `tháng ${first.month}${year}`;
        return `từ tháng ${first.month} đến tháng ${last.month}${year}`;
      }
      return `từ tháng ${first.month} năm ${first.year} đến tháng ${last.month} năm ${last.year}`;
    }
  }
}

/** Opens a sentence about the period: "Trong 6 tháng đầu năm 2021"; a "từ … đến …" span reads "Từ tháng 11 …" alone. */
export function duringPeriod(p: Period): string {
  const label = periodLabel(p);
  return label.startsWith("từ ") ? `Từ${label.slice(2)}` : `Trong ${label}`;
}

function shift(p: Period, months: number): Period {
  const { first, last } = periodBounds(p);
  return periodFromBounds(fromOrdinal(monthOrdinal(first) + months), fromOrdinal(monthOrdinal(last) + months));
}

/**
 * The period the tasks section plans for: the rest of the year after a cumulative period
 * (6 tháng đầu → 6 tháng cuối, 9 tháng → 3 tháng cuối năm), otherwise the following period of the same length.
 */
export function nextPeriod(p: Period): Period {
  const { first, last } = periodBounds(p);
  const cumulative = (p.kind === "nine-months" || p.kind === "range") && first.month === 1 && first.year === last.year;
  if (cumulative && last.month < 12) {
    // Clerks name the remainder by its length ("3 tháng cuối năm"), never as a quarter.
    const rest = { kind: "range", from: formatYearMonth({ year: last.year, month: last.month + 1 }), to: `${last.year}-12` } as const;
    return rest.from === `${last.year}-07` ? { kind: "half", year: last.year, index: 2 } : rest;
  }
  return shift(p, periodMonths(p).length);
}

/**
 * The period right before this one, of the same length. A cumulative period ("9 tháng đầu năm", "4 tháng đầu
 * năm") has no such predecessor: the nine months before October are not a reporting period, so its
 * "previous" is the same span of last year.
 */
export function previousPeriod(p: Period): Period {
  const { first, last } = periodBounds(p);
  const cumulative = (p.kind === "nine-months" || p.kind === "range") && first.month === 1 && last.month < 12 && first.year === last.year;
  return cumulative ? samePeriodLastYear(p) : shift(p, -periodMonths(p).length);
}

export function samePeriodLastYear(p: Period): Period {
  if (p.kind === "range") return shift(p, -12);
  return { ...p, year: p.year - 1 } as Period;
}

export function samePeriod(a: Period, b: Period): boolean {
  const ba = periodBounds(a);
  const bb = periodBounds(b);
  return monthOrdinal(ba.first) === monthOrdinal(bb.first) && monthOrdinal(ba.last) === monthOrdinal(bb.last);
}

/** How a comparison names the prior period: "cùng kỳ năm 2020", "năm 2019", "quý II năm 2022". */
export function comparisonTarget(current: Period, prior: Period): string {
  if (samePeriod(prior, samePeriodLastYear(current)) && periodMonths(current).length < 12) {
    const { first, last } = periodBounds(prior);
    // "cùng kỳ năm 2022" would be ambiguous for a span that straddles two years: name the span itself.
    return first.year === last.year ? `cùng kỳ năm ${periodYear(prior)}` : `cùng kỳ (${periodLabel(prior)})`;
  }
  return periodLabel(prior);
}

/** "6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2021": the year said once when both share it. */
/** The summary line under "BÁO CÁO", as the report prints it and the pane previews it. */
export function summaryLine(site: string, current: Period): string {
  return `Tình hình hoạt động ${site} ${summaryPeriods(current, nextPeriod(current))}`;
}

export function summaryPeriods(current: Period, next: Period): string {
  const shared =
    periodYear(current) === periodYear(next) &&
    current.kind !== "year" &&
    next.kind !== "year" &&
    periodBounds(current).first.year === periodBounds(current).last.year;
  const currentText = periodLabel(current, { withYear: !shared });
  return `${currentText} và phương hướng, nhiệm vụ ${periodLabel(next)}`;
}
