import { extractPriorReport, type PriorReportExtract } from "../../../src/sources/prior-report/extract-prior-report";
import { buildDocx, p, table } from "./docx-fixture";

async function read(bytes: Uint8Array, name: string): Promise<PriorReportExtract> {
  const result = await extractPriorReport(bytes, name);
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

// Typed by hand and pasted as text: a merged "Tháng" header over a row of month numbers, blank cells,
// a blank line inside the table, a skipped STT, a row total and the grand total that do not add up.
const PASTED = [
  "BÁO CÁO",
  "Tình hình hoạt động Trang thông tin điện tử quý III năm 2022",
  "I. Kết quả",
  "Trong quý III năm 2022, Trang đăng 60 tin, bài.",
  "PHỤ LỤC",
  "THỐNG KÊ TIN, BÀI CÁC ĐƠN VỊ GỬI ĐĂNG QUÝ III NĂM 2022",
  "STT\tTên đơn vị\tTháng\t\t\tTổng cộng",
  "\t\t7\t8\t9\t",
  "I/ KHỐI CƠ QUAN CHUYÊN MÔN:\t\t\t\t\t",
  "1\tPhòng Văn hóa và Thông tin\t12\t9\t14\t35",
  "2\tPhòng Tài nguyên và Môi trường\t\t3\t2\t5",
  "3\tPhòng Giáo dục và Đào tạo\t4\t\t6\t11",
  "5\tPhòng Y tế\t\t\t\t0",
  "II/ CÁC ĐƠN VỊ CỘNG TÁC:\t\t\t\t\t",
  "1\tHuyện Đoàn\t2\t1\t\t3",
  "",
  "2\tHội Nông dân huyện\t\t2\t1\t3",
  "Tổng cộng\t\t18\t15\t23\t57",
].join("\n");

describe("a contributor table typed by hand", () => {
  let report: PriorReportExtract;
  beforeAll(async () => {
    report = await read(new TextEncoder().encode(PASTED), "phu-luc.txt");
  });

  it("reads groups, rows and months, blank cells as zero, across a blank line", () => {
    expect(report.period).toEqual({ kind: "quarter", year: 2022, index: 3 });
    expect(report.contributors).toEqual([
      {
        group: "KHỐI CƠ QUAN CHUYÊN MÔN",
        rows: [
          { name: "Phòng Văn hóa và Thông tin", months: [12, 9, 14] },
          { name: "Phòng Tài nguyên và Môi trường", months: [0, 3, 2] },
          { name: "Phòng Giáo dục và Đào tạo", months: [4, 0, 6] },
          { name: "Phòng Y tế", months: [0, 0, 0] },
        ],
      },
      {
        group: "CÁC ĐƠN VỊ CỘNG TÁC",
        rows: [
          { name: "Huyện Đoàn", months: [2, 1, 0] },
          { name: "Hội Nông dân huyện", months: [0, 2, 1] },
        ],
      },
    ]);
  });

  it("gives the totals computed from the cells", () => {
    expect(report.contributorTotals).toEqual({ months: [7, 8, 9], monthTotals: [18, 15, 23], grandTotal: 56 });
  });

  it("reports the skipped STT, the wrong row total, the wrong grand total and the text that disagrees", () => {
    expect(report.warnings).toEqual([
      'Dòng "Phòng Giáo dục và Đào tạo": cột Tổng cộng ghi 11 nhưng cộng các tháng được 10.',
      "STT trong nhóm I nhảy từ 3 lên 5 (thiếu 4).",
      "Ô tổng của dòng Tổng cộng ghi 57 nhưng tổng số tin, bài của các đơn vị là 56.",
      "Số tin, bài trong phần kết quả (60) khác tổng của bảng phụ lục (56).",
    ]);
  });
});

describe("a contributor table in a .docx written by hand", () => {
  it("reads Roman group rows beside their names, checks a group's subtotal row and flags a cell that is not a number", async () => {
    const bytes = await buildDocx([
      p("BÁO CÁO"),
      p("Kết quả hoạt động Trang thông tin điện tử tháng 10 năm 2023"),
      p("PHỤ LỤC"),
      table([
        ["TT", "Tên cơ quan, đơn vị", "Tháng 10", "Tổng"],
        ["I", "Khối Đảng, đoàn thể", "", ""],
        ["1", "Ban Tuyên giáo Huyện ủy", "7", "7"],
        ["2", "Ủy ban MTTQ huyện", "x", ""],
        ["", "Cộng", "9", "9"],
        ["II", "Khối chính quyền", "", ""],
        ["1", "Văn phòng HĐND và UBND", "", "0"],
        ["Tổng cộng", "", "7", "7"],
      ]),
    ]);
    const report = await read(bytes, "thang-10.docx");
    expect(report.period).toEqual({ kind: "month", year: 2023, index: 10 });
    expect(report.contributors).toEqual([
      {
        group: "Khối Đảng, đoàn thể",
        rows: [
          { name: "Ban Tuyên giáo Huyện ủy", months: [7] },
          { name: "Ủy ban MTTQ huyện", months: [null] },
        ],
      },
      { group: "Khối chính quyền", rows: [{ name: "Văn phòng HĐND và UBND", months: [0] }] },
    ]);
    expect(report.warnings).toEqual([
      'Ô tháng 10 của "Ủy ban MTTQ huyện" ghi "x", không phải số — để trống (null), cần nhập lại.',
      "Dòng cộng của nhóm I, tháng 10: ghi 9 nhưng cộng các đơn vị được 7.",
    ]);
  });

  it("says when the table's months are not the report's", async () => {
    const bytes = await buildDocx([
      p("BÁO CÁO"),
      p("Tình hình hoạt động quý II năm 2023"),
      table([
        ["STT", "Đơn vị", "Tháng 1", "Tháng 2", "Tháng 3", "Tổng cộng"],
        ["1", "Phòng Nội vụ", "1", "2", "3", "6"],
      ]),
    ]);
    const report = await read(bytes, "quy-2.docx");
    expect(report.contributors).toEqual([{ group: "Các đơn vị", rows: [{ name: "Phòng Nội vụ", months: [1, 2, 3] }] }]);
    expect(report.warnings).toEqual(["Bảng phụ lục có cột tháng 1, 2, 3 nhưng kỳ báo cáo (quý II năm 2023) gồm tháng 4, 5, 6."]);
  });

  it("takes lettered and unnumbered capitalised rows for groups, not for units with no articles", async () => {
    const bytes = await buildDocx([
      p("BÁO CÁO"),
      p("Kết quả hoạt động tháng 11 năm 2023"),
      table([
        ["STT", "Đơn vị", "Tháng 11", "Tổng cộng"],
        ["A.", "Khối xã", "", ""],
        ["1", "UBND xã Chư Răng", "6", "6"],
        ["", "KHỐI TRƯỜNG HỌC", "", ""],
        ["1", "Trường Tiểu học Kim Đồng", "2", "2"],
        ["Tổng cộng", "", "8", "8"],
      ]),
    ]);
    const report = await read(bytes, "thang-11.docx");
    expect(report.contributors).toEqual([
      { group: "Khối xã", rows: [{ name: "UBND xã Chư Răng", months: [6] }] },
      { group: "KHỐI TRƯỜNG HỌC", rows: [{ name: "Trường Tiểu học Kim Đồng", months: [2] }] },
    ]);
    expect(report.warnings).toEqual([]);
  });

  it("leaves contributors null when the report has no such table", async () => {
    const bytes = await buildDocx([
      p("BÁO CÁO"),
      p("Tình hình hoạt động năm 2022"),
      table([
        ["Nội dung", "Số lượng"],
        ["Tin, bài", "500"],
      ]),
    ]);
    expect((await read(bytes, "nam-2022.docx")).contributors).toBeNull();
  });
});
