import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildDataPartXml } from "../../../src/render/data-part";
import { EMBEDDED_SOURCE } from "../../../src/sources/prior-report/embedded-data";
import { extractPriorReport, type PriorReportExtract } from "../../../src/sources/prior-report/extract-prior-report";
import { buildDocx, p, table } from "./docx-fixture";

async function read(bytes: Uint8Array, name = "bao-cao.docx"): Promise<PriorReportExtract> {
  const result = await extractPriorReport(bytes, name);
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

// A report typed in Word: header table, title, summary line typed in two runs, figures whose digits Word
// stored in separate runs, and an appendix with a merged "Tháng" header, full-width group rows and blank cells.
function handWrittenBlocks(): string[] {
  return [
    table([
      [
        "UBND XÃ IA KRÊL\nBAN BIÊN TẬP\nSố: 03/BC-BBT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nIa Krêl, ngày 08 tháng 5 năm 2024",
      ],
    ]),
    p("BÁO CÁO"),
    p("Tình hình hoạt động Trang thông tin điện tử ", "4 tháng đầu năm", " và phương hướng, nhiệm vụ các tháng còn lại năm 2024"),
    p("I. KẾT QUẢ HOẠT ĐỘNG"),
    p("- Trang đã đăng tải 3", "15 tin, bài cùng 4", "02 ảnh; thu hút ", "2.", "682.057", " lượt truy cập."),
    p("- Đăng 27 văn bản, tăng 9 văn bản so với cùng kỳ năm 2023."),
    p("PHỤ LỤC"),
    table([
      ["STT", "Tên đơn vị", { text: "Tháng", span: 4 }, "Tổng cộng"],
      ["", "", "1", "2", "3", "4", ""],
      [{ text: "I/ CÁC BỘ PHẬN CHUYÊN MÔN", span: 7 }],
      ["1", "Văn phòng - Thống kê", "40", "35", "", "52", "127"],
      ["2", "Công chức Văn hóa - Xã hội", "", "28", "31", "", "59"],
      ["4", "Công chức Tư pháp - Hộ tịch", "", "", "", "", "0"],
      [{ text: "II/ CỘNG TÁC VIÊN", span: 7 }],
      ["1", "Đoàn Thanh niên xã", "30", "", "44", "55", "129"],
      ["Tổng cộng", "", "70", "63", "75", "107", "315"],
    ]),
  ];
}

describe("a hand-written .docx report", () => {
  let report: PriorReportExtract;
  beforeAll(async () => {
    report = await read(await buildDocx(handWrittenBlocks()));
  });

  it("reads the period, and figures whose digits are split across runs", () => {
    expect(report.origin).toBe("text");
    expect(report.period).toEqual({ kind: "range", from: "2024-01", to: "2024-04" });
    const values = Object.fromEntries(Object.entries(report.metrics).map(([k, v]) => [k, v.value]));
    expect(values).toEqual({ tin_bai: 315, anh: 402, luot_truy_cap: 2_682_057, van_ban: 27 });
    expect(report.metrics.luot_truy_cap!.source).toBe("- Trang đã đăng tải 315 tin, bài cùng 402 ảnh; thu hút 2.682.057 lượt truy cập.");
  });

  it("gives last year's figure from the increase", () => {
    expect(report.prior).toEqual({
      period: { kind: "range", from: "2023-01", to: "2023-04" },
      metrics: { van_ban: { value: 18, qualifier: null, source: "- Đăng 27 văn bản, tăng 9 văn bản so với cùng kỳ năm 2023." } },
    });
  });

  it("reads the appendix table back and only flags the skipped STT", () => {
    expect(report.contributors).toEqual([
      {
        group: "CÁC BỘ PHẬN CHUYÊN MÔN",
        rows: [
          { name: "Văn phòng - Thống kê", months: [40, 35, 0, 52] },
          { name: "Công chức Văn hóa - Xã hội", months: [0, 28, 31, 0] },
          { name: "Công chức Tư pháp - Hộ tịch", months: [0, 0, 0, 0] },
        ],
      },
      { group: "CỘNG TÁC VIÊN", rows: [{ name: "Đoàn Thanh niên xã", months: [30, 0, 44, 55] }] },
    ]);
    expect(report.warnings).toEqual(["STT trong nhóm I nhảy từ 2 lên 4 (thiếu 3)."]);
  });
});

describe("a report made by the add-in", () => {
  const example = JSON.parse(readFileSync(join(__dirname, "../../../examples/dak-doa-6-thang-2021.json"), "utf8")) as Record<
    string,
    unknown
  >;
  const part = buildDataPartXml({
    dataJson: JSON.stringify(example),
    blocks: [{ tag: "soanbaocao:stat:tin_bai", hash: "abc" }],
    source: "dak-doa.json",
  });
  // The wording was edited after generation; the embedded data is what the add-in wrote and is read instead.
  const editedText = [p("BÁO CÁO"), p("Tình hình hoạt động năm 2019"), p("Trang đã đăng 999 tin, bài.")];
  const otherPart = `<?xml version="1.0"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>`;

  it("reads the embedded data back exactly, whatever the text says", async () => {
    const report = await read(await buildDocx(editedText, { customXml: [otherPart, part] }));
    expect(report.origin).toBe("embedded");
    expect(report.period).toEqual({ kind: "half", year: 2021, index: 1 });
    expect(report.metrics).toEqual({
      tin_bai: { value: 242, qualifier: null, source: EMBEDDED_SOURCE },
      van_ban: { value: 213, qualifier: null, source: EMBEDDED_SOURCE },
      chuyen_muc: { value: 3, qualifier: null, source: EMBEDDED_SOURCE },
      luot_truy_cap: { value: 9933, qualifier: null, source: EMBEDDED_SOURCE },
      luot_truy_cap_luy_ke: { value: 96811, qualifier: null, source: EMBEDDED_SOURCE },
    });
    expect(report.prior).toEqual({
      period: { kind: "half", year: 2020, index: 1 },
      metrics: {
        tin_bai: { value: 210, qualifier: null, source: EMBEDDED_SOURCE },
        van_ban: { value: 188, qualifier: null, source: EMBEDDED_SOURCE },
        luot_truy_cap: { value: 11240, qualifier: null, source: EMBEDDED_SOURCE },
      },
    });
    expect(report.contributors).toEqual(example.contributors);
    expect(report.unmapped).toEqual([]);
    expect(report.data?.unit.abbreviation).toBe("BBT");
  });

  it("keeps qualifiers and labels of embedded metrics", async () => {
    const data = {
      ...example,
      metrics: { tin_bai: { value: 4000, qualifier: "gần" }, tin_dich: { value: 148, label: "tin, bài dịch sang tiếng Khmer" } },
    };
    const xml = buildDataPartXml({ dataJson: JSON.stringify(data), blocks: [] });
    const report = await read(await buildDocx(editedText, { customXml: [xml] }));
    expect(report.metrics).toEqual({
      tin_bai: { value: 4000, qualifier: "gần", source: EMBEDDED_SOURCE },
      tin_dich: { value: 148, qualifier: null, source: EMBEDDED_SOURCE, label: "tin, bài dịch sang tiếng Khmer" },
    });
  });

  it("falls back to the wording, and says why, when the embedded data is not valid data format v1", async () => {
    const broken = buildDataPartXml({ dataJson: JSON.stringify({ ...example, version: 2 }), blocks: [] });
    const report = await read(await buildDocx(editedText, { customXml: [broken] }));
    expect(report.origin).toBe("text");
    expect(report.metrics.tin_bai?.value).toBe(999);
    expect(report.warnings[0]).toMatch(
      /^Báo cáo có dữ liệu nhúng của Soạn báo cáo nhưng phần dữ liệu nhúng không đúng định dạng dữ liệu v1: version/,
    );
  });

  it("does not parse an embedded part that declares a DOCTYPE", async () => {
    const hostile = part.replace("<report", '<!DOCTYPE report [<!ENTITY x "242">]><report');
    expect(hostile).toContain("<!DOCTYPE");
    const report = await read(await buildDocx(editedText, { customXml: [hostile] }));
    expect(report.origin).toBe("text");
    expect(report.warnings[0]).toMatch(/DOCTYPE/);
  });
});
