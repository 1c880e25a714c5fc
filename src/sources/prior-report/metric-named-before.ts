import type { KnownMetricKey } from "../../domain/metrics";
import { matchMetricNoun, wholeMetricNoun } from "./metric-nouns";

// The metric named before a number rather than after it: "Tổng số lượt truy cập … đạt 1.204.330", a label and a
// colon ("- Video: 06"), a list after "trong đó" ("thủ tục hành chính 12; văn bản chỉ đạo, điều hành 64"). Each
// reads only the words before the number; figure-reading.ts decides which applies (metricOf).

/**
 * A mention of a metric key before the number: "nâng tổng số lượt truy cập lên 96.811", "Số tin, bài: 242", "Tổng số
 * lượt truy cập vào Trang trong kỳ đạt 1.204.330", "lượng truy cập hiện nay trên 1,5 triệu".
 */
export function nounBefore(leadIn: string): { key: KnownMetricKey; noun: string; cumulativeHint: boolean; inPeriod: boolean } | null {
  const m =
    /(?:^|[\s,(])((?:nâng\s+)?(?:tổng\s+)?(?:số\s+(?:lượng\s+)?|lượng\s+))(.{2,60}?)\s*(?:\([^)]*\)\s*)?(là|:|lên|lên\s+tới|đạt|đạt\s+được|được|hiện\s+nay|hiện\s+có|(?:đã\s+)?vượt(?:\s+mốc)?)(?:\s+(?:gần|trên|hơn|khoảng))?\s*$/iu.exec(
      leadIn,
    );
  if (!m) return null;
  // "lượng truy cập": the visits, said without "lượt".
  const noun =
    matchMetricNoun(m[2]!) ?? (/^truy\s+cập/iu.test(m[2]!) ? { key: "luot_truy_cap" as const, length: 8, phrase: "truy cập" } : null);
  if (!noun) return null;
  // Whatever sits between the noun and the verb must be a short modifier, not another clause with its own figures.
  const between = m[2]!.slice(noun.length);
  if (/[;:]/.test(between) || between.length > 40) return null;
  // "tổng số … trong kỳ": the period's total, not the running one; "hiện nay": the running one.
  const inPeriod = /trong\s+(?:kỳ|năm|quý|tháng)|\d+\s+tháng/iu.test(between);
  const cumulativeHint = (/tổng/iu.test(m[1]!) && !inPeriod) || /^hiện/iu.test(m[3]!);
  return { key: noun.key, noun: noun.phrase, cumulativeHint, inPeriod };
}

/**
 * A label that starts its line or clause, then a colon: "- Video: 06", "Lượt truy cập trong quý: 31.902", "2. Hình ảnh:
 * 402". Only a short modifier may stand between the noun and the colon ("trong kỳ", "lũy kế từ khi vận hành").
 */
export function labelBefore(
  clausePrefix: string,
): { key: KnownMetricKey; noun: string; cumulativeHint: boolean; inPeriod: boolean } | null {
  const m =
    /(?:^|[;])[\s\-–+•*]*(?:\d{1,2}[.)]\s*)?(?:tổng\s+)?(?:số\s+(?:lượng\s+)?)?([^\d;:]{2,70}?)\s*:\s*(?:gần|trên|hơn|khoảng)?\s*$/iu.exec(
      clausePrefix,
    );
  if (!m) return null;
  const noun = matchMetricNoun(m[1]!);
  if (!noun) return null;
  const modifier = m[1]!.slice(noun.length);
  if (modifier.length > 40 || /[,(]/.test(modifier)) return null;
  return {
    key: noun.key,
    noun: noun.phrase,
    inPeriod: /trong\s+(?:kỳ|năm|quý|tháng)/iu.test(modifier),
    cumulativeHint: /lũy\s+kế|luỹ\s+kế|từ\s+khi|kể\s+từ/iu.test(modifier),
  };
}

/**
 * A list after "trong đó", "gồm" or a colon, the noun before each number: "trong đó: thủ tục hành chính 12; văn bản
 * chỉ đạo, điều hành 64". The noun must be all that stands between the separator and the number.
 */
export function listNounBefore(lead: string, sentenceBefore: string): { key: KnownMetricKey; noun: string } | null {
  if (!/trong\s+đó|gồm|:/iu.test(sentenceBefore)) return null;
  const tail = lead.slice(-60).replace(/\s*:?\s*$/u, "");
  for (let start = 0; start < tail.length; start++) {
    const atBoundary =
      start === 0
        ? !/[\p{L}\d]/u.test(lead[lead.length - tail.length - 1] ?? " ")
        : /[;:(]|gồm\s$|đó\s$|[,\s]và\s$/u.test(tail.slice(Math.max(0, start - 4), start));
    if (!atBoundary) continue;
    const piece = tail.slice(start).trimStart();
    const noun = wholeMetricNoun(piece);
    if (noun) return { key: noun.key, noun: noun.phrase };
  }
  return null;
}
