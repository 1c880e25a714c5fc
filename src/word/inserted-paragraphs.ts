// Which paragraphs an insert left behind once its controls are deleted: the section breaks and the paragraph
// that took the replaced paragraph's mark. The insert went in at one place, so what reads as before on both
// sides of it is hers; the k extra paragraphs between are ours. Where several places fit (empty paragraphs of
// hers next to ours), the one holding most of our section-break paragraphs wins. A place whose paragraphs are
// not all empty is never taken (they may be hers, changed meanwhile): the caller then reports what is left.

export interface ParagraphInfo {
  text: string;
  style: string;
}

/** Indexes in `after` of the paragraphs the insert added, or [] when no single place explains the difference. */
export function strayParagraphs(before: readonly string[], after: readonly ParagraphInfo[], ourStyle: string): number[] {
  const k = after.length - before.length;
  if (k <= 0) return [];
  let prefix = 0;
  while (prefix < before.length && before[prefix] === after[prefix]!.text) prefix++;
  let suffix = 0;
  while (suffix < before.length && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]!.text) suffix++;
  let best: { at: number; score: number } | null = null;
  for (let at = 0; at <= Math.min(prefix, before.length); at++) {
    if (before.length - at > suffix) continue;
    const region = after.slice(at, at + k);
    if (region.some((p) => p.text !== "")) continue;
    const score = region.filter((p) => p.style === ourStyle).length;
    if (!best || score > best.score) best = { at, score };
  }
  return best ? Array.from({ length: k }, (_, i) => best!.at + i) : [];
}

export function sameParagraphs(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
