import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { buildReport } from "../../src/domain/build-report";
import { buildDocx } from "../../src/render/docx-package";
import { parseReportData } from "../../src/sources/data-file";
import type { ReportData } from "../../src/domain/report-data";
import {
  docxText,
  isPortraitA4,
  pdfPageSizes,
  pdfWords,
  renderPagePng,
  sofficeConvert,
  tempDir,
  validateDocxAgainstSchema,
  type PdfWord,
} from "../helpers/office-consumers";

// The Party format (Hướng dẫn 36-HD/VPTW) and "Kính gửi" as readers see them: LibreOffice's text and the PDF
// it prints, with font sizes read off the words' boxes (poppler).

const EXAMPLES = path.resolve(__dirname, "../../examples");

function example(name: string): ReportData {
  const parsed = parseReportData(readFileSync(path.join(EXAMPLES, name), "utf8"));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.data;
}

const squash = (s: string) => s.replace(/\s+/g, " ");

async function printed(data: ReportData, name: string): Promise<{ text: string; pdf: string }> {
  const bytes = await buildDocx(buildReport(data));
  expect((await validateDocxAgainstSchema(bytes)).errors).toBe("");
  const dir = tempDir();
  const file = path.join(dir, `${name}.docx`);
  writeFileSync(file, bytes);
  return { text: squash(docxText(bytes, `${name}.docx`)), pdf: sofficeConvert(file, "pdf", dir) };
}

/** Height of a word's box: proportional to its font size (same font, Liberation Serif). */
function height(words: PdfWord[], word: string): number {
  const w = words.find((x) => x.word === word);
  if (!w)
    throw new Error(
      `"${word}" not on the page: ${words
        .slice(0, 40)
        .map((x) => x.word)
        .join(" ")}`,
    );
  return w.yMax - w.yMin;
}

describe("a Party committee's report (HD 36)", () => {
  let text = "";
  let pdf = "";
  beforeAll(async () => {
    ({ text, pdf } = await printed(example("ban-tgdv-tinh-uy-quy-1-2026.json"), "dang"));
  }, 120_000);

  test("reads as a Party document: the Party's title, not the state's; HD 36's number; the star; K/T", () => {
    expect(text).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(text).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).not.toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain("Số 12-BC/BTGDVTU");
    expect(text).not.toContain("Số:");
    expect(text).toMatch(/BAN TUYÊN GIÁO VÀ DÂN VẬN \* Số 12-BC/);
    expect(text).toContain("K/T TRƯỞNG BAN");
    expect(text).toContain("Gia Lai, ngày 08 tháng 4 năm 2026");
    expect(text).toContain("- Lưu Văn phòng Ban.");
  });

  test("page 1 at HD 36's sizes: title 15 pt, superior and issuing bodies 14, BÁO CÁO 16, body 14", () => {
    expect(isPortraitA4(pdfPageSizes(pdf)[0]!)).toBe(true);
    renderPagePng(pdf, 1, "hd36-trang-1");
    const words = pdfWords(pdf, 1);
    const body = height(words, "Trong");
    const ratio = (word: string) => height(words, word) / body;
    expect(ratio("ĐẢNG")).toBeCloseTo(15 / 14, 1);
    expect(ratio("TỈNH")).toBeCloseTo(14 / 14, 1);
    expect(ratio("BÁO")).toBeCloseTo(16 / 14, 1);
    // Layout: the Party's title top right, the superior body top left, on the same line.
    const dang = words.find((w) => w.word === "ĐẢNG")!;
    const tinh = words.find((w) => w.word === "TỈNH")!;
    expect(dang.xMin).toBeGreaterThan(297);
    expect(tinh.xMax).toBeLessThan(297);
    expect(Math.abs(dang.yMin - tinh.yMin)).toBeLessThan(6);
  });

  test("Kính gửi comes under the summary, and Nơi nhận starts with '- Như trên;'", () => {
    expect(text).toMatch(/năm 2026 Kính gửi: Ban Thường vụ Tỉnh ủy\. Thực hiện/);
    expect(text).toMatch(/Nơi nhận: - Như trên; - Thường trực Tỉnh ủy;/);
  });
});

describe("a state body's report with addressees (ND30)", () => {
  test("Kính gửi where ND30 puts it, Như trên first in Nơi nhận; the state header stays", async () => {
    const { text } = await printed(example("cong-ttdt-tinh-gia-lai-nam-2025.json"), "tinh");
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Số: 03/BC-BBTC");
    expect(text).toMatch(/phương hướng, nhiệm vụ năm 2026 Kính gửi: Ủy ban nhân dân tỉnh Gia Lai\. Căn cứ/);
    expect(text).toMatch(/Nơi nhận: - Như trên; - Chủ tịch, các Phó Chủ tịch UBND tỉnh;/);
    expect(text).toContain("TM. BAN BIÊN TẬP");
  });
});

test("every bundled example is valid and current ones are dated after the 2025 reorganisation", async () => {
  const current = ["xa-ia-grai-6-thang-2026.json", "cong-ttdt-tinh-gia-lai-nam-2025.json", "ban-tgdv-tinh-uy-quy-1-2026.json"];
  for (const name of current) {
    const data = example(name);
    expect(data.report.date >= "2025-07-01").toBe(true);
    expect(data.unit.governingBody ?? "").not.toMatch(/HUYỆN/);
    expect(JSON.stringify(data.unit.recipients)).not.toMatch(/Thông tin và Truyền thông/);
    expect(buildReport(data).warnings).toEqual([]);
  }
  expect(example("dak-doa-6-thang-2021.json").unit.governingBody).toBe("UBND HUYỆN ĐAK ĐOA");
});
