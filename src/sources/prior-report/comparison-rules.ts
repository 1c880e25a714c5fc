import type { KnownMetricKey } from "../../domain/metrics";
import type { Period } from "../../domain/period";
import type { Qualifier } from "../../domain/vietnamese-number";
import { wholeMetricNoun, type NounMatch } from "./metric-nouns";

// Figures that are the compared period's, not this one's, read before anything else: a change ("tăng 274 văn bản so
// với năm 2019" gives last year's figure from this year's), a figure in brackets after a comparison ("so với năm 2018
// (2.140.000 lượt)"), and one quoted with its period ("(cùng kỳ năm 2020: 210 tin, bài)"). Small named rules in
// order, like the figure rules (figure-rules.ts); the first with a verdict decides.

/** How far (in characters) after a change its "so với …" is looked for. */
const NEAR = 200;

export interface ComparisonContext {
  sentence: string;
  /** After the number (and its multiplier word). */
  end: number;
  /** Where the number starts. */
  start: number;
  value: number;
  qualifier: Qualifier | null;
  /** The words since the previous figure. */
  leadIn: string;
  /** The words right after the number. */
  after: string;
  /** Where the next figure starts (the sentence's end when there is none). */
  nextStart: number;
  noun: NounMatch | null;
  /** The figure before this one in the clause, when there is one. */
  prev: { key: KnownMetricKey | null; value: number; qualifier: Qualifier | null } | null;
  /** Resolves what a comparison names ("cùng kỳ năm 2020", "năm 2019") against the report's period. */
  resolve: (text: string) => Period | null;
}

export type ComparisonVerdict =
  | {
      take: "prior";
      key: KnownMetricKey;
      value: number;
      qualifier: Qualifier | null;
      target: Period | null;
      targetText: string;
      base?: number;
      /**
       * The change, when this period's figure is in another sentence ("… 402 tin, bài. So với 6 tháng đầu năm, số tin,
       * bài giảm 23 tin, bài."): the prior value is settled once the report's figure for the key is known.
       */
      change?: number;
    }
  | { take: "nothing"; reason: string };

export interface ComparisonRule {
  name: string;
  read(c: ComparisonContext): ComparisonVerdict | null;
}

const CHANGE_BEFORE = /(?:^|[\s(,:])(tăng(?:\s+thêm)?|giảm(?:\s+đi)?|nhiều\s+hơn|ít\s+hơn)\s*$/iu;
const nothing = (reason: string): ComparisonVerdict => ({ take: "nothing", reason });
/** "Tổng số tin bài đã đăng tăng": a sentence that opens with the metric's name, then its change. */
const METRIC_THEN_CHANGE =
  /^[\s\-–+•]*(?:\d{1,2}[.)]\s*)?(?:tổng\s+)?số\s+(?:lượng\s+)?([^,;:()\d]{2,40}?)(?:\s+(?:đã\s+)?(?:được\s+)?(?:đăng(?:\s+tải)?|cập\s+nhật))?\s+(?:đã\s+|cũng\s+)?(tăng(?:\s+thêm)?|giảm(?:\s+đi)?|nhiều\s+hơn|ít\s+hơn)\s*$/iu;
/** "So với 6 tháng đầu năm, số tin, bài giảm": the compared period, the metric's name (optional), the change. */
const COMPARISON_FIRST =
  /^[\s\-–+•]*so\s+với\s+([^,;:()]{2,60}),\s*(?:(?:tổng\s+)?số\s+(?:lượng\s+)?([^,;:()\d]{2,40}(?:,\s*bài)?)\s+)?(?:đã\s+|cũng\s+)?(tăng(?:\s+thêm)?|giảm(?:\s+đi)?|nhiều\s+hơn|ít\s+hơn)\s*(?:gần|trên|hơn|khoảng)?\s*$/iu;

/** "tăng", "tăng thêm", "nhiều hơn": the figure went up; "giảm", "ít hơn": down. */
const rises = (verb: string): boolean => /^(?:tăng|nhiều)/iu.test(verb);

/** A change whose base is this period's figure as the report settles it (figure-reading.ts, settleChanges). */
function changeAgainstSettled(c: ComparisonContext, key: KnownMetricKey, verb: string, compared: string): ComparisonVerdict {
  return {
    take: "prior",
    key,
    value: 0,
    qualifier: null,
    target: c.resolve(compared),
    targetText: compared.trim(),
    change: rises(verb) ? c.value : -c.value,
  };
}

export const COMPARISON_RULES: readonly ComparisonRule[] = [
  {
    // "So với 6 tháng đầu năm, số tin, bài giảm 23 tin, bài.": the comparison first, then the metric and its change.
    // Only the metric's own name may stand between them — "tin bài về chuyển đổi số tăng 20" is one topic's change.
    name: "comparison-then-change",
    read: (c) => {
      const m = COMPARISON_FIRST.exec(c.sentence.slice(0, c.start));
      if (!m) return null;
      const named = m[2] ? wholeMetricNoun(m[2]) : null;
      if (m[2] && !named) return null;
      const key = c.noun?.key ?? named?.key ?? null;
      if (!key || (named && c.noun && named.key !== c.noun.key)) return nothing("mức tăng/giảm không rõ của chỉ tiêu nào");
      if (c.qualifier) return nothing("số liệu ước lượng (gần/trên/hơn/khoảng) nên không tính được chính xác số kỳ trước");
      return changeAgainstSettled(c, key, m[3]!, m[1]!);
    },
  },
  {
    // "tăng 274 văn bản so với năm 2019": last period's figure is this period's minus the change.
    name: "change-against-a-period",
    read: (c) => {
      const change = CHANGE_BEFORE.exec(c.leadIn);
      if (!change) return null;
      const key = c.noun?.key ?? c.prev?.key ?? null;
      const tail = c.sentence.slice(c.end + (c.noun?.length ?? 0), Math.min(c.nextStart, c.end + NEAR));
      // "tăng 4.210 lượt so với cùng kỳ năm 2024": the bare unit of visits may stand before the comparison.
      const cmp = /^\s*(?:lượt(?![\p{L}])\s*)?(?:\([^)]*\)\s*)?,?\s*so\s+với\s+([^,;.()]+)/iu.exec(tail);
      const base = c.prev && c.prev.key === key ? c.prev : null;
      if (!key || !cmp) return nothing("mức tăng/giảm không rõ so với kỳ nào hoặc của chỉ tiêu nào");
      if (!base) {
        // "Tổng số tin bài đã đăng tăng 12 tin bài so với Quý 4/2023.": the sentence is the metric and its change alone;
        // last period's figure comes from the one the report settles on (as in comparison-then-change).
        const subject = METRIC_THEN_CHANGE.exec(c.sentence.slice(0, c.start));
        const named = subject ? wholeMetricNoun(subject[1]!) : null;
        if (!named || named.key !== key || c.qualifier) {
          return nothing("mức tăng/giảm không kèm số liệu kỳ này nên không tính được số kỳ trước");
        }
        return changeAgainstSettled(c, key, subject![2]!, cmp[1]!);
      }
      if (base.qualifier || c.qualifier)
        return nothing("số liệu ước lượng (gần/trên/hơn/khoảng) nên không tính được chính xác số kỳ trước");
      const up = rises(change[1]!);
      const value = up ? base.value - c.value : base.value + c.value;
      if (value < 0) return nothing("mức giảm lớn hơn số liệu kỳ này — kiểm tra lại câu");
      return { take: "prior", key, value, qualifier: null, target: c.resolve(cmp[1]!), targetText: cmp[1]!.trim(), base: base.value };
    },
  },
  {
    // "tăng 20% so với năm 2018 (2.140.000 lượt)": the figure in brackets is the compared period's.
    name: "bracket-after-a-comparison",
    read: (c) => {
      const bracketed = /so\s+với\s+([^,;.()]{2,60}?)\s*\(\s*(?:gần|trên|hơn|khoảng)?\s*$/iu.exec(c.leadIn);
      if (!bracketed) return null;
      const target = c.resolve(bracketed[1]!);
      const key = c.noun?.key ?? c.prev?.key ?? null;
      if (!target || !key) return nothing("số liệu trong ngoặc sau phần so sánh: của kỳ được so sánh, không phải kỳ báo cáo");
      return { take: "prior", key, value: c.value, qualifier: c.qualifier, target, targetText: bracketed[1]!.trim() };
    },
  },
  {
    // "(cùng kỳ năm 2020: 210 tin, bài)": last period's figure quoted beside this period's.
    name: "quoted-with-its-period",
    read: (c) => {
      const quoted = /\(\s*([^():]{3,40}?)\s*:\s*(?:gần|trên|hơn|khoảng)?\s*$/iu.exec(c.leadIn);
      if (!quoted) return null;
      const target = c.resolve(quoted[1]!);
      if (!target && !/cùng\s+kỳ|kỳ\s+trước/iu.test(quoted[1]!)) return null;
      const key = c.noun?.key ?? c.prev?.key ?? null;
      if (!key) return nothing("số liệu kỳ trước không rõ của chỉ tiêu nào");
      return { take: "prior", key, value: c.value, qualifier: c.qualifier, target, targetText: quoted[1]! };
    },
  },
];

export function readComparison(c: ComparisonContext, rules: readonly ComparisonRule[] = COMPARISON_RULES): ComparisonVerdict | null {
  for (const rule of rules) {
    const v = rule.read(c);
    if (v) return v;
  }
  return null;
}
