import { groupThousands } from "../../vietnamese-number";
import { full, shortened, type Finding } from "../finding";
import { locate, type ReportLayout, type TextLine } from "../report-layout";

// number-format: Vietnamese documents group thousands with "." and write decimals with "," (ND30 and
// TCVN 7217 usage; "6.636.328", "54,0%"). A figure typed or pasted the English way ("6,636,328", "54.0%"), or
// a count left ungrouped ("96811 lượt"), is found where the reading is certain: several comma groups, a comma
// group before a count noun (a count has no decimals), a point decimal before "%", four or more digits before a
// count noun. Each has its fix; when the document writes other figures the right way, the message says so.

const COUNT_NOUN = String.raw`(?:lượt|tin|bài|ảnh|video|văn\s+bản|người|thủ\s+tục|câu\s+hỏi|đồng|trang|chuyên\s+mục|chuyên\s+trang|hồ\s+sơ|dự\s+thảo|tài\s+khoản)(?![\p{L}])`;

interface Pattern {
  re: RegExp;
  fix: (m: string) => string;
  /** What is wrong with `found`, as the message says it. */
  what: (found: string) => string;
}

const PATTERNS: Pattern[] = [
  {
    // 6,636,328 — or 9,933 lượt: thousands grouped with commas.
    re: new RegExp(String.raw`(?<![\d.,/])\d{1,3}(?:,\d{3}){2,}(?![\d,]|\.\d)|(?<![\d.,/])\d{1,3},\d{3}(?=\s+${COUNT_NOUN})`, "gu"),
    fix: (m) => m.replace(/,/g, "."),
    what: (f) => `"${f}" phân cách hàng nghìn bằng dấu phẩy (kiểu viết nước ngoài)`,
  },
  {
    // 54.0%, 12.5 %: a decimal point.
    re: /(?<![\d.,/])\d{1,3}\.\d{1,2}(?=\s?%)/gu,
    fix: (m) => m.replace(".", ","),
    what: (f) => `"${f}" dùng dấu chấm thập phân (kiểu viết nước ngoài)`,
  },
  {
    // 96811 lượt: a count of four digits or more without grouping.
    re: new RegExp(String.raw`(?<![\d.,/\p{L}-])\d{4,}(?=\s+${COUNT_NOUN})`, "gu"),
    fix: (m) => groupThousands(m),
    what: (f) => `"${f}" chưa phân cách hàng nghìn`,
  },
];

const DOT_GROUPED = /(?<![\d.,/])\d{1,3}(?:\.\d{3})+(?![\d.,]\d)/u;

export function numberFormat(layout: ReportLayout): Finding[] {
  const lines = layout.lines.filter((l) => l.zone !== "header");
  const example = lines.map((l) => DOT_GROUPED.exec(l.text)?.[0]).find((m) => m !== undefined);
  const findings: Finding[] = [];
  const report = (line: TextLine, start: number, found: string, expected: string, what: (found: string) => string): void => {
    const mixed = example ? ` — các số khác trong văn bản viết đúng (ví dụ ${example})` : "";
    findings.push({
      rule: "number-format",
      severity: "error",
      message: `${what(found)}; văn bản hành chính viết "${expected}"${mixed}.`,
      where: shortened(line.text, start),
      found,
      expected,
      at: locate(line, start, found.length),
      fix: [{ at: locate(line, start, found.length), found, replacement: expected }],
    });
  };
  for (const line of lines) {
    // Characters already in a finding (earlier patterns win): one mark per character, so a line with many figures
    // costs its length, not the square of its figures.
    const taken = new Uint8Array(line.text.length);
    for (const pattern of PATTERNS) {
      pattern.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.re.exec(line.text)) !== null) {
        if (full(findings)) return findings;
        const start = m.index;
        const end = start + m[0].length;
        if (taken.subarray(start, end).some((x) => x === 1)) continue;
        taken.fill(1, start, end);
        report(line, start, m[0], pattern.fix(m[0]), pattern.what);
      }
    }
  }
  return findings;
}
