import type { Period } from "../../../src/domain/period";
import { detectReportPeriod, periodInLine } from "../../../src/sources/prior-report/report-period";
import { readPlainText } from "../../../src/sources/prior-report/text-reader";

describe("the period a line names", () => {
  it.each<[string, Period]>([
    ["Tình hình hoạt động Trang thông tin điện tử 6 tháng đầu năm 2021", { kind: "half", year: 2021, index: 1 }],
    ["Kết quả 9 tháng đầu năm và nhiệm vụ 3 tháng cuối năm 2022", { kind: "nine-months", year: 2022 }],
    ["Báo cáo tổng kết hoạt động năm 2020 và phương hướng, nhiệm vụ năm 2021", { kind: "year", year: 2020 }],
    ["Báo cáo kết quả hoạt động quý I năm 2023", { kind: "quarter", year: 2023, index: 1 }],
    ["Tình hình hoạt động quý III/2022", { kind: "quarter", year: 2022, index: 3 }],
    ["Sơ kết 3 tháng đầu năm 2022", { kind: "quarter", year: 2022, index: 1 }],
    ["Kết quả hoạt động 4 tháng đầu năm 2024 của Cổng", { kind: "range", from: "2024-01", to: "2024-04" }],
    ["Báo cáo hoạt động tháng 10 năm 2021", { kind: "month", year: 2021, index: 10 }],
    ["Kết quả từ tháng 3 đến tháng 8 năm 2023", { kind: "range", from: "2023-03", to: "2023-08" }],
    ["KẾT QUẢ HOẠT ĐỘNG SÁU THÁNG CUỐI NĂM 2019", { kind: "half", year: 2019, index: 2 }],
  ])("%s", (line, expected) => {
    expect(periodInLine(line)).toEqual(expected);
  });

  it("does not take a date, a decree or a cut-off date for a period", () => {
    expect(periodInLine("Ia Grai, ngày 29 tháng 7 năm 2021")).toBeNull();
    expect(periodInLine("theo Nghị định số 42/2022/NĐ-CP ngày 24/6/2022")).toBeNull();
    expect(periodInLine("tính đến tháng 11/2021 đã có 5 video")).toBeNull();
    expect(periodInLine("6 tháng đầu năm và phương hướng 6 tháng cuối năm")).toBeNull();
  });
});

describe("the period a report covers", () => {
  it("reads the summary line under BÁO CÁO and ignores a stale heading", () => {
    const content = readPlainText(
      [
        "UBND HUYỆN KRÔNG PA",
        "Krông Pa, ngày 05 tháng 01 năm 2024",
        "BÁO CÁO",
        "Tình hình hoạt động Trang thông tin điện tử huyện năm 2023",
        "và phương hướng, nhiệm vụ năm 2024",
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2023 của UBND huyện.",
        "I. KẾT QUẢ HOẠT ĐỘNG 9 THÁNG ĐẦU NĂM 2023",
      ].join("\n"),
    );
    expect(detectReportPeriod(content)).toEqual({
      period: { kind: "year", year: 2023 },
      source: "Tình hình hoạt động Trang thông tin điện tử huyện năm 2023 và phương hướng, nhiệm vụ năm 2024",
    });
  });

  it("falls back to the result heading when the report has no title block", () => {
    const content = readPlainText(
      ["Kính gửi: Sở Thông tin và Truyền thông", "I. Kết quả hoạt động quý II năm 2022", "Trang đã đăng 180 tin, bài."].join("\n"),
    );
    expect(detectReportPeriod(content)?.period).toEqual({ kind: "quarter", year: 2022, index: 2 });
  });

  it("says nothing rather than guess when no period is named", () => {
    expect(
      detectReportPeriod(readPlainText("BÁO CÁO\nTình hình hoạt động Trang thông tin điện tử\nTrang đã đăng 180 tin, bài.")),
    ).toBeNull();
  });
});
