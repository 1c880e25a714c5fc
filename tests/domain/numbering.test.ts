import { formatNumber, fromRoman, nextNumberPath, parseHeadingNumber, toLetter, toRoman } from "../../src/domain/numbering";

describe("Roman numerals for sections", () => {
  test.each<[number, string]>([
    [1, "I"],
    [2, "II"],
    [3, "III"],
    [4, "IV"],
    [5, "V"],
    [9, "IX"],
    [14, "XIV"],
    [40, "XL"],
    [2024, "MMXXIV"],
  ])("%d ↔ %s", (n, roman) => {
    expect(toRoman(n)).toBe(roman);
    expect(fromRoman(roman)).toBe(n);
  });

  test("lower case is read; non-canonical forms and non-numerals are not", () => {
    expect(fromRoman("iv")).toBe(4);
    expect(fromRoman("IIII")).toBeNull();
    expect(fromRoman("VX")).toBeNull();
    expect(fromRoman("BÁO")).toBeNull();
  });

  test("0 and fractions have no Roman numeral", () => {
    expect(() => toRoman(0)).toThrow(RangeError);
    expect(() => toRoman(1.5)).toThrow(RangeError);
  });
});

describe("labels by level: I. → 1. → 2.1. → a)", () => {
  test("each level's label", () => {
    expect(formatNumber([1])).toBe("I.");
    expect(formatNumber([3])).toBe("III.");
    expect(formatNumber([1, 2])).toBe("2.");
    expect(formatNumber([1, 2, 1])).toBe("2.1.");
    expect(formatNumber([1, 2, 1, 1])).toBe("a)");
    expect(formatNumber([1, 2, 1, 2])).toBe("b)");
  });

  test("points follow the Vietnamese alphabet: d) đ) e) g), no f)", () => {
    expect([4, 5, 6, 7].map(toLetter)).toEqual(["d", "đ", "e", "g"]);
    expect(formatNumber([1, 1, 1, 5])).toBe("đ)");
    expect(toLetter(23)).toBe("y");
    expect(toLetter(24)).toBe("aa");
  });

  test("an empty path has no label", () => {
    expect(() => formatNumber([])).toThrow(RangeError);
  });
});

describe("reading heading numbers", () => {
  test.each<[string, { level: number; values: number[] } | null]>([
    ["II. ĐÁNH GIÁ CHUNG", { level: 1, values: [2] }],
    ["III/ CÁC ĐƠN VỊ KHÁC", { level: 1, values: [3] }],
    ["IV.", { level: 1, values: [4] }],
    ["1. Ưu điểm", { level: 2, values: [1] }],
    ["2.Hạn chế:", { level: 2, values: [2] }],
    ["2.1. Thuận lợi", { level: 3, values: [2, 1] }],
    ["2.3 Khó khăn", { level: 3, values: [2, 3] }],
    ["a) Tin, bài", { level: 4, values: [1] }],
    ["đ) Văn bản", { level: 4, values: [5] }],
    ["e) Lượt truy cập", { level: 4, values: [6] }],
    ["- Cập nhật văn bản", null],
    ["Trên đây là báo cáo", null],
    ["2021 là năm đầu", null],
    ["15/01/2019 ban hành", null],
    ["f) không phải chữ cái tiếng Việt", null],
  ])("%s", (text, expected) => {
    expect(parseHeadingNumber(text)).toEqual(expected);
  });
});

describe("the number a new heading gets", () => {
  test("the first section is I.", () => {
    expect(formatNumber(nextNumberPath([], 1))).toBe("I.");
  });

  test("II. follows I., and 3. follows 2. in the same section", () => {
    const doc = ["I. Kết quả", "1. Tin, bài", "2. Văn bản"];
    expect(formatNumber(nextNumberPath(doc, 1))).toBe("II.");
    expect(formatNumber(nextNumberPath(doc, 2))).toBe("3.");
  });

  test("2.1. follows 2., then 2.2., then a) under it", () => {
    expect(formatNumber(nextNumberPath(["I. Kết quả", "1. Tin, bài", "2. Văn bản"], 3))).toBe("2.1.");
    expect(formatNumber(nextNumberPath(["I. Kết quả", "2. Văn bản", "2.1. Chỉ đạo"], 3))).toBe("2.2.");
    expect(formatNumber(nextNumberPath(["I. Kết quả", "2. Văn bản", "2.1. Chỉ đạo"], 4))).toBe("a)");
    expect(formatNumber(nextNumberPath(["2.1. Chỉ đạo", "a) Tỉnh", "b) Huyện", "c) Xã", "d) Sở"], 4))).toBe("đ)");
  });

  test("numbering restarts under a new parent", () => {
    expect(formatNumber(nextNumberPath(["I. Kết quả", "1. Tin, bài", "2. Văn bản", "II. Đánh giá"], 2))).toBe("1.");
    expect(formatNumber(nextNumberPath(["1. Tin", "2. Văn bản", "2.1. Chỉ đạo", "3. Truy cập"], 3))).toBe("3.1.");
  });

  test("text between headings and unnumbered lines are ignored", () => {
    expect(formatNumber(nextNumberPath(["BÁO CÁO", "I. Kết quả", "- đã đăng tải", "Trên đây là báo cáo"], 1))).toBe("II.");
  });

  // Seed 001 has two sections "II." in a row (the second should have been III.). A new section continues
  // from the last number the reader sees, so it becomes III. — not a second III. computed by counting sections,
  // and not another II.
  test("after a duplicated II. the next section is III.", () => {
    const doc = ["I. Đặc điểm", "II. Kết quả", "1. Cổng tỉnh", "2. Trang thành phần", "II. Nhận xét", "1. Thuận lợi", "2. Hạn chế"];
    expect(formatNumber(nextNumberPath(doc, 1))).toBe("III.");
    expect(formatNumber(nextNumberPath(doc, 2))).toBe("3.");
    expect(formatNumber(nextNumberPath([...doc, "III. Phương hướng"], 1))).toBe("IV.");
  });
});
