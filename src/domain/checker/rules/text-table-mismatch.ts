import { formatInteger } from "../../vietnamese-number";
import { shortened, type Finding } from "../finding";
import { SectionTracker } from "../heading-label";
import { locate, type ReportLayout } from "../report-layout";
import { consistentGrandTotal, shapeOf } from "../table-shape";

// text-table-mismatch: the sentence that gives the period's articles ("đã đăng tải 242 tin, bài") and the
// appendix's "Tổng cộng" must be the same number — the appendix is where the figure comes from. Checked only when
// the report has one table with a grand total that adds up; a qualified figure ("gần 4.000") is not a stated total, nor are
// the component sites' counts ("các trang thành phần đã cập nhật 7.620 tin, bài") or next period's targets.

const STATED_ARTICLES =
  /(?:đăng\s+tải|đăng|đưa|cập\s+nhật|xuất\s+bản)(?:\s+(?:được|mới|tổng\s+số|tổng\s+cộng|lên|trên\s+trang|trên\s+cổng))*\s+(\d{1,3}(?:[.,]\d{3})+|\d+)\s+(?:tin\s*,?\s*bài|tin\s+tức|bài\s+viết)/giu;

export function textTableMismatch(layout: ReportLayout): Finding[] {
  const totals = layout.tables.map((t) => shapeOf(t)).filter((s) => s !== null && s.totalRow !== null && s.totalColumn !== null);
  // A grand total that does not add up is table-arithmetic's finding; the text is not judged against it.
  const grand = totals.length === 1 ? consistentGrandTotal(totals[0]!) : null;
  if (grand === null) return [];
  const candidates: Array<{ line: (typeof layout.lines)[number]; start: number; text: string; value: number }> = [];
  const sections = new SectionTracker();
  for (const line of layout.lines) {
    if (line.zone !== "body" || line.inTable) continue;
    sections.visit(line.text);
    if (sections.planning) continue;
    STATED_ARTICLES.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = STATED_ARTICLES.exec(line.text)) !== null) {
      const sentenceStart = Math.max(line.text.lastIndexOf(". ", m.index), 0);
      if (/thành\s+phần/iu.test(line.text.slice(sentenceStart, m.index))) continue;
      const start = m.index + m[0].indexOf(m[1]!, m[0].search(/\d/u));
      candidates.push({ line, start, text: m[1]!, value: Number(m[1]!.replace(/[.,]/g, "")) });
    }
  }
  if (candidates.length === 0 || candidates.some((c) => c.value === grand)) return [];
  const first = candidates[0]!;
  return [
    {
      rule: "text-table-mismatch",
      severity: "error",
      message: `Văn bản ghi ${first.text} tin, bài nhưng dòng "Tổng cộng" của bảng phụ lục là ${formatInteger(grand)} — hai con số phải bằng nhau.`,
      where: shortened(first.line.text, first.start),
      found: first.text,
      expected: formatInteger(grand),
      at: locate(first.line, first.start, first.text.length),
    },
  ];
}
