import { buildReport } from "../../src/domain/build-report";
import { seedContributors, withPriorFigures } from "../../src/domain/prior-figures";
import { buildDocx } from "../../src/render/docx-package";
import { extractPriorReport } from "../../src/sources/prior-report";
import { validateReportData } from "../../src/sources/data-file";
import type { ReportData } from "../../src/domain/report-data";
import { exampleData } from "../helpers/report-fixtures";

const statText = (data: ReportData, tag: string) => {
  const block = buildReport(data).blocks.find((b) => b.tag === tag)!;
  return block.content.kind === "paragraphs" ? block.content.paragraphs.map((p) => p.runs.map((r) => r.text).join("")).join(" ") : "";
};

test("last period's report, read back, gives this period its comparisons", async () => {
  // Last period: the 6-month report of 2021, as the add-in made it.
  const last = await buildDocx(buildReport(exampleData()));
  const extracted = await extractPriorReport(last, "bao-cao-6-thang-2021.docx");
  if (!extracted.ok) throw new Error(extracted.message);
  const { period, metrics } = extracted.report;

  // This period: the second half of 2021, with its own figures and no prior yet.
  const year: ReportData = {
    ...exampleData(),
    period: { kind: "half", year: 2021, index: 2 },
    report: { number: "09", date: "2021-12-28" },
  };
  delete year.prior;
  delete year.contributors;
  year.metrics = { tin_bai: 520, luot_truy_cap: 19000 };
  // The secretary ticks two figures; the visits are left out.
  const chosen = ["tin_bai", "van_ban"].map((key) => ({ key, value: metrics[key]!.value, qualifier: metrics[key]!.qualifier }));
  const next = withPriorFigures(year, period!, chosen);
  expect(next.prior).toEqual({ period: { kind: "half", year: 2021, index: 1 }, metrics: { tin_bai: 242, van_ban: 213 } });
  expect(statText(next, "soanbaocao:stat:tin_bai")).toContain("520 tin, bài, tăng 278 tin, bài (114,9%) so với 6 tháng đầu năm 2021");
  expect(statText(next, "soanbaocao:stat:luot_truy_cap")).not.toContain("so với");
  expect(validateReportData(JSON.parse(JSON.stringify(next))).ok).toBe(true);
  expect(withPriorFigures(next, period!, []).prior).toBeUndefined();
});

test("last period's table seeds this period's rows: same units, empty months", () => {
  const seeded = seedContributors(exampleData().contributors!, { kind: "half", year: 2021, index: 2 });
  expect(seeded.map((g) => g.group)).toEqual(["CÁC ĐƠN VỊ THUỘC BAN BIÊN TẬP", "CÁC ĐƠN VỊ CỘNG TÁC GỬI TIN BÀI"]);
  expect(seeded[0]!.rows[0]).toEqual({ name: "Trung tâm Văn hóa, Thông tin và Thể thao", months: [null, null, null, null, null, null] });
  expect(seededWidth({ kind: "year", year: 2022 })).toBe(12);
  function seededWidth(p: Parameters<typeof seedContributors>[1]) {
    return seedContributors(exampleData().contributors!, p)[1]!.rows[3]!.months.length;
  }
});
