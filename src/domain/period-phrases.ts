import { fromRoman } from "./numbering";
import { periodFromBounds, type Period } from "./period";

// How reports name a period in running text: "6 tháng đầu năm 2021", "9 tháng đầu năm", "quý I năm 2022",
// "quý III/2022", "tháng 10 năm 2021", "từ tháng 1 đến tháng 4 năm 2024", "năm 2020", "giai đoạn 2015 - 2020".

export interface PeriodPhrase {
  start: number;
  end: number;
  text: string;
  /** Null while the phrase names no year ("6 tháng đầu năm"); resolve it with `withYear`. */
  period: Period | null;
  withYear: (year: number) => Period | null;
  /** "tính đến tháng 11/2021", "đến hết tháng 6": a cut-off date, not the period reported on. */
  asOf: boolean;
  /** Spans several years ("giai đoạn 2015 - 2020"): never one report's period. */
  multiYear: boolean;
}

// "năm" (five) is left out: "năm tháng" is too easily something else.
const WORD_COUNTS: Record<string, number> = { ba: 3, bốn: 4, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, "mười một": 11 };

function countOf(text: string): number | null {
  const lower = text.toLocaleLowerCase("vi-VN");
  const n = /^\d+$/.test(lower) ? Number(lower) : WORD_COUNTS[lower];
  return n !== undefined && n >= 1 && n <= 12 ? n : null;
}

function validYear(y: number): boolean {
  return y >= 2000 && y <= 2100;
}

function safe(build: (year: number) => Period): (year: number) => Period | null {
  return (year) => (validYear(year) ? build(year) : null);
}

interface Pattern {
  re: RegExp;
  build: (m: RegExpExecArray) => { withYear: (y: number) => Period | null; year: number | null; multiYear?: boolean } | null;
}

const YEAR_TAIL = String.raw`(?:\s*(?:năm\s+|\/\s*)(\d{4}))?`;
const COUNT = String.raw`(\d{1,2}|ba|bốn|sáu|bảy|tám|chín|mười một|mười)`;

const PATTERNS: Pattern[] = [
  {
    re: new RegExp(
      String.raw`từ\s+tháng\s+(\d{1,2})(?:\s*(?:năm\s+|\/\s*)(\d{4}))?\s+(?:đến|tới)\s+(?:hết\s+)?tháng\s+(\d{1,2})` + YEAR_TAIL,
      "giu",
    ),
    build: (m) => {
      const from = Number(m[1]);
      const to = Number(m[3]);
      const endYear = m[4] ? Number(m[4]) : null;
      const startYear = m[2] ? Number(m[2]) : null;
      if (from < 1 || from > 12 || to < 1 || to > 12) return null;
      return {
        year: endYear,
        withYear: safe((y) => periodFromBounds({ year: startYear ?? y, month: from }, { year: y, month: to })),
      };
    },
  },
  {
    re: new RegExp(COUNT + String.raw`\s+tháng\s+(đầu|cuối)\s+năm` + String.raw`(?:\s+(\d{4}))?`, "giu"),
    build: (m) => {
      const n = countOf(m[1]!);
      if (n === null) return null;
      const first = m[2]!.toLocaleLowerCase("vi-VN") === "đầu";
      return {
        year: m[3] ? Number(m[3]) : null,
        withYear: safe((y) =>
          first
            ? periodFromBounds({ year: y, month: 1 }, { year: y, month: n })
            : periodFromBounds({ year: y, month: 13 - n }, { year: y, month: 12 }),
        ),
      };
    },
  },
  {
    // "9 tháng năm 2021": the first months of the year, said without "đầu".
    re: new RegExp(COUNT + String.raw`\s+tháng\s+năm\s+(\d{4})`, "giu"),
    build: (m) => {
      const n = countOf(m[1]!);
      if (n === null) return null;
      return { year: Number(m[2]), withYear: safe((y) => periodFromBounds({ year: y, month: 1 }, { year: y, month: n })) };
    },
  },
  {
    re: new RegExp(String.raw`quý\s+(iv|iii|ii|i|[1-4])(?![\p{L}\d])` + YEAR_TAIL, "giu"),
    build: (m) => {
      const raw = m[1]!;
      const index = /^\d$/.test(raw) ? Number(raw) : fromRoman(raw);
      if (index === null || index < 1 || index > 4) return null;
      return { year: m[2] ? Number(m[2]) : null, withYear: safe((y) => ({ kind: "quarter", year: y, index })) };
    },
  },
  {
    // A month with its year; "ngày 29 tháng 7 năm 2021" is a date, not a period.
    re: /(?<!ngày\s+\d{1,2}\s*)tháng\s+(\d{1,2})(?:\s+năm\s+|\s*\/\s*)(\d{4})/giu,
    build: (m) => {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return null;
      return { year: Number(m[2]), withYear: safe((y) => ({ kind: "month", year: y, index: month })) };
    },
  },
  {
    re: /giai\s+đoạn\s+(?:từ\s+)?(?:năm\s+)?(\d{4})\s*(?:[-–—]|đến)\s*(?:năm\s+)?(\d{4})/giu,
    build: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (!validYear(a) || !validYear(b) || b < a) return null;
      return { year: b, multiYear: b > a, withYear: () => periodFromBounds({ year: a, month: 1 }, { year: b, month: 12 }) };
    },
  },
  {
    re: /(?<!tháng\s+\d{1,2}\s*)năm\s+(\d{4})(?!\s*[-–—]\s*\d)/giu,
    build: (m) => ({ year: Number(m[1]), withYear: safe((y) => ({ kind: "year", year: y })) }),
  },
];

export function findPeriodPhrases(text: string): PeriodPhrase[] {
  const found: PeriodPhrase[] = [];
  // Characters already in a phrase (earlier patterns win): one mark per character, so checking a match costs
  // its length, not the number of phrases found so far.
  const taken = new Uint8Array(text.length);
  const overlaps = (start: number, end: number): boolean => {
    for (let i = start; i < end; i++) if (taken[i]) return true;
    return false;
  };
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.re.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      // Phrases must stand as words: "12 tháng" inside "112 tháng" is not one.
      const before = text[start - 1] ?? " ";
      if (/[\p{L}\d]/u.test(before)) continue;
      if (overlaps(start, end)) continue;
      const built = pattern.build(m);
      if (!built) continue;
      taken.fill(1, start, end);
      // Plain lowercasing: the words looked for ("tính đến", "ngày") lowercase the same in every locale.
      const lead = text.slice(Math.max(0, start - 20), start).toLowerCase();
      found.push({
        start,
        end,
        text: m[0],
        period: built.year !== null ? built.withYear(built.year) : null,
        withYear: built.withYear,
        asOf: /(?:^|\s)(?:tính\s+)?(?:đến|tới)(?:\s+hết)?(?:\s+ngày\s+\d{1,2})?\s*$/u.test(lead),
        multiYear: built.multiYear ?? false,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
