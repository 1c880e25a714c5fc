import type { KnownMetricKey } from "../../domain/metrics";
import {
  endsBefore,
  periodBounds,
  periodFromBounds,
  periodLabel,
  periodYear,
  previousPeriod,
  samePeriod,
  samePeriodLastYear,
  type Period,
} from "../../domain/period";
import { formatInteger, QUALIFIERS, sumQualifier, type Qualifier } from "../../domain/vietnamese-number";
import type { DocumentContent } from "./document-content";
import { findFigureTokens, type FigureToken } from "./figure-tokens";
import { countedNoun, matchDocumentKind, matchMetricNoun, type NounMatch } from "./metric-nouns";
import { labelBefore, listNounBefore, nounBefore } from "./metric-named-before";
import { findPeriodPhrases, type PeriodPhrase } from "../../domain/period-phrases";
import { isAppendixStart, OutlineTracker } from "./report-outline";
import { MAX_FIGURES_PER_SENTENCE, MAX_SENTENCE_CHARS } from "./reader-limits";
import { splitSentences } from "./sentences";
import { AVERAGE, judgeFigure, PEAK, TARGET, type FigureScope, type ReadingContext } from "./figure-rules";
import { readComparison } from "./comparison-rules";

// Reads the figures of a hand-written report the way a careful reader does: a number counts as a metric only
// when the noun right after it (or a known phrase before it) says which one, and only when nothing around it
// says it is somebody else's figure (component sites, Facebook), another period's, or next period's target.
// Anything count-like that cannot be placed is handed back as unmapped, with its sentence.

export interface ReadFigure {
  value: number;
  qualifier: Qualifier | null;
  /** The sentence the figure was read from. */
  source: string;
}

export interface UnmappedFigure {
  value: number;
  qualifier: Qualifier | null;
  /** The words the number counts ("thông báo", "đồng"), when there are any. */
  noun: string | null;
  /** Why the figure was not mapped to a metric, for the user to judge. */
  reason: string;
  source: string;
}

export interface FigureReading {
  metrics: Record<string, ReadFigure>;
  prior: { period: Period | null; metrics: Record<string, ReadFigure> } | null;
  unmapped: UnmappedFigure[];
  /** Sentences not read because they pass the reader's caps (reader-limits.ts). */
  warnings: string[];
}

export interface Candidate extends ReadFigure {
  key: KnownMetricKey;
  noun: string;
  /**
   * A count of one topic ("90 tin bài về …") or of documents by kind: taken only when the report gives no other figure
   * for the key; this is why it is set aside when it does.
   */
  weak?: string;
}

interface PriorCandidate extends Candidate {
  /** The prior period the statement names; null when it names none we can resolve. */
  target: Period | null;
  targetText: string;
  /** This period's figure the prior one was computed from, when it was computed. */
  base?: number;
  /** A change whose base is this period's settled figure for the key (comparison-rules.ts, comparison-then-change). */
  change?: number;
}

/** How far from a number (in characters) the words that qualify it are looked for. */
const NEAR = 200;

const QUALIFIER_BEFORE = new RegExp(String.raw`(?:^|[\s(,:])(${QUALIFIERS.join("|")})\s*$`, "iu");
const SCOPE_LEAD = /(?:^|[\s,(-])(?:trong|giai\s+đoạn|cả|riêng|tính\s+riêng|qua)\s*$/iu;
const CONNECTOR_ONLY =
  /^\s*(?:[,;]|và|với|cùng(?:\s+với)?|cùng|gồm|trong\s+đó(?:\s+có)?|\(\s*trong\s+đó(?:\s+có)?)?\s*(?:gần|trên|hơn|khoảng)?\s*$/iu;

function qualifierBefore(leadIn: string): Qualifier | null {
  // "đã vượt 900.000 lượt", "vượt mốc 1 triệu": more than the number.
  if (/(?:^|\s)vượt(?:\s+(?:mốc|ngưỡng|con\s+số))?\s*$/iu.test(leadIn)) return "hơn";
  const m = QUALIFIER_BEFORE.exec(leadIn);
  if (!m) return null;
  // "nhiều hơn 20 … so với": a change, not a qualifier.
  if (/(?:nhiều|ít)\s+hơn\s*$/iu.test(leadIn)) return null;
  return m[1]!.toLocaleLowerCase("vi-VN") as Qualifier;
}

/** The prior period a comparison names: "cùng kỳ (năm 2020)", "kỳ trước", "năm 2019", "6 tháng đầu năm 2020". */
export function resolveComparisonTarget(text: string, current: Period | null): Period | null {
  const t = text.trim();
  const sameTerm = /^cùng\s+kỳ(?:\s+năm\s+(\d{4}|trước|ngoái))?/iu.exec(t);
  if (sameTerm) {
    if (!current) return null;
    const year = sameTerm[1] && /^\d{4}$/.test(sameTerm[1]) ? Number(sameTerm[1]) : null;
    if (year === null) return samePeriodLastYear(current);
    const { first, last } = periodBounds(current);
    return periodFromBounds({ year: year - (last.year - first.year), month: first.month }, { year, month: last.month });
  }
  if (/^kỳ\s+(?:báo\s+cáo\s+)?trước/iu.test(t)) return current ? previousPeriod(current) : null;
  if (/^năm\s+(?:trước|ngoái)/iu.test(t)) return current?.kind === "year" ? { kind: "year", year: current.year - 1 } : null;
  // "(tháng 7: 35 tin bài)" in a monthly report: a month without its year, only as the whole comparison.
  const month = /^tháng\s+(\d{1,2})$/iu.exec(t);
  const explicit =
    month && Number(month[1]) >= 1 && Number(month[1]) <= 12
      ? {
          period: null,
          withYear: (year: number): Period => ({ kind: "month", year, index: Number(month[1]) }),
        }
      : findPeriodPhrases(t).find((p) => p.start === 0 && !p.asOf && !p.multiYear);
  if (!explicit) return null;
  if (explicit.period || !current) return explicit.period;
  // "so với 6 tháng đầu năm" in a report on the second half: this year's first half; said in a report on a first half,
  // last year's.
  const thisYear = explicit.withYear(periodYear(current));
  return thisYear && endsBefore(thisYear, current) ? thisYear : explicit.withYear(periodYear(current) - 1);
}

/** Where comparisons sit in a sentence: their period phrases are the prior period, not the sentence's scope. */
function comparisonSpans(sentence: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = /so\s+với[^,;.)]{0,200}|cùng\s+kỳ[^,;.)]{0,200}|\(\s*[^():]{0,40}:\s*[^)]{0,200}\)/giu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** The period a sentence says its figures belong to ("Trong 6 tháng đầu năm 2021, …"), when it says one. */
/** A sentence with the period phrases it names and where its comparisons sit (their phrases are the prior period). */
interface SentencePeriods {
  sentence: string;
  phrases: readonly PeriodPhrase[];
  spans: ReadonlyArray<[number, number]>;
}

function sentenceScope({ sentence, phrases, spans }: SentencePeriods, before: number, current: Period | null): FigureScope | null {
  for (const phrase of phrases) {
    if (phrase.start >= before) break;
    if (phrase.asOf || spans.some(([a, b]) => phrase.start >= a && phrase.start < b)) continue;
    const lead = sentence.slice(0, phrase.start);
    const atStart = /^[\s\-–+•]*$/u.test(lead);
    if (!phrase.multiYear && !atStart && !SCOPE_LEAD.test(lead)) continue;
    const period = phrase.period ?? (current ? phrase.withYear(periodYear(current)) : null);
    return { period, multiYear: phrase.multiYear, text: phrase.text };
  }
  return null;
}

/** A phrase that owns what follows it in its clause: "năm 2019 có …", "(năm 2018 có …)", "; 6 tháng đầu năm 2021 có …". */
const OWNS_AFTER = /^\s*(?:,|có|là|đạt|:|đã|Cổng|Trang)/u;
const OWNS_BEFORE = /^[\s\-–+•:]*(?:trong|riêng|tính\s+riêng|cả|qua)?\s*$/iu;

/**
 * The period of the clause a figure stands in — from its ";" or unclosed "(" — when a phrase there owns it. Reports
 * list several periods in one sentence ("năm 2019 có …; năm 2020 có …") and quote last year in brackets.
 */
function clauseScope({ sentence, phrases, spans }: SentencePeriods, before: number, current: Period | null): FigureScope | null {
  const from =
    Math.max(
      sentence.lastIndexOf(";", before),
      sentence.lastIndexOf("(", before) > sentence.lastIndexOf(")", before) ? sentence.lastIndexOf("(", before) : -1,
    ) + 1;
  let found: PeriodPhrase | null = null;
  for (const phrase of phrases) {
    if (phrase.start >= before) break;
    if (phrase.start < from || phrase.asOf || phrase.end > before) continue;
    if (spans.some(([a, b]) => phrase.start >= a && phrase.start < b)) continue;
    const lead = sentence.slice(from, phrase.start);
    if (OWNS_BEFORE.test(lead) || OWNS_AFTER.test(sentence.slice(phrase.end, before))) found = phrase;
  }
  if (!found) return null;
  const period = found.period ?? (current ? found.withYear(periodYear(current)) : null);
  return { period, multiYear: found.multiYear, text: found.text, local: true };
}

/** Visits counted "tính đến" a date in the period: the running total when the report gives the period's own apart. */
interface RunningCandidate extends Candidate {
  reason: string;
}

interface SentenceResult {
  mapped: Candidate[];
  running: RunningCandidate[];
  priors: PriorCandidate[];
  unmapped: UnmappedFigure[];
}

/**
 * Which metric a number counts: the noun after it ("242 tin, bài"), else the metric named before it ("Tổng số lượt
 * truy cập … đạt 1.204.330"), else the noun before it in a list after "trong đó" ("thủ tục hành chính 12; …").
 */
function metricOf(
  sentence: string,
  start: number,
  noun: NounMatch | null,
  lead: string,
  after: string,
  clausePrefix: string,
): { key: KnownMetricKey; phrase: string; nounAfter: NounMatch | null; cumulativeHint?: boolean; inPeriodHint?: boolean } | null {
  // "… lượt truy cập là 96.811 lượt": the unit after the number does not outweigh the metric named before it.
  if (!noun || /^\s*lượt(?![\p{L}])/iu.test(after)) {
    const before = nounBefore(lead);
    // A bracketed aside may follow: "Số tin, bài: 214 (quý I/2023: 198)".
    const tailOk = /^\s*(?:lượt(?![\p{L}])[^,;.()]*)?(?:\([^)]*\)\s*)?(?:[,;.)]|$)/iu.test(after) || noun?.key === before?.key;
    if (before && tailOk) {
      return {
        key: before.key,
        phrase: before.noun,
        nounAfter: null,
        cumulativeHint: before.cumulativeHint,
        inPeriodHint: before.inPeriod,
      };
    }
  }
  const label = labelBefore(clausePrefix);
  if (noun && label && label.key !== noun.key) {
    // "Văn bản chỉ đạo, điều hành: 19 văn bản": the label says what is counted, the noun after is its unit; a label
    // that is not a kind of the noun ("Ảnh: 150 tin") leaves the figure unplaced.
    const kindOf = noun.key === "van_ban" && label.key.startsWith("van_ban");
    return kindOf ? { key: label.key, phrase: label.noun, nounAfter: noun } : null;
  }
  if (noun) return { key: noun.key, phrase: noun.phrase, nounAfter: noun };
  if (label && /^\s*(?:lượt(?![\p{L}])\s*)?(?:\([^)]*\)\s*)?(?:[,;.)]|$)/iu.test(after)) {
    return { key: label.key, phrase: label.noun, nounAfter: null, cumulativeHint: label.cumulativeHint, inPeriodHint: label.inPeriod };
  }
  // "… 1.906.440 lượt truy cập …; lũy kế: 7.300.000 lượt", "(năm 2017 là 352.000 lượt)": a bare "lượt" in a sentence
  // about visits counts visits.
  if (/^\s*lượt\s*(?:[,;.)(]|$)/iu.test(after) && /lượt\s+(?:người\s+)?truy\s+cập|lượng\s+truy\s+cập/iu.test(sentence.slice(0, start))) {
    return { key: "luot_truy_cap", phrase: "lượt", nounAfter: null };
  }
  if (/^\s*(?:[;,.)]|và\s|$)/u.test(after)) {
    const listed = listNounBefore(lead, sentence.slice(0, start));
    if (listed) return { key: listed.key, phrase: listed.noun, nounAfter: null };
  }
  return null;
}

function readSentence(sentence: string, allTokens: readonly FigureToken[], ctx: ReadingContext): SentenceResult {
  const out: SentenceResult = { mapped: [], running: [], priors: [], unmapped: [] };
  const share = ctx.planning || TARGET.test(sentence) ? null : componentSiteShare(sentence);
  if (share) out.mapped.push(share);
  if (allTokens.length === 0) return out;
  const periods: SentencePeriods = { sentence, phrases: findPeriodPhrases(sentence), spans: comparisonSpans(sentence) };
  // The "6" of "6 tháng đầu năm" names a period, not a count: it must not cut "Tổng số lượt truy cập 6 tháng đạt …"
  // off from its figure.
  const tokens = allTokens.filter((t) => !periods.phrases.some((p) => t.start >= p.start && t.start < p.end));
  let semicolon = sentence.indexOf(";");
  let clauseStart = 0;
  let prevEnd = 0;
  let prev: { key: KnownMetricKey | null; value: number; qualifier: Qualifier | null; lead: string; clause: number } | null = null;
  const kinds: Array<{ value: number; qualifier: Qualifier | null; noun: string }> = [];
  const keysBefore = new Set<KnownMetricKey>();

  tokens.forEach((token: FigureToken, i: number) => {
    while (semicolon >= 0 && semicolon < token.start) {
      clauseStart = semicolon + 1;
      semicolon = sentence.indexOf(";", clauseStart);
    }
    if (prevEnd < clauseStart || (prev && prev.clause !== clauseStart)) {
      prev = null;
      prevEnd = clauseStart;
    }
    // Only the words near a number decide what it counts; bounding them keeps run-on paragraphs linear.
    const leadIn = sentence.slice(Math.max(prevEnd, token.start - NEAR), token.start);
    const lead = prev && CONNECTOR_ONLY.test(leadIn) ? (prev.lead + leadIn).slice(-NEAR) : leadIn;
    const qualifier = qualifierBefore(leadIn);
    const after = sentence.slice(token.end, token.end + NEAR);
    const nextStart = tokens[i + 1]?.start ?? sentence.length;
    let noun: NounMatch | null = matchMetricNoun(after);
    let nounPhrase: string | null = noun?.phrase ?? null;
    const clausePrefix = sentence.slice(Math.max(clauseStart, token.start - 2 * NEAR), token.start);
    const unmapped = (reason: string, nounText: string | null = nounPhrase ?? countedNoun(after)): void => {
      out.unmapped.push({ value: token.value, qualifier, noun: nounText, reason, source: sentence });
    };
    const remember = (key: KnownMetricKey | null, consumed: number): void => {
      prev = { key, value: token.value, qualifier, lead, clause: clauseStart };
      prevEnd = token.end + consumed;
    };

    // Figures that are the compared period's (comparison-rules.ts): they are never this period's value.
    const compared = readComparison({
      sentence,
      start: token.start,
      end: token.end,
      value: token.value,
      qualifier,
      leadIn,
      after,
      nextStart,
      noun,
      prev,
      resolve: (text) => resolveComparisonTarget(text, ctx.period),
    });
    if (compared) {
      if (compared.take === "nothing") unmapped(compared.reason);
      else {
        const { take: _take, ...prior } = compared;
        void _take;
        out.priors.push({ ...prior, noun: noun?.phrase ?? compared.key, source: sentence });
      }
      // The figure belongs to the one it is compared with: that stays "previous" for the next comparison.
      prevEnd = token.end + (noun?.length ?? 0);
      return;
    }

    const named = metricOf(sentence, token.start, noun, lead, after, clausePrefix);
    let key = named?.key ?? null;
    const { cumulativeHint = false, inPeriodHint = false } = named ?? {};
    if (named) {
      noun = named.nounAfter;
      nounPhrase = named.phrase;
    }
    // "đăng tải 96 nghị quyết, 41 chỉ thị": documents named by their kind, counted only where they are posted.
    const kind = !key && POSTING.test(clausePrefix) ? matchDocumentKind(after) : null;
    if (kind) {
      key = kind.key;
      nounPhrase = kind.phrase;
    }
    if (!key) {
      const counted = countedNoun(after);
      if (counted) {
        const average = PEAK.test(leadIn) || AVERAGE.test(leadIn);
        unmapped(
          average ? "số trung bình, cao điểm hoặc theo ngày, không phải tổng của kỳ" : "không xác định được chỉ tiêu tương ứng",
          counted,
        );
      }
      remember(null, 0);
      return;
    }

    const nounEnd = noun?.length ?? kind?.length ?? 0;
    const nounTail = sentence.slice(token.end + nounEnd, Math.min(nextStart, token.end + NEAR));
    remember(key, nounEnd);

    const scope = clauseScope(periods, token.start, ctx.period) ?? sentenceScope(periods, token.start, ctx.period);
    const judged = judgeFigure({
      keysBefore,
      sentence,
      start: token.start,
      key,
      hasNounAfter: noun !== null,
      leadIn,
      lead,
      clausePrefix,
      nounTail,
      scope,
      cumulativeHint,
      inPeriodHint,
      ctx,
    });
    if (judged.take === "nothing") return unmapped(judged.reason);
    if (judged.take === "running-if-apart") {
      out.running.push({
        key: "luot_truy_cap_luy_ke",
        noun: nounPhrase ?? key,
        value: token.value,
        qualifier,
        source: sentence,
        reason: judged.reason,
      });
      return;
    }
    if (judged.take === "prior") {
      out.priors.push({
        key: judged.key,
        noun: nounPhrase ?? judged.key,
        value: token.value,
        qualifier,
        source: sentence,
        target: judged.target,
        targetText: judged.targetText,
      });
      return;
    }
    key = judged.key;
    if (kind) {
      kinds.push({ value: token.value, qualifier, noun: nounPhrase! });
      return;
    }
    const weak = judged.weak ? TOPIC_COUNT : undefined;
    const figure: Candidate = { key, noun: nounPhrase ?? key, value: token.value, qualifier, source: sentence, ...(weak ? { weak } : {}) };
    out.mapped.push(figure);
    keysBefore.add(key);

    // "242 tin, bài, bằng cùng kỳ năm 2020": the prior figure is the same.
    const same = /^\s*(?:\([^)]*\)\s*)?,?\s*bằng\s+([^,;.()]+)/iu.exec(nounTail);
    if (same && !qualifier) {
      const target = resolveComparisonTarget(same[1]!, ctx.period);
      if (target || /cùng\s+kỳ|kỳ\s+trước/iu.test(same[1]!)) {
        out.priors.push({ ...figure, target, targetText: same[1]!.trim(), base: figure.value });
      }
    }
  });
  if (kinds.length > 0) out.mapped.push(documentKindsTotal(kinds, sentence));
  return out;
}

/** "10/10 xã, thị trấn có trang thông tin điện tử thành phần", "15/17 đơn vị đã có trang TTĐT": how many have one. */
const COMPONENT_SHARE =
  /(?:^|[\s(,:])(\d{1,4})\s*\/\s*(\d{1,4})\s+(?:xã|phường|thị\s+trấn|huyện|thị\s+xã|thành\s+phố|đơn\s+vị|cơ\s+quan|sở|ban|ngành|địa\s+phương)(?![\p{L}])[^.;\d]{0,60}?(?:đã\s+)?có\s+trang\s+(?:thông\s+tin\s+điện\s+tử|TTĐT|web)(?:\s+thành\s+phần)?/iu;

function componentSiteShare(sentence: string): Candidate | null {
  const m = COMPONENT_SHARE.exec(sentence);
  if (!m || Number(m[1]) > Number(m[2]) || Number(m[2]) === 0) return null;
  return { key: "trang_thanh_phan", noun: "trang thông tin điện tử thành phần", value: Number(m[1]), qualifier: null, source: sentence };
}

const POSTING = /(?:đăng|cập\s+nhật|công\s+khai|đưa\s+lên|tải\s+lên)(?![\p{L}])/iu;
const TOPIC_COUNT = "số liệu của một chủ đề hoặc một chuyên mục; báo cáo đã có tổng số";

/**
 * The documents of a sentence that names them by kind, summed: "96 nghị quyết, 41 chỉ thị, 23 kết luận" are 160
 * documents — weaker than a count the report gives in "văn bản", which wins when there is one.
 */
function documentKindsTotal(
  kinds: ReadonlyArray<{ value: number; qualifier: Qualifier | null; noun: string }>,
  sentence: string,
): Candidate {
  const value = kinds.reduce((sum, k) => sum + k.value, 0);
  // "hơn 90 nghị quyết, 40 chỉ thị" is "hơn 130" — the rule the roll-up sums by.
  const qualifier = sumQualifier(kinds.flatMap((k) => (k.qualifier ? [k.qualifier] : []))) ?? null;
  return {
    key: "van_ban",
    noun: `văn bản (${kinds.map((k) => `${formatInteger(k.value)} ${k.noun}`).join(", ")})`,
    value,
    qualifier,
    source: sentence,
    weak: "số văn bản theo từng loại; báo cáo đã có tổng số văn bản",
  };
}

/**
 * "Lượt truy cập trong kỳ: 48.332 lượt. Số lượt truy cập tính đến 30/12/2022 là 311.904 lượt.": a count up to a date in
 * the period, beside the period's own count and larger than it, can only be the running total. Without the period's
 * own count it stays unmapped with its reason (issue 12, class 6).
 */
function settleRunningTotal(metrics: Record<string, ReadFigure>, running: readonly RunningCandidate[], unmapped: UnmappedFigure[]): void {
  const inPeriod = metrics.luot_truy_cap;
  const distinct = new Set(running.map((r) => r.value));
  for (const r of running) {
    if (inPeriod && r.value > inPeriod.value && distinct.size === 1 && !metrics.luot_truy_cap_luy_ke) {
      metrics.luot_truy_cap_luy_ke = { value: r.value, qualifier: r.qualifier, source: r.source };
    } else if (metrics.luot_truy_cap_luy_ke?.value !== r.value) {
      unmapped.push({ value: r.value, qualifier: r.qualifier, noun: r.noun, reason: r.reason, source: r.source });
    }
  }
}

/**
 * "So với 6 tháng đầu năm, số tin, bài giảm 23 tin, bài": a change said apart from its figure gives last period's
 * figure from the one this report settled on. Without one (or with an estimate) it is handed back, and takes no part
 * in choosing the compared period.
 */
function settleChanges(
  priors: readonly PriorCandidate[],
  metrics: Record<string, ReadFigure>,
  unmapped: UnmappedFigure[],
): PriorCandidate[] {
  const settled: PriorCandidate[] = [];
  for (const p of priors) {
    const now = p.change === undefined ? undefined : metrics[p.key];
    if (p.change === undefined) settled.push(p);
    else if (now && !now.qualifier && now.value - p.change >= 0) settled.push({ ...p, value: now.value - p.change, base: now.value });
    else {
      unmapped.push({
        value: Math.abs(p.change),
        qualifier: null,
        noun: p.noun,
        reason: "mức tăng/giảm mà báo cáo không có (hoặc có nhiều) số liệu kỳ này của chỉ tiêu đó, nên không tính được số kỳ trước",
        source: p.source,
      });
    }
  }
  return settled;
}

function sameFigure(a: ReadFigure, b: ReadFigure): boolean {
  return a.value === b.value && a.qualifier === b.qualifier;
}

/** One figure per key: repeats of the same figure are one; different figures for one key are none. */
export function settle(candidates: readonly Candidate[], unmapped: UnmappedFigure[]): Record<string, ReadFigure> {
  const byKey = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byKey.get(c.key);
    if (list) list.push(c);
    else byKey.set(c.key, [c]);
  }
  const metrics: Record<string, ReadFigure> = {};
  for (const [key, all] of byKey) {
    const strong = all.filter((c) => !c.weak);
    const list = strong.length > 0 ? strong : all;
    if (strong.length > 0) {
      for (const c of all.filter((x) => x.weak)) {
        unmapped.push({
          value: c.value,
          qualifier: c.qualifier,
          noun: c.noun,
          reason: c.weak!,
          source: c.source,
        });
      }
    }
    const first = list[0]!;
    if (list.every((c) => sameFigure(c, first))) {
      metrics[key] = { value: first.value, qualifier: first.qualifier, source: first.source };
      continue;
    }
    // The reason names a few of the values, not thousands: it is repeated for each of them.
    const distinct = [...new Set(list.map((c) => formatInteger(c.value)))];
    const values = distinct.length > 5 ? `${distinct.slice(0, 5).join(", ")} và ${distinct.length - 5} số khác` : distinct.join(", ");
    for (const c of list) {
      unmapped.push({
        value: c.value,
        qualifier: c.qualifier,
        noun: c.noun,
        reason: `báo cáo có nhiều số khác nhau (${values}) cho cùng chỉ tiêu "${key}" — không tự chọn`,
        source: c.source,
      });
    }
  }
  return metrics;
}

export function readFigures(content: DocumentContent, period: Period | null): FigureReading {
  const outline = new OutlineTracker();
  const mapped: Candidate[] = [];
  const running: RunningCandidate[] = [];
  const candidatePriors: PriorCandidate[] = [];
  const unmapped: UnmappedFigure[] = [];
  const skipped: Array<{ why: string; sentence: string }> = [];
  for (const block of content.blocks) {
    if (block.kind !== "paragraph") continue;
    if (isAppendixStart(block.text)) break;
    for (const line of block.text.split("\n")) {
      outline.visit(line);
      const ctx: ReadingContext = { period, planning: outline.planning, componentSites: outline.componentSites };
      for (const sentence of splitSentences(line)) {
        // Caps keep the reading linear in the text (issue: untrusted input); what they leave unread is said.
        if (sentence.length > MAX_SENTENCE_CHARS) {
          skipped.push({
            why: `dài ${sentence.length.toLocaleString("vi-VN")} ký tự (quá ${MAX_SENTENCE_CHARS.toLocaleString("vi-VN")})`,
            sentence,
          });
          continue;
        }
        const tokens = findFigureTokens(sentence);
        if (tokens.length > MAX_FIGURES_PER_SENTENCE) {
          skipped.push({ why: `có ${tokens.length} con số (quá ${MAX_FIGURES_PER_SENTENCE})`, sentence });
          continue;
        }
        const r = readSentence(sentence, tokens, ctx);
        for (const m of r.mapped) mapped.push(m);
        for (const m of r.running) running.push(m);
        for (const p of r.priors) candidatePriors.push(p);
        for (const u of r.unmapped) unmapped.push(u);
      }
    }
  }
  const warnings = skippedWarnings(skipped);

  const metrics = settle(mapped, unmapped);
  settleRunningTotal(metrics, running, unmapped);
  const priors = settleChanges(candidatePriors, metrics, unmapped);

  // All prior figures must name the same prior period; figures set against another one are handed back.
  let prior: FigureReading["prior"] = null;
  if (priors.length > 0) {
    const target = priors.find((p) => p.target)?.target ?? null;
    const kept: PriorCandidate[] = [];
    for (const p of priors) {
      // A prior computed from a figure the report contradicts elsewhere is as doubtful as that figure.
      if (p.base !== undefined && metrics[p.key]?.value !== p.base) {
        unmapped.push({
          value: p.value,
          qualifier: p.qualifier,
          noun: p.noun,
          reason: "số liệu kỳ trước tính từ một số liệu kỳ này không xác định được (báo cáo ghi nhiều số khác nhau)",
          source: p.source,
        });
      } else if (target && p.target && !samePeriod(p.target, target)) {
        unmapped.push({
          value: p.value,
          qualifier: p.qualifier,
          noun: p.noun,
          reason: `số liệu kỳ trước tính theo ${p.targetText}, khác kỳ so sánh chính (${periodLabel(target)})`,
          source: p.source,
        });
      } else kept.push(p);
    }
    const priorMetrics = settle(kept, unmapped);
    if (Object.keys(priorMetrics).length > 0) prior = { period: target, metrics: priorMetrics };
  }
  return { metrics, prior, unmapped, warnings };
}

/** One warning per sentence left unread, the first few by their opening words; then how many more. */
function skippedWarnings(skipped: ReadonlyArray<{ why: string; sentence: string }>): string[] {
  const shown = skipped
    .slice(0, 3)
    .map(
      ({ why, sentence }) =>
        `Câu bắt đầu "${sentence.slice(0, 80)}…" ${why} nên không được đọc số liệu — hãy tự kiểm tra các số trong câu này.`,
    );
  const more = skipped.length - shown.length;
  return more > 0 ? [...shown, `Còn ${more} câu khác quá dài hoặc quá nhiều con số, cũng không được đọc số liệu.`] : shown;
}
