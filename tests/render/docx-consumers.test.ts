import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import { buildReport } from "../../src/domain/build-report";
import { buildDocx } from "../../src/render/docx-package";
import { parseDataPartXml, DATA_PART_NAMESPACE } from "../../src/render/data-part";
import { reportInsertPackage, blockInsertPackage } from "../../src/render/flat-package";
import { validateReportData } from "../../src/sources/data-file";
import type { ReportData } from "../../src/domain/report-data";
import {
  docxText,
  isLandscapeA4,
  isPortraitA4,
  pdfFonts,
  pdfInfo,
  pdfPageSizes,
  pdfPageText,
  renderPagePng,
  sofficeConvert,
  tempDir,
  validateDocxAgainstSchema,
  xmllintErrors,
} from "../helpers/office-consumers";
import { exampleData, yearReportWithTable } from "../helpers/report-fixtures";

// The generated .docx checked by real consumers: the ECMA-376 schema (xmllint), LibreOffice and poppler.

const squash = (s: string) => s.replace(/\s+/g, " ");

describe("the sample report (Đak Đoa, 6 tháng đầu năm 2021)", () => {
  let bytes: Uint8Array;
  let pdf: string;
  let text: string;

  beforeAll(async () => {
    bytes = await buildDocx(buildReport(exampleData()), { source: "dak-doa.json" });
    const dir = tempDir();
    const file = path.join(dir, "bao-cao-mau.docx");
    writeFileSync(file, bytes);
    pdf = sofficeConvert(file, "pdf", dir);
    text = squash(docxText(bytes, "bao-cao-mau.docx"));
  });

  test("every WordprocessingML part validates against wml.xsd", async () => {
    const { checked, errors } = await validateDocxAgainstSchema(bytes);
    expect(checked).toEqual(expect.arrayContaining(["word/document.xml", "word/styles.xml", "word/settings.xml", "word/header1.xml"]));
    expect(errors).toBe("");
  });

  test("LibreOffice reads the header lines, title and summary", () => {
    for (const line of [
      "UBND HUYỆN ĐAK ĐOA",
      "BAN BIÊN TẬP TRANG THÔNG TIN ĐIỆN TỬ",
      "Số: 01/BC-BBT",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Đak Đoa, ngày 29 tháng 7 năm 2021",
      "BÁO CÁO",
      "Tình hình hoạt động Trang thông tin điện tử của UBND huyện 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2021",
    ])
      expect(text).toContain(line);
  });

  test("figures are written the ND30 way, with comparisons", () => {
    expect(text).toContain("đã đăng tải 242 tin, bài, tăng 32 tin, bài (15,2%) so với cùng kỳ năm 2020");
    expect(text).toContain("9.933 lượt truy cập, giảm 1.307 lượt truy cập (11,6%) so với cùng kỳ năm 2020");
    expect(text).toContain("(tính đến ngày 29/6/2021) lên 96.811 lượt");
    expect(text).toContain("03 chuyên trang, chuyên mục mới");
    expect(text).toContain("150.000.000 đồng");
    expect(text).toContain("đã chi 54.896.000 đồng, bằng 36,6% kinh phí được giao");
  });

  test("sections are numbered without gaps and name the right periods", () => {
    const order = [
      "I. KẾT QUẢ HOẠT ĐỘNG 6 THÁNG ĐẦU NĂM 2021",
      "1. Công tác cập nhật thông tin",
      "2. Lượt truy cập",
      "3. Kinh phí hoạt động",
      "II. ĐÁNH GIÁ CHUNG",
      "1. Ưu điểm",
      "2. Hạn chế",
      "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2021",
    ];
    let at = -1;
    for (const heading of order) {
      const next = text.indexOf(heading, at + 1);
      expect(next).toBeGreaterThan(at);
      at = next;
    }
  });

  test("the assessment names the units with no articles, taken from the table", () => {
    expect(text).toContain(
      "còn 05 đơn vị chưa có tin, bài: Phòng Tài chính - Kế hoạch, Phòng Dân tộc, Thanh tra huyện, Phòng Lao động - TBXH huyện và Văn phòng Huyện ủy",
    );
  });

  test("the appendix table carries row totals and the Tổng cộng row", () => {
    expect(text).toContain("PHỤ LỤC");
    expect(text).toContain("(Kèm theo Báo cáo số 01/BC-BBT ngày 29/7/2021 của Ban biên tập trang thông tin điện tử)");
    // LibreOffice's text export puts one table cell per line.
    expect(text).toMatch(/Tổng cộng 34 37 52 58 56 5 242/);
    expect(text).toMatch(/1 Trung tâm Văn hóa, Thông tin và Thể thao 22 7 9 18 24 80/);
    expect(text).toMatch(/II CÁC ĐƠN VỊ CỘNG TÁC GỬI TIN BÀI 1 Huyện Đoàn/);
  });

  test("the signature block and recipients", () => {
    expect(text).toContain("Nơi nhận:");
    expect(text).toContain("- Lưu: VT, BBT.");
    expect(text).toContain("KT. TRƯỞNG BAN");
    expect(text).toContain("PHÓ TRƯỞNG BAN THƯỜNG TRỰC");
    expect(text).toContain("Kiều Thu Hương");
  });

  test("the PDF is A4 in Times New Roman's metric twin, numbered from page 2 at the top", () => {
    expect(pdfInfo(pdf)["Page size"]).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    // fonts-liberation2 has every Vietnamese glyph: no fallback font may appear.
    expect(new Set(pdfFonts(pdf).map((f) => f.replace(/-.*$/, "")))).toEqual(new Set(["LiberationSerif"]));
    const firstLines = (page: number) =>
      pdfPageText(pdf, page)
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
    expect(firstLines(1)[0]).not.toBe("1");
    expect(firstLines(2)[0]).toBe("2");
    renderPagePng(pdf, 1, "bao-cao-mau-trang-1");
  });

  test("every block is a content control with a unique soanbaocao tag", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    const tags = [...xml.matchAll(/<w:tag w:val="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(tags).toEqual(
      expect.arrayContaining([
        "soanbaocao:header",
        "soanbaocao:stat:tin_bai",
        "soanbaocao:stat:luot_truy_cap",
        "soanbaocao:contributors",
        "soanbaocao:signature",
      ]),
    );
    expect(new Set(tags).size).toBe(tags.length);
    expect(tags.every((t) => t!.startsWith("soanbaocao:"))).toBe(true);
  });

  test("ND30 rules: under the issuing body, the motto and the summary line, each centred", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    const ruleAfter = (marker: string) => {
      const at = xml.indexOf(marker);
      const next = xml
        .slice(at)
        .match(/<w:p><w:pPr>(?:(?!<\/w:p>).)*?<w:pBdr><w:top [^>]*\/><\/w:pBdr>.*?<w:ind w:left="(\d+)" w:right="(\d+)"/);
      expect(at).toBeGreaterThan(-1);
      expect(next).not.toBeNull();
      expect(next![1]).toBe(next![2]);
      return Number(next![1]);
    };
    ruleAfter(">BAN BIÊN TẬP TRANG THÔNG TIN ĐIỆN TỬ<");
    ruleAfter(">Độc lập - Tự do - Hạnh phúc<");
    // The summary's rule is centred on the text width and much shorter than the line.
    expect(ruleAfter(">Tình hình hoạt động Trang")).toBeGreaterThan(2000);
  });

  test("a table block's first cell carries its formatting in a style, where LibreOffice keeps it", async () => {
    // LibreOffice 7.4 turns the first paragraph of a block content control into a text field and drops run
    // formatting there: the issuer (bold) and the table's "STT" (bold) must not depend on run properties.
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    for (const tag of ["soanbaocao:header", "soanbaocao:signature", "soanbaocao:contributors"]) {
      const firstCell = controlByTag(xml, tag).getElementsByTagNameNS(W, "tc")[0]!;
      const firstParagraph = firstCell.getElementsByTagNameNS(W, "p")[0]!;
      expect(firstParagraph.getElementsByTagNameNS(W, "rPr")).toHaveLength(0);
    }
    const fodtDir = tempDir();
    const file = path.join(fodtDir, "header.docx");
    const noGoverningBody = exampleData();
    delete noGoverningBody.unit.governingBody;
    writeFileSync(file, await buildDocx(buildReport(noGoverningBody)));
    const fodt = readFileSync(sofficeConvert(file, "fodt", fodtDir), "utf8");
    const issuer = fodt.slice(fodt.indexOf("<office:body")).match(/<text:p text:style-name="([^"]+)">(?:<[^>]+>)*BAN BIÊN TẬP TRANG/);
    expect(issuer).not.toBeNull();
    const style = fodt.match(new RegExp(`<style:style style:name="${issuer![1]}"[^>]*style:parent-style-name="([^"]+)"`));
    expect(style![1]).toBe("SBC_20_Cơ_20_quan_20_ban_20_hành");
  });

  test("the appendix table's cells are vertically centred in LibreOffice through the table style alone", () => {
    // No cell carries its own tcPr (package size): the centring must come from the SbcTable style.
    const dir = tempDir();
    const file = path.join(dir, "centred.docx");
    writeFileSync(file, bytes);
    const fodt = readFileSync(sofficeConvert(file, "fodt", dir), "utf8");
    const tables = fodt.split("<table:table ").slice(1);
    const appendix = tables.find((t) => t.includes("Tổng cộng"))!;
    const cellStyles = new Set([...appendix.matchAll(/<table:table-cell table:style-name="([^"]+)"/g)].map((m) => m[1]!));
    expect(cellStyles.size).toBeGreaterThan(0);
    for (const name of cellStyles) {
      const style = fodt.slice(fodt.indexOf(`style:name="${name}" style:family="table-cell"`));
      expect(style.slice(0, style.indexOf("</style:style>"))).toContain(`style:vertical-align="middle"`);
    }
  });

  test("the table header repeats on every page and rows never split", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    const rows = Array.from(controlByTag(xml, "soanbaocao:contributors").getElementsByTagNameNS(W, "tr"));
    expect(rows.length).toBeGreaterThan(5);
    expect(rows[0]!.getElementsByTagNameNS(W, "tblHeader")).toHaveLength(1);
    expect(rows.every((r) => r.getElementsByTagNameNS(W, "cantSplit").length === 1)).toBe(true);
  });

  test("the validated data is embedded in its own custom XML part and reads back exactly", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const item = await zip.file("customXml/item1.xml")!.async("string");
    const props = await zip.file("customXml/itemProps1.xml")!.async("string");
    expect(props).toContain(DATA_PART_NAMESPACE);
    const part = parseDataPartXml(item);
    const back = validateReportData(JSON.parse(part.dataJson));
    expect(back.ok && back.data).toEqual(exampleData());
    expect(part.source).toBe("dak-doa.json");
    expect(part.blocks.map((b) => b.tag)).toContain("soanbaocao:contributors");
  });
});

describe("a whole-year report with a 12-month table", () => {
  test("its appendix is landscape and the header row repeats on the next page", async () => {
    const data = yearReportWithTable(60);
    const bytes = await buildDocx(buildReport(data));
    expect((await validateDocxAgainstSchema(bytes)).errors).toBe("");
    const dir = tempDir();
    const file = path.join(dir, "nam-2021.docx");
    writeFileSync(file, bytes);
    const pdf = sofficeConvert(file, "pdf", dir);
    const sizes = pdfPageSizes(pdf);
    const pages = sizes.length;
    expect(isPortraitA4(sizes[0]!)).toBe(true);
    expect(isLandscapeA4(sizes[pages - 1]!)).toBe(true);
    const last = pdfPageText(pdf, pages);
    // A continuation page of the table: no appendix title, yet the header row is there again.
    expect(squash(last)).not.toContain("PHỤ LỤC");
    expect(squash(last)).toContain("Đơn vị số 60");
    expect(squash(last)).toContain("STT Tên đơn vị 1 2 3 4 5 6 7 8 9 10 11 12 cộng");
    expect(squash(last).match(/Tháng/g)).toHaveLength(12);
    expect(squash(last)).toMatch(/Tổng cộng( \d+){12} 2\.\d{3}/);
    renderPagePng(pdf, pages, "nam-2021-phu-luc-trang-cuoi");
    const text = squash(docxText(bytes));
    expect(text).toContain("năm 2021 và phương hướng, nhiệm vụ năm 2022");
    expect(text).toContain("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022");
  });
});

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** The block control with this tag, read with a namespace-aware parser (the big table declares a default namespace). */
function controlByTag(documentXml: string, tag: string) {
  const doc = new DOMParser().parseFromString(documentXml, "text/xml");
  const sdt = Array.from(doc.getElementsByTagNameNS(W, "sdt")).find((s) =>
    Array.from(s.getElementsByTagNameNS(W, "tag")).some((t) => t.getAttributeNS(W, "val") === tag),
  );
  if (!sdt) throw new Error(`no control ${tag}`);
  return sdt;
}

describe("text that looks like markup", () => {
  test("&, <, > and quotes in unit names appear literally and never inject XML", async () => {
    const base = exampleData();
    const hostile = "Phòng \"A\" & <B> 'C' </w:t></w:r><w:r><w:t>INJECTED";
    const data: ReportData = {
      ...base,
      unit: { ...base.unit, name: `BAN BIÊN TẬP <B&Đ> "X"`, site: `Trang "TTĐT" <huyện> & xã`, recipients: [hostile] },
      contributors: [{ group: 'NHÓM <1> & "2"', rows: [{ name: hostile, months: [1, 0, 0, 0, 0, 2] }] }],
    };
    const bytes = await buildDocx(buildReport(data));
    expect((await validateDocxAgainstSchema(bytes)).errors).toBe("");
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    const texts = Array.from(doc.getElementsByTagNameNS(W, "t"), (t) => t.textContent);
    expect(texts).toContain(hostile);
    expect(xml).not.toContain("<w:t>INJECTED");
    const text = squash(docxText(bytes));
    expect(text).toContain(`BAN BIÊN TẬP <B&Đ> "X"`);
    expect(text).toContain(`Trang "TTĐT" <huyện> & xã`);
    expect(text).toContain(`- ${hostile};`);
  });
});

describe("the insertOoxml package", () => {
  async function packageParts(pkg: string): Promise<Record<string, string>> {
    expect(pkg).not.toMatch(/<!DOCTYPE/i);
    const doc = new DOMParser().parseFromString(pkg, "text/xml");
    const parts = doc.getElementsByTagNameNS("http://schemas.microsoft.com/office/2006/xmlPackage", "part");
    const out: Record<string, string> = {};
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      const data = p.getElementsByTagNameNS("http://schemas.microsoft.com/office/2006/xmlPackage", "xmlData")[0]!;
      const { XMLSerializer } = await import("@xmldom/xmldom");
      out[p.getAttribute("pkg:name")!] = new XMLSerializer().serializeToString(data.firstChild!);
    }
    return out;
  }

  test("the whole report and each block unpack into schema-valid parts", async () => {
    const model = buildReport(yearReportWithTable(20));
    const packages = [reportInsertPackage(model), ...model.blocks.map((b) => blockInsertPackage(model, b))];
    const dir = tempDir();
    const files: string[] = [];
    for (const [i, pkg] of packages.entries()) {
      const parts = await packageParts(pkg);
      expect(Object.keys(parts)).toEqual(expect.arrayContaining(["/word/document.xml", "/word/styles.xml", "/_rels/.rels"]));
      for (const name of ["/word/document.xml", "/word/styles.xml"]) {
        const file = path.join(dir, `${i}-${name.replace(/\//g, "_")}`);
        writeFileSync(file, parts[name]!);
        files.push(file);
      }
    }
    expect(xmllintErrors(files)).toBe("");
  });

  test("a block's content is byte for byte what the .docx holds", async () => {
    const model = buildReport(exampleData());
    const zip = await JSZip.loadAsync(await buildDocx(model));
    const documentXml = await zip.file("word/document.xml")!.async("string");
    for (const block of model.blocks) {
      const pkg = blockInsertPackage(model, block);
      const body = pkg.slice(pkg.indexOf("<w:body>") + 8, pkg.indexOf("</w:body>"));
      expect(documentXml).toContain(body);
    }
  });
});
