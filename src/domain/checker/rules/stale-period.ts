import { findPeriodPhrases, type PeriodPhrase } from "../../period-phrases";
import {
  nextPeriod,
  periodBounds,
  periodLabel,
  periodYear,
  previousPeriod,
  samePeriod,
  samePeriodLastYear,
  type Period,
} from "../../period";
import { capitalizeFirst, upper } from "../../text";
import { clauseBefore, sentenceAround } from "../clause";
import { full, shortened, type Finding } from "../finding";
import { SectionTracker } from "../heading-label";
import { locate, type ReportLayout, type TextLine } from "../report-layout";
import { COMPARING, CITATION, TIME_ANCHOR } from "../period-wording";

// stale-period: a period named in a heading or sentence that is not the report's — what is left when last
// period's file is copied and one "2021" is not retyped. A heading or a sentence's time frame ("Trong 6 tháng
// đầu năm 2021, …") must be the report's period (the next one in the tasks section); elsewhere a sentence may
// also name a part of the period, its year, and — when it compares — the previous period or the same period last
// year. Citations ("Kế hoạch số 44/KH-UBND … năm 2021") and laws ("Luật … năm 2015") name their own years.

function within(inner: Period, outer: Period): boolean {
  const a = periodBounds(inner);
  const b = periodBounds(outer);
  const n = (ym: { year: number; month: number }) => ym.year * 12 + ym.month;
  return n(a.first) >= n(b.first) && n(a.last) <= n(b.last);
}

/** The report's period written as the phrase was: upper case in an upper-case heading, without the year if it had none. */
function writtenLike(phrase: PeriodPhrase, period: Period): string {
  const hadYear = /\d{4}/u.test(phrase.text);
  const label = periodLabel(period, { withYear: hadYear });
  if (phrase.text === upper(phrase.text)) return upper(label);
  return /^\p{Lu}/u.test(phrase.text) ? capitalizeFirst(label) : label;
}

interface Context {
  period: Period;
  next: Period;
  comparisons: Period[];
  year: Period;
}

function resolved(phrase: PeriodPhrase, period: Period): Period | null {
  return phrase.period ?? phrase.withYear(periodYear(period));
}

type Verdict = { ok: true } | { ok: false; expected: Period };

function judge(phrase: PeriodPhrase, p: Period, line: string, ctx: Context, strict: boolean, planning: boolean): Verdict {
  const own = planning ? ctx.next : ctx.period;
  // A heading names its own section's period: the report's, or in the tasks section the next one.
  if (strict) return samePeriod(p, own) ? { ok: true } : { ok: false, expected: own };
  if (samePeriod(p, ctx.period) || samePeriod(p, ctx.next)) return { ok: true };
  const lead = clauseBefore(line, phrase.start);
  // "so với cùng kỳ năm 2020": the year of the same period last year, not a period of its own.
  if (/cùng\s+kỳ\s*$/iu.test(lead) && p.kind === "year") {
    const lastYear = periodYear(samePeriodLastYear(ctx.period));
    return p.year === lastYear ? { ok: true } : { ok: false, expected: { kind: "year", year: lastYear } };
  }
  if (CITATION.test(lead) || TIME_ANCHOR.test(lead)) return { ok: true };
  // "Trong 6 tháng đầu năm 2021, …": the sentence's time frame.
  const frame = /(?:^|[-–•+]\s*|[,;:]\s*)trong\s*$/iu.test(lead) && /^\s*,/u.test(line.slice(phrase.end));
  if (frame) return { ok: false, expected: own };
  if (within(p, ctx.period) || within(p, ctx.next) || samePeriod(p, ctx.year)) return { ok: true };
  const sentence = sentenceAround(line, phrase.start, phrase.end);
  if (ctx.comparisons.some((c) => samePeriod(p, c)) && COMPARING.test(line.slice(sentence.start, sentence.end))) return { ok: true };
  return { ok: false, expected: own };
}

export function stalePeriod(layout: ReportLayout, period: Period | null): Finding[] {
  if (!period) return [];
  const ctx: Context = {
    period,
    next: nextPeriod(period),
    comparisons: [previousPeriod(period), samePeriodLastYear(period)],
    year: { kind: "year", year: periodYear(period) },
  };
  const findings: Finding[] = [];
  const sections = new SectionTracker();
  /** Judges every period phrase of a line; `planning` says whether a phrase is in words about the next period. */
  const check = (line: TextLine, strict: boolean, planning: (phrase: PeriodPhrase) => boolean, summary = false): void => {
    for (const phrase of findPeriodPhrases(line.text)) {
      if (full(findings)) return;
      if (phrase.asOf || phrase.multiYear) continue;
      const p = resolved(phrase, period);
      if (!p) continue;
      const verdict = judge(phrase, p, line.text, ctx, strict, planning(phrase));
      if (verdict.ok) continue;
      const expected = writtenLike(phrase, verdict.expected);
      findings.push({
        rule: "stale-period",
        severity: "error",
        message: summary
          ? `Trích yếu ghi "${phrase.text}", khác kỳ của báo cáo (${periodLabel(verdict.expected)}); sửa thành "${expected}".`
          : `"${phrase.text}" là ${periodLabel(p)}, không phải kỳ của báo cáo (${periodLabel(verdict.expected)}) — có thể còn sót từ báo cáo kỳ trước; sửa thành "${expected}".`,
        where: shortened(line.text, phrase.start),
        found: phrase.text,
        expected,
        at: locate(line, phrase.start, phrase.text.length),
        fix: [{ at: locate(line, phrase.start, phrase.text.length), found: phrase.text, replacement: expected }],
      });
    }
  };
  for (const line of layout.lines) {
    if (full(findings)) break;
    if (line.zone === "header" || line.zone === "closing" || line.inTable) continue;
    if (line.zone === "title") {
      // The summary line names the period, then "phương hướng, nhiệm vụ" the next one.
      const planningAt = line.text.search(/phương\s+hướng|nhiệm\s+vụ/iu);
      check(line, true, (phrase) => planningAt >= 0 && phrase.start > planningAt, true);
    } else if (line.zone === "appendix") check(line, true, () => false);
    else {
      const heading = sections.visit(line.text);
      const planning = sections.planning;
      check(line, heading !== null && heading.level <= 2, () => planning);
    }
  }
  return findings;
}
