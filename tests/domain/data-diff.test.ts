import { describeDataChanges, diffReportData } from "../../src/domain/data-diff";
import { exampleData } from "../helpers/report-fixtures";

// What a refresh changes, in her words: said before figures from an address overwrite the report's.

describe("describeDataChanges", () => {
  it("names each changed figure with its old and new value, and nothing when nothing changed", () => {
    const before = exampleData();
    expect(describeDataChanges(before, exampleData())).toEqual([]);
    const after = exampleData();
    after.metrics.tin_bai = 260;
    after.metrics.video = { value: 30, qualifier: "hơn" };
    after.metrics.rieng = { value: 4, label: "cuộc thi" };
    expect(describeDataChanges(before, after)).toEqual(
      expect.arrayContaining(["Tin, bài: 242 → 260", expect.stringMatching(/^Video.*: .* → hơn 30$/), "cuộc thi: không có → 4"]),
    );
  });

  it("says a new period and counts changed table rows, naming the first three", () => {
    const before = exampleData();
    const after = exampleData();
    after.period = { kind: "year", year: 2021 };
    const rows = after.contributors![0]!.rows;
    rows.forEach((r) => (r.months = r.months.map((m) => (m ?? 0) + 1)));
    const lines = describeDataChanges(before, after);
    expect(lines[0]).toBe("Kỳ báo cáo: 6 tháng đầu năm 2021 → năm 2021");
    const changed = diffReportData(before, after).rows.length;
    expect(lines.at(-1)).toMatch(
      new RegExp(`^Bảng phụ lục: ${changed} hàng thay đổi \\(.+; .+; .+${changed > 3 ? ` và ${changed - 3} hàng khác` : ""}\\)$`),
    );
  });

  it("writes money as the report does", () => {
    const before = exampleData();
    const after = exampleData();
    after.budget = { ...(after.budget ?? {}), spent: 12_500_000 };
    expect(describeDataChanges(before, after).some((l) => /^Kinh phí đã chi: .* → 12\.500\.000 đồng$/.test(l))).toBe(true);
  });
});
