// Section numbering as clerks write it: I., II. → 1., 2. → 2.1. → a), b) → "-" → "+".

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`không thể viết số La Mã cho ${n}`);
  let rest = n;
  let out = "";
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

export function fromRoman(s: string): number | null {
  const text = s.trim().toUpperCase();
  if (!/^[IVXLCDM]+$/.test(text)) return null;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = values[text[i]!]!;
    const next = i + 1 < text.length ? values[text[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  // Reject non-canonical forms such as "IIII" or "VX": they are not section numbers.
  return toRoman(total) === text ? total : null;
}

/** ND30 letters points "theo thứ tự bảng chữ cái tiếng Việt": đ follows d; f, j, w and z are not used. */
export const VIETNAMESE_LETTERS = Array.from("abcdđeghiklmnopqrstuvxy");

/** Lower-case letter labels: 1 → "a", 5 → "đ", 6 → "e", 23 → "y", 24 → "aa". */
export function toLetter(n: number): string {
  const base = VIETNAMESE_LETTERS.length;
  let rest = n;
  let out = "";
  while (rest > 0) {
    const r = (rest - 1) % base;
    out = VIETNAMESE_LETTERS[r]! + out;
    rest = Math.floor((rest - 1) / base);
  }
  return out;
}

/** Level 1: "I."; level 2: "1."; level 3: "2.1." (needs the parent); level 4: "a)". */
export type NumberPath = readonly number[];

export function formatNumber(path: NumberPath): string {
  const depth = path.length;
  const last = path[depth - 1];
  if (last === undefined) throw new RangeError("đường dẫn đánh số rỗng");
  if (depth === 1) return `${toRoman(last)}.`;
  if (depth === 2) return `${last}.`;
  if (depth === 3) return `${path[1]}.${last}.`;
  return `${toLetter(last)})`;
}

export interface ParsedNumber {
  level: 1 | 2 | 3 | 4;
  /** The numbers this label spells, from its own level upwards as far as the label tells (2.1. → [2, 1]). */
  values: number[];
}

/** Reads the number a heading starts with: "II. ĐÁNH GIÁ" → level 1, [2]; "2.1. Ưu điểm" → level 3, [2, 1]. */
export function parseHeadingNumber(text: string): ParsedNumber | null {
  const t = text.trimStart();
  let m = /^([IVXLCDM]+)[./]\s/.exec(t) ?? /^([IVXLCDM]+)[./]$/.exec(t);
  if (m) {
    const v = fromRoman(m[1]!);
    return v === null ? null : { level: 1, values: [v] };
  }
  m = /^(\d{1,2})\.(\d{1,2})\.?(?:\s|$)/.exec(t);
  if (m) return { level: 3, values: [Number(m[1]), Number(m[2])] };
  m = /^(\d{1,2})\.(?!\d)/.exec(t);
  if (m) return { level: 2, values: [Number(m[1])] };
  m = /^([a-zđ])\)\s/.exec(t);
  if (m) {
    const index = VIETNAMESE_LETTERS.indexOf(m[1]!);
    return index < 0 ? null : { level: 4, values: [index + 1] };
  }
  return null;
}

/**
 * The number a new heading of `level` gets when it follows `existing` headings (document order):
 * numbering restarts under each new parent, so "2." after "I., 1., 2., II." is "1.".
 */
export function nextNumberPath(existing: readonly string[], level: 1 | 2 | 3 | 4): number[] {
  const counters = [0, 0, 0, 0];
  for (const heading of existing) {
    const parsed = parseHeadingNumber(heading);
    if (!parsed) continue;
    const idx = parsed.level - 1;
    counters[idx] = parsed.values[parsed.values.length - 1]!;
    if (parsed.level === 3) counters[1] = parsed.values[0]!;
    for (let deeper = idx + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
  }
  counters[level - 1]! += 1;
  return counters.slice(0, level).map((c) => Math.max(c, 1));
}
