import { findFigureTokens, readNumber } from "../../../src/sources/prior-report/figure-tokens";

describe("numbers as clerks type them", () => {
  it.each([
    ["1.225", null, 1225],
    ["6,636,328", null, 6636328],
    ["2.682.057", null, 2682057],
    ["9933", null, 9933],
    ["05", null, 5],
    ["1,225", null, 1225],
    ["3,5", 1e6, 3_500_000],
    ["112", 1e6, 112_000_000],
    ["1,25", 1e9, 1_250_000_000],
    ["1.234.567,00", null, 1234567],
  ] as const)("%s (×%s) reads as %d", (digits, multiplier, expected) => {
    expect(readNumber(digits, multiplier)).toBe(expected);
  });

  it.each([["12.5"], ["1.22"], ["3,5"], ["0269.3822"], ["1.234,5"], ["1,234.567"]])("%s is not read as a count", (digits) => {
    expect(readNumber(digits, null)).toBeNull();
  });

  it("finds counts and skips dates, document numbers, years, percentages, ordinals and fractions", () => {
    const text =
      "Căn cứ Quyết định số 127/QĐ-UBND ngày 05/3/2023 và Nghị định 42/2022/NĐ-CP, trong năm 2023 (giai đoạn 2021- 2025) " +
      "Trang đăng 1.225 tin, bài, tăng 15,2% so với năm 2022; 14/14 xã có trang; Đại hội lần thứ 9; phòng chống Covid-19; " +
      "thu hút gần 3,5 triệu lượt truy cập và 05 video, kinh phí 112 triệu đồng, cập nhật ngày 29 /7/2021.";
    expect(findFigureTokens(text).map((t) => [t.raw, t.value])).toEqual([
      ["1.225", 1225],
      ["3,5 triệu", 3_500_000],
      ["05", 5],
      ["112 triệu", 112_000_000],
    ]);
  });
});
