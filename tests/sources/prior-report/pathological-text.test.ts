import { extractPriorReport } from "../../../src/sources/prior-report/extract-prior-report";
import { readDocumentXml } from "../../../src/sources/prior-report/document-xml-reader";
import { MAX_FIGURES_PER_SENTENCE, MAX_SENTENCE_CHARS } from "../../../src/sources/prior-report/reader-limits";
import { splitSentences } from "../../../src/sources/prior-report/sentences";
import { PATHOLOGICAL_TEXTS } from "../../helpers/pathological-texts";
import { pathologicalDocx } from "../../helpers/pathological-docx";

// What the prior-report reader says about texts built to be slow (their time and memory are measured by
// `npm run bench`, not here): each is read within the caps or refused with the reason, never an unexpected error.

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const encode = (s: string) => new TextEncoder().encode(s);

describe("pathological texts", () => {
  const expected: Record<string, RegExp> = {
    "short-paragraphs": /^văn bản có hơn 50\.000 dòng/,
    headings: /^văn bản có hơn 50\.000 dòng/,
    "appendix-rows": /^văn bản có hơn 50\.000 dòng/,
  };
  it.each(PATHOLOGICAL_TEXTS.map((t) => [t.name, t] as const))("%s", async (name, t) => {
    const result = await extractPriorReport(encode(t.text()), "bao-cao.txt");
    if (expected[name]) {
      expect(result.ok ? "" : result.message).toMatch(expected[name]!);
      return;
    }
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Every sentence read as one unit is within the caps; whatever passes them is named in a warning.
    const skipped = result.report.warnings.filter((w) => /nên không được đọc số liệu/.test(w));
    if (!["sentences-at-caps", "period-phrase-sentences", "lines-at-cap", "blank-lines-in-table"].includes(name)) {
      expect(skipped.length).toBeGreaterThan(0);
    }
    expect(result.report.unmapped.reduce((m, u) => Math.max(m, u.source.length), 0)).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });
});

describe("sentence caps", () => {
  it(`reads a sentence of up to ${MAX_FIGURES_PER_SENTENCE} figures, and not one of more, saying so`, async () => {
    const sentence = (n: number) =>
      "Trong quý I năm 2024, Trang nhận " + Array.from({ length: n }, (_, i) => `${i + 1} thông báo`).join(", ") + ".";
    const read = async (n: number) => {
      const r = await extractPriorReport(encode(`BÁO CÁO\nKết quả quý I năm 2024\n${sentence(n)}\n`), "a.txt");
      if (!r.ok) throw new Error(r.message);
      return r.report;
    };
    const within = await read(MAX_FIGURES_PER_SENTENCE);
    expect(within.unmapped).toHaveLength(MAX_FIGURES_PER_SENTENCE);
    expect(within.warnings.filter((w) => /không được đọc/.test(w))).toEqual([]);
    const past = await read(MAX_FIGURES_PER_SENTENCE + 1);
    expect(past.unmapped).toEqual([]);
    expect(past.warnings).toContainEqual(
      expect.stringMatching(/^Câu bắt đầu "Trong quý I năm 2024, Trang nhận 1 thông báo.*" có 41 con số \(quá 40\)/),
    );
  });

  it("names the first three unread sentences and counts the rest", async () => {
    const long = (i: number) => `Câu số ${i} ` + "rất dài ".repeat(400) + ".";
    const text = `BÁO CÁO\n${Array.from({ length: 7 }, (_, i) => long(i)).join("\n")}\n`;
    const r = await extractPriorReport(encode(text), "a.txt");
    const warnings = r.ok ? r.report.warnings.filter((w) => /không được đọc/.test(w)) : [];
    expect(warnings).toHaveLength(4);
    expect(warnings[3]).toBe("Còn 4 câu khác quá dài hoặc quá nhiều con số, cũng không được đọc số liệu.");
  });
});

describe("splitting sentences in one pass", () => {
  it("ends sentences at . ! ? … before a capital or a digit, not after an abbreviation or an initial", () => {
    expect(splitSentences("Đăng 5 tin. Nhận 3 văn bản! 2 video? Xong… Hết")).toEqual([
      "Đăng 5 tin.",
      "Nhận 3 văn bản!",
      "2 video?",
      "Xong…",
      "Hết",
    ]);
    expect(splitSentences("Tại TP. Hồ Chí Minh và TT. Bồi dưỡng, ông Nguyễn V. An dự. KT. TRƯỞNG BAN")).toEqual([
      "Tại TP. Hồ Chí Minh và TT. Bồi dưỡng, ông Nguyễn V. An dự.",
      "KT. TRƯỞNG BAN",
    ]);
    expect(splitSentences('Ông nói "xong." (Đã đăng.) - Tiếp theo 5 tin.')).toEqual([
      'Ông nói "xong."',
      "(Đã đăng.)",
      "- Tiếp theo 5 tin.",
    ]);
    expect(splitSentences("Đăng 5 tin. tiếp theo thường, 1.225 lượt... còn lại")).toEqual([
      "Đăng 5 tin. tiếp theo thường, 1.225 lượt... còn lại",
    ]);
  });
});

describe("the streaming document reader's bounds", () => {
  it("refuses a part with more than a million elements, before building anything of it", () => {
    const xml = `<w:document ${W}><w:body>${"<w:bookmarkEnd/>".repeat(1_000_001)}</w:body></w:document>`;
    expect(() => readDocumentXml(xml, "word/document.xml")).toThrow(/hơn 1\.000\.000 phần tử XML/);
  });

  it("reads 400,000 one-character runs as one paragraph", async () => {
    const r = await extractPriorReport(await pathologicalDocx("many-runs"), "a.docx");
    expect(r.ok).toBe(true);
  });

  it("refuses a part whose root is not w:document", () => {
    expect(() => readDocumentXml(`<x:document xmlns:x="urn:x"/>`, "word/document.xml")).toThrow(/không phải văn bản Word/);
  });
});
