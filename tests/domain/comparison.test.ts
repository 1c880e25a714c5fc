import { comparisonClause, computeChange } from "../../src/domain/comparison";

describe("change against the prior period", () => {
  test("year 2020 vs 2019: 781 vs 507 documents is 274 more, 54,0%", () => {
    const change = computeChange(781, 507);
    expect(change.direction).toBe("up");
    expect(change.difference).toBe(274);
    expect(change.ratio).toBeCloseTo(0.5404, 4);
    expect(comparisonClause({ value: 781 }, { value: 507 }, "văn bản", "năm 2019")).toBe("tăng 274 văn bản (54,0%) so với năm 2019");
  });

  test("a decrease says 'giảm' with a positive difference", () => {
    expect(computeChange(203, 250)).toEqual({ direction: "down", difference: 47, ratio: 0.188 });
    expect(comparisonClause({ value: 203 }, { value: 250 }, "tin, bài", "cùng kỳ năm 2020")).toBe(
      "giảm 47 tin, bài (18,8%) so với cùng kỳ năm 2020",
    );
    expect(comparisonClause({ value: 9933 }, { value: 11240 }, "lượt truy cập", "cùng kỳ năm 2020")).toBe(
      "giảm 1.307 lượt truy cập (11,6%) so với cùng kỳ năm 2020",
    );
  });

  test("unchanged", () => {
    expect(computeChange(5, 5)).toEqual({ direction: "same", difference: 0, ratio: 0 });
    expect(comparisonClause({ value: 5 }, { value: 5 }, "video", "cùng kỳ năm 2020")).toBe("bằng cùng kỳ năm 2020");
  });

  test("no percentage when the prior figure was zero", () => {
    expect(computeChange(12, 0)).toEqual({ direction: "up", difference: 12 });
    expect(comparisonClause({ value: 12 }, { value: 0 }, "ảnh", "năm 2019")).toBe("tăng 12 ảnh so với năm 2019");
  });

  test("a small difference is written as a count", () => {
    expect(comparisonClause({ value: 8 }, { value: 3 }, "chuyên mục", "quý II năm 2022")).toBe(
      "tăng 05 chuyên mục (166,7%) so với quý II năm 2022",
    );
  });

  test("approximate figures quote the prior figure instead of a difference", () => {
    expect(comparisonClause({ value: 4512 }, { value: 4000, qualifier: "gần" }, "lượt truy cập", "năm 2019")).toBe(
      "(năm 2019: gần 4.000 lượt truy cập)",
    );
    expect(comparisonClause({ value: 1486580, qualifier: "trên" }, { value: 1200000 }, "lượt truy cập", "năm 2020")).toBe(
      "(năm 2020: 1.200.000 lượt truy cập)",
    );
  });
});
