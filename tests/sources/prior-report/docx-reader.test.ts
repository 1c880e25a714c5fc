import JSZip from "jszip";
import { readDocx } from "../../../src/sources/prior-report/docx-reader";
import { extractPriorReport } from "../../../src/sources/prior-report/extract-prior-report";
import { PriorReportError } from "../../../src/sources/prior-report/prior-report-error";
import type { ZipLimits } from "../../../src/sources/prior-report/safe-zip";
import { buildDocx, documentXml, p, patchDeclaredSize, rawP, table } from "./docx-fixture";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

async function refusal(bytes: Uint8Array, name = "bao-cao.docx"): Promise<string> {
  const result = await extractPriorReport(bytes, name);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.message;
}

describe("reading the text of a .docx", () => {
  it("joins a figure split across runs and keeps tabs and line breaks", async () => {
    const bytes = await buildDocx([
      p("Cổng đã thu hút ", "2.", "682.057", " lượt truy cập."),
      p("STT\tĐơn vị"),
      p("BÁO CÁO\nTình hình hoạt động"),
    ]);
    const { content } = await readDocx(bytes);
    expect(content.blocks).toEqual([
      { kind: "paragraph", text: "Cổng đã thu hút 2.682.057 lượt truy cập." },
      { kind: "paragraph", text: "STT\tĐơn vị" },
      { kind: "paragraph", text: "BÁO CÁO\nTình hình hoạt động" },
    ]);
  });

  it("reads what the reader sees: insertions, links and content controls in, deleted revisions and field codes out", async () => {
    const inner =
      `<w:r><w:t>Đã đăng </w:t></w:r>` +
      `<w:del w:id="1" w:author="a"><w:r><w:delText>199</w:delText></w:r></w:del>` +
      `<w:ins w:id="2" w:author="a"><w:r><w:t>215</w:t></w:r></w:ins>` +
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
      `<w:hyperlink r:id="rId9"><w:r><w:t> tin, bài</w:t></w:r></w:hyperlink>` +
      `<w:sdt><w:sdtPr><w:tag w:val="x"/></w:sdtPr><w:sdtContent><w:r><w:t> trên Trang.</w:t></w:r></w:sdtContent></w:sdt>`;
    const { content } = await readDocx(await buildDocx([rawP(inner)]));
    expect(content.blocks).toEqual([{ kind: "paragraph", text: "Đã đăng 215 tin, bài trên Trang." }]);
  });

  it("keeps tables in document order and lines merged cells up with the grid", async () => {
    const bytes = await buildDocx([
      p("PHỤ LỤC"),
      table([
        ["STT", "Tên đơn vị", { text: "Tháng", span: 3 }, "Tổng cộng"],
        [{ text: "I/ KHỐI ĐẢNG", span: 6 }],
        ["1", "Văn phòng", "", "2", "3", "5"],
      ]),
      p("Ghi chú cuối bảng."),
    ]);
    const { content } = await readDocx(bytes);
    expect(content.blocks).toEqual([
      { kind: "paragraph", text: "PHỤ LỤC" },
      {
        kind: "table",
        rows: [
          ["STT", "Tên đơn vị", "Tháng", "", "", "Tổng cộng"],
          ["I/ KHỐI ĐẢNG", "", "", "", "", ""],
          ["1", "Văn phòng", "", "2", "3", "5"],
        ],
      },
      { kind: "paragraph", text: "Ghi chú cuối bảng." },
    ]);
  });

  it("follows the package relationship to a main part that is not word/document.xml", async () => {
    const zip = new JSZip();
    zip.file(
      "_rels/.rels",
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/main.xml"/></Relationships>`,
      { createFolders: false },
    );
    zip.file("word/main.xml", documentXml([p("Năm 2020 đã đăng 12 video.")]), { createFolders: false });
    const { content } = await readDocx(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    expect(content.blocks).toEqual([{ kind: "paragraph", text: "Năm 2020 đã đăng 12 video." }]);
  });
});

describe("a .docx is untrusted input", () => {
  it("refuses a document part with a DOCTYPE, without expanding its entities", async () => {
    const hostile =
      `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">` +
      `<!ENTITY ext SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>&b;&ext;</w:t></w:r></w:p></w:body></w:document>`;
    const message = await refusal(await buildDocx([], { documentXml: hostile }));
    expect(message).toMatch(/DOCTYPE/);
    expect(message).not.toMatch(/aaaa|root:/);
  });

  it("refuses a part whose declared size is huge before inflating anything", async () => {
    const bytes = patchDeclaredSize(await buildDocx([p("Đã đăng 5 video.")]), "word/document.xml", 0xfffffff0);
    expect(await refusal(bytes)).toMatch(/quá lớn.*zip bomb/);
  });

  it("stops inflating a part that lies about its size once it passes the limit", async () => {
    const filler = "<w:p/>".repeat(200_000); // 1.2 MB of XML that compresses to a few KB
    const bytes = patchDeclaredSize(await buildDocx([filler]), "word/document.xml", 100);
    const limits: ZipLimits = { maxBytes: 1_000_000, maxEntries: 50, maxPartBytes: 500_000, maxTotalInflated: 800_000 };
    await expect(readDocx(bytes, limits)).rejects.toThrow(PriorReportError);
    await expect(readDocx(bytes, limits)).rejects.toThrow(/zip bomb/);
  });

  it("refuses an archive with more entries than a report ever has", async () => {
    const extra: Record<string, string> = {};
    for (let i = 0; i < 2100; i++) extra[`word/media/x${i}.txt`] = "x";
    expect(await refusal(await buildDocx([p("Đã đăng 5 video.")], { extra }))).toMatch(/2103 thành phần nén, quá giới hạn 2000/);
  });

  it("refuses a file larger than the size limit without opening it", async () => {
    const big = new Uint8Array(31 * 1024 * 1024);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await refusal(big)).toMatch(/tệp quá lớn \(31,0 MB, giới hạn 30 MB\)/);
  });

  it("refuses bytes that are not a zip although the name ends in .docx", async () => {
    const bytes = new TextEncoder().encode("Đây chỉ là văn bản thường, đổi đuôi thành .docx.");
    expect(await refusal(bytes, "bao-cao.docx")).toMatch(/không phải văn bản Word \(\.docx\)/);
  });

  it("refuses an OLE compound file: an old .doc or a password-protected .docx", async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const message = await refusal(ole, "bao-cao-co-mat-khau.docx");
    expect(message).toMatch(/\.doc/);
    expect(message).toMatch(/mật khẩu/);
  });

  it("refuses a zip that holds no Word document (a workbook, an archive)", async () => {
    const bytes = await buildDocx([], { withoutDocument: true, extra: { "xl/workbook.xml": "<workbook/>" } });
    expect(await refusal(bytes)).toMatch(/không phải văn bản Word/);
  });

  it("refuses a truncated .docx as damaged", async () => {
    const bytes = await buildDocx([p("Đã đăng 5 video.")]);
    expect(await refusal(bytes.slice(0, Math.floor(bytes.length / 2)))).toMatch(/bị hỏng/);
  });

  it("refuses a document part that is not well-formed XML", async () => {
    const broken = `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>242 tin</w:r></w:p></w:body></w:document>`;
    expect(await refusal(await buildDocx([], { documentXml: broken }))).toMatch(/XML không hợp lệ/);
  });

  it("refuses files that are neither .docx nor .txt, naming what to choose", async () => {
    expect(await refusal(new TextEncoder().encode("%PDF-1.7 ..."), "bao-cao.pdf")).toMatch(/PDF/);
    expect(await refusal(new TextEncoder().encode("a,b,c"), "so-lieu.csv")).toMatch(/\.docx.*\.txt/);
    expect(await refusal(new Uint8Array(0), "rong.docx")).toMatch(/tệp rỗng/);
  });
});
