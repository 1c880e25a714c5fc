import { readFileSync } from "fs";
import { join } from "path";
import { buildContributorTable, monthHeading, needsLandscape, unitsWithoutArticles } from "../../src/domain/contributor-table";
import { periodMonths, type Period } from "../../src/domain/period";
import type { ContributorGroup } from "../../src/domain/report-data";

// The appendix of seed 003 (Đak Đoa, 6 tháng đầu năm 2021), as the example data file holds it.
const example = JSON.parse(readFileSync(join(__dirname, "../../examples/dak-doa-6-thang-2021.json"), "utf8")) as {
  contributors: ContributorGroup[];
};
const half1: Period = { kind: "half", year: 2021, index: 1 };

describe("contributor table of Đak Đoa, 6 tháng đầu năm 2021", () => {
  const table = buildContributorTable(half1, example.contributors);

  test("month totals 34 37 52 58 56 5 add up to 242", () => {
    expect(table.monthTotals).toEqual([34, 37, 52, 58, 56, 5]);
    expect(table.grandTotal).toBe(242);
  });

  test("group totals: 204 from the board's units, 38 from collaborators", () => {
    expect(table.groups.map((g) => [g.numeral, g.total])).toEqual([
      ["I", 204],
      ["II", 38],
    ]);
    expect(table.groups[0]!.monthTotals).toEqual([33, 30, 39, 48, 50, 4]);
    expect(table.groups[1]!.monthTotals).toEqual([1, 7, 13, 10, 6, 1]);
  });

  test("row totals", () => {
    const byName = new Map(table.groups.flatMap((g) => g.rows).map((r) => [r.name, r.total]));
    expect(byName.get("Trung tâm Văn hóa, Thông tin và Thể thao")).toBe(80);
    expect(byName.get("Công an huyện")).toBe(39);
    expect(byName.get("Huyện Đoàn")).toBe(9);
    expect(byName.get("TT. Bồi dưỡng chính trị")).toBe(1);
  });

  test("STT runs 1..16 without the seed's gap after 13, and restarts in group II", () => {
    expect(table.groups[0]!.rows.map((r) => r.stt)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(table.groups[1]!.rows.map((r) => r.stt)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test("the five units with no article, in table order", () => {
    expect(unitsWithoutArticles(table)).toEqual([
      "Phòng Tài chính - Kế hoạch",
      "Phòng Dân tộc",
      "Thanh tra huyện",
      "Phòng Lao động - TBXH huyện",
      "Văn phòng Huyện ủy",
    ]);
  });

  test("six months fit portrait; headings 'Tháng 1' … 'Tháng 6'", () => {
    expect(needsLandscape(table)).toBe(false);
    expect(table.months.map((m) => monthHeading(m, table.months))).toEqual([
      "Tháng 1",
      "Tháng 2",
      "Tháng 3",
      "Tháng 4",
      "Tháng 5",
      "Tháng 6",
    ]);
  });
});

describe("table arithmetic on other shapes", () => {
  test("null and missing months count as zero", () => {
    const table = buildContributorTable({ kind: "quarter", year: 2022, index: 3 }, [
      {
        group: "CÁC PHÒNG",
        rows: [
          { name: "Phòng Nội vụ", months: [null, 2, null] },
          { name: "Phòng Tư pháp", months: [1] },
        ],
      },
    ]);
    expect(table.groups[0]!.rows.map((r) => r.months)).toEqual([
      [0, 2, 0],
      [1, 0, 0],
    ]);
    expect(table.monthTotals).toEqual([1, 2, 0]);
    expect(table.grandTotal).toBe(3);
    expect(unitsWithoutArticles(table)).toEqual([]);
  });

  test("more than six months needs a landscape page", () => {
    const nine: Period = { kind: "nine-months", year: 2021 };
    const table = buildContributorTable(nine, [{ group: "A", rows: [{ name: "X", months: [1, 1, 1, 1, 1, 1, 1, 1, 1] }] }]);
    expect(needsLandscape(table)).toBe(true);
    expect(table.grandTotal).toBe(9);
  });

  test("a table spanning two years names the year in each heading", () => {
    const months = periodMonths({ kind: "range", from: "2023-11", to: "2024-02" });
    expect(months.map((m) => monthHeading(m, months))).toEqual(["Tháng 11/2023", "Tháng 12/2023", "Tháng 1/2024", "Tháng 2/2024"]);
  });

  test("groups are numbered I, II, III", () => {
    const table = buildContributorTable({ kind: "month", year: 2021, index: 10 }, [
      { group: "A", rows: [] },
      { group: "B", rows: [] },
      { group: "C", rows: [{ name: "Y", months: [4] }] },
    ]);
    expect(table.groups.map((g) => g.numeral)).toEqual(["I", "II", "III"]);
    expect(table.groups.map((g) => g.total)).toEqual([0, 0, 4]);
  });
});
