import { formatCount, formatDecimal, formatInteger, formatMoney, formatPercent, formatQualified } from "../../src/domain/vietnamese-number";

describe("thousands grouped with '.' (ND30)", () => {
  test.each<[number, string]>([
    [0, "0"],
    [999, "999"],
    [1225, "1.225"],
    [9933, "9.933"],
    [96811, "96.811"],
    [6636328, "6.636.328"],
    [150000000, "150.000.000"],
    [-1307, "-1.307"],
  ])("%d → %s", (n, text) => {
    expect(formatInteger(n)).toBe(text);
  });

  test("a non-finite value is refused rather than printed as NaN", () => {
    expect(() => formatInteger(Number.NaN)).toThrow(RangeError);
    expect(() => formatInteger(Infinity)).toThrow(RangeError);
  });
});

describe("decimals and percentages with ','", () => {
  test("274 of 507 documents is 54,0%", () => {
    expect(formatPercent(274 / 507)).toBe("54,0%");
  });

  test.each<[number, string]>([
    [0.125, "12,5%"],
    [0.188, "18,8%"],
    [54896000 / 150000000, "36,6%"],
    [12.345, "1.234,5%"],
  ])("%d → %s", (ratio, text) => {
    expect(formatPercent(ratio)).toBe(text);
  });

  test("fixed digits after the comma, no '-0,0'", () => {
    expect(formatDecimal(54.04)).toBe("54,0");
    expect(formatDecimal(2, 2)).toBe("2,00");
    expect(formatDecimal(-0.01)).toBe("0,0");
    expect(formatDecimal(-3.25, 1)).toBe("-3,3");
  });
});

describe("counts", () => {
  test("counts under 10 get two digits by default: 05 video, 03 chuyên mục", () => {
    expect(formatCount(5)).toBe("05");
    expect(formatCount(3)).toBe("03");
    expect(formatCount(9)).toBe("09");
  });

  test("zero, two-digit and large counts are not padded", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(10)).toBe("10");
    expect(formatCount(242)).toBe("242");
    expect(formatCount(9933)).toBe("9.933");
  });

  test("padding can be turned off", () => {
    expect(formatCount(5, { padSmall: false })).toBe("5");
  });
});

describe("money and qualified figures", () => {
  test("money in đồng", () => {
    expect(formatMoney(150000000)).toBe("150.000.000 đồng");
    expect(formatMoney(54896000)).toBe("54.896.000 đồng");
    expect(formatMoney(8620000)).toBe("8.620.000 đồng");
  });

  test("qualifiers precede the figure", () => {
    expect(formatQualified(4000, "gần")).toBe("gần 4.000");
    expect(formatQualified(480000, "trên")).toBe("trên 480.000");
    expect(formatQualified(1486580, "trên")).toBe("trên 1.486.580");
    expect(formatQualified(303, "hơn")).toBe("hơn 303");
    expect(formatQualified(453)).toBe("453");
    expect(formatQualified(4, null)).toBe("04");
  });
});
