// Numbers as clerks really type them — "1.225", "6,636,328", "9933", "05", "3,5 triệu", "112 triệu" — and
// the numbers that are not figures at all: dates (29/6/2021), document numbers (93/QĐ-UBND), decrees
// (43/2011/NĐ-CP), years (năm 2021, 2015- 2020), percentages (12,5%), ordinals (lần thứ 9), "17/17", "Covid-19".

export interface FigureToken {
  start: number;
  /** After the number and its multiplier word ("triệu"), if any. */
  end: number;
  raw: string;
  value: number;
}

const MULTIPLIERS: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

/** Words after which a number is a date part, a position or a label, never a count. */
const NOT_AFTER = new Set([
  "ngày",
  "tháng",
  "năm",
  "quý",
  "tuần",
  "thứ",
  "khóa",
  "khoá",
  "lần",
  "đợt",
  "điều",
  "khoản",
  "mục",
  "chương",
  "phần",
  "kỳ",
  "độ",
  "giai",
  "đoạn",
  "lớp",
  "phiên",
  "bản",
  "version",
  "trang",
  "số:",
  "tầng",
  "phòng",
  "hotline",
  "điện",
  "thoại",
]);

/**
 * Reads the digits of one number. Counts are integers, so a lone "," or "." followed by three digits groups
 * thousands whichever mark the clerk used; with "triệu"/"tỷ" the comma is the decimal mark ("3,5 triệu").
 * Anything else ("12.5", "1.22", "0269.3822") is not read: a wrong value is worse than a missing one.
 */
export function readNumber(digits: string, multiplier: number | null): number | null {
  const seps = digits.replace(/\d/g, "");
  if (multiplier !== null) {
    // Vietnamese: "." groups thousands, "," is the decimal mark.
    const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(digits);
    if (!m) return null;
    const frac = m[2] ?? "";
    const scale = 10 ** frac.length;
    const scaled = ((Number(m[1]!.replace(/\./g, "")) * scale + Number(frac || "0")) * multiplier) / scale;
    return Number.isSafeInteger(scaled) ? scaled : null;
  }
  let value: number | null = null;
  if (seps.length === 0) value = Number(digits);
  else if (/^\.+$/.test(seps) || /^,+$/.test(seps)) {
    const parts = digits.split(seps[0]!);
    const grouped = /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((g) => /^\d{3}$/.test(g));
    value = grouped ? Number(parts.join("")) : null;
  } else {
    // "1.234.567,00": thousands with "." and a zero decimal part, as money amounts are sometimes written.
    const m = /^(\d{1,3}(?:\.\d{3})+),(0+)$/.exec(digits);
    value = m ? Number(m[1]!.replace(/\./g, "")) : null;
  }
  return value !== null && Number.isSafeInteger(value) ? value : null;
}

/** Labels after which a number is a date, a number or a telephone, never a count. */
const LABELS_NOT_COUNTS = new Set(["ngày:", "tháng:", "năm:", "số:", "thoại:", "hotline:", "điện:", "phiên:", "version:"]);

const SPACE = /\s/;

/** The word before `index` (looking back at most 30 characters), by a backward scan: no regex anchored at the end. */
function previousWord(text: string, index: number): string {
  const floor = Math.max(0, index - 30);
  let end = index;
  while (end > floor && SPACE.test(text[end - 1]!)) end--;
  let start = end;
  while (start > floor && !SPACE.test(text[start - 1]!)) start--;
  // Plain lowercasing: the words compared (NOT_AFTER) lowercase the same in every locale. An opening bracket or quote
  // is not part of the word: "(tháng 7: 35 tin bài)".
  return text
    .slice(start, end)
    .toLowerCase()
    .replace(/^[("“'‘[]+/u, "");
}

export function findFigureTokens(text: string): FigureToken[] {
  const tokens: FigureToken[] = [];
  const re = /\d+(?:[.,]\d+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    let end = start + m[0].length;
    const before = text[start - 1] ?? " ";
    const before2 = text[start - 2] ?? " ";
    const after = text.slice(end, end + 3);
    // Glued to letters ("Covid-19", "3G", "F0"), or part of a date, number/year or range.
    if (/[\p{L}/]/u.test(before)) continue;
    if (/[-–—]/.test(before) && /[\p{L}\d]/u.test(before2)) continue;
    // The second number of a range: "2021- 2025", "5 - 10".
    if (/\d\s*[-–—]\s*$/u.test(text.slice(Math.max(0, start - 8), start))) continue;
    if (/^[\p{L}]/u.test(after) || /^\s?\//.test(after) || /^\s?%/.test(after)) continue;
    if (/^\s?[-–—]\s?\d/u.test(after)) continue;
    const word = previousWord(text, start);
    // "bản 2" is a version; "xuất bản 1.540 tin, bài" (published) is a count.
    const published = word === "bản" && /xuất\s+bản\s*$/iu.test(text.slice(Math.max(0, start - 12), start));
    // A word and a colon is a label whose value follows ("Văn bản: 72", "Lượt truy cập trong kỳ: 39.870"), except a
    // date's or a document number's ("Ngày: 15/3", "Số: 01").
    // "Số lượt truy cập trong tháng: 2.415" is a label too: its time word closes "trong tháng", it does not open a date.
    const blocked = word.endsWith(":")
      ? LABELS_NOT_COUNTS.has(word) && !/(?:trong|cả)\s+(?:tháng|năm|quý|ngày):\s*$/iu.test(text.slice(Math.max(0, start - 20), start))
      : NOT_AFTER.has(word) || NOT_AFTER.has(word.replace(/\($/, ""));
    if (!published && blocked) continue;
    if (/^\d{4}$/.test(m[0]) && Number(m[0]) >= 1900 && Number(m[0]) <= 2100 && /^(?:từ|đến|và|-|–)$/.test(word)) continue;
    const mult = /^\s+(nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}])/u.exec(text.slice(end, end + 12));
    const multiplier = mult ? MULTIPLIERS[mult[1]!]! : null;
    const value = readNumber(m[0], multiplier);
    if (value === null) continue;
    if (mult) end += mult[0].length;
    tokens.push({ start, end, raw: text.slice(start, end), value });
  }
  return tokens;
}
