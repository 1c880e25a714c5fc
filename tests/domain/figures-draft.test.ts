import { composeFigures, customMetricKey, draftFromData, emptyDraft, tableTotals } from "../../src/domain/figures-draft";
import { pasteIntoTable } from "../../src/sources/spreadsheet/paste-block";
import { validateReportData } from "../../src/sources/data-file";
import { exampleData } from "../helpers/report-fixtures";

const H1_2026 = { kind: "half", year: 2026, index: 1 } as const;

test("typed figures become data format v1: qualifiers, compared values, budget, table, texts", () => {
  const d = emptyDraft();
  d.metrics.tin_bai = { value: "1.225", qualifier: "", prior: "1 100" };
  d.metrics.luot_truy_cap = { value: "3.500.000", qualifier: "trên", prior: "" };
  d.custom = [{ label: "Bài viết tiếng Jrai", value: "12", prior: "" }];
  d.budget = { allocated: "150.000.000", spent: "54.896.000 đồng", items: [{ label: "Nhuận bút", amount: "40.000.000" }] };
  d.texts.tasks = "Duy trì hoạt động\n\n  Nâng cao chất lượng tin, bài  ";
  d.table = [
    {
      name: "CÁC ĐƠN VỊ",
      rows: [
        { name: "Phòng A", months: ["1", "", "3", "", "", "2"] },
        { name: "", months: ["", "", "", "", "", ""] },
      ],
    },
  ];
  const c = composeFigures(d, H1_2026, 6);
  expect(c.problems).toEqual([]);
  expect(c.metrics).toEqual({
    tin_bai: 1225,
    luot_truy_cap: { value: 3500000, qualifier: "trên" },
    bai_viet_tieng_jrai: { value: 12, label: "Bài viết tiếng Jrai" },
  });
  expect(c.prior).toEqual({ period: { kind: "half", year: 2025, index: 1 }, metrics: { tin_bai: 1100 } });
  expect(c.budget).toEqual({ allocated: 150000000, spent: 54896000, items: [{ label: "Nhuận bút", amount: 40000000 }] });
  expect(c.contributors).toEqual([{ group: "CÁC ĐƠN VỊ", rows: [{ name: "Phòng A", months: [1, 0, 3, 0, 0, 2] }] }]);
  expect(c.text).toEqual({ tasks: ["Duy trì hoạt động", "Nâng cao chất lượng tin, bài"] });
  const data = { version: 1, unit: exampleData().unit, report: { date: "2026-06-26" }, period: H1_2026, ...c };
  delete (data as { problems?: unknown }).problems;
  expect(validateReportData(data).ok).toBe(true);
});

test("what cannot be read is named at its field, in her words", () => {
  const d = emptyDraft();
  d.metrics.van_ban.value = "-5";
  d.metrics.anh.prior = "12,5";
  d.table = [{ name: "", rows: [{ name: "Phòng A", months: ["x"] }] }];
  const c = composeFigures(d, H1_2026, 6);
  expect(c.problems.map((p) => [p.field, p.message])).toEqual([
    ["prior:anh", expect.stringMatching(/^Ảnh \(kỳ so sánh\): phải là số nguyên/)],
    ["metric:van_ban", "Văn bản: phải là số không âm — bạn nhập -5"],
    ["table:0:0:0", expect.stringMatching(/^Phòng A, tháng thứ 1: chỉ gồm chữ số/)],
  ]);
});

test("a data file's comparison keeps its own period, whatever period is chosen now", () => {
  const file = exampleData();
  const d = draftFromData(file);
  expect(d.priorPeriod).toEqual(file.prior!.period);
  expect(composeFigures(d, { kind: "half", year: 2022, index: 1 }, 6).prior!.period).toEqual(file.prior!.period);
  expect(d.metrics.tin_bai).toEqual({ value: "242", qualifier: "", prior: "210" });
  expect(d.table[0]!.rows[0]!.months).toEqual(["22", "7", "9", "18", "24", ""]);
});

test("totals as she types, unreadable cells counting as nothing", () => {
  const t = tableTotals(
    [
      {
        name: "A",
        rows: [
          { name: "x", months: ["1", "2"] },
          { name: "y", months: ["3", "z"] },
        ],
      },
    ],
    2,
  );
  expect(t).toEqual({ rows: [[3, 3]], months: [4, 2], grand: 6 });
});

test("her own figure's key is tag-safe and never a catalogue key", () => {
  expect(customMetricKey("Văn bản", new Set())).toBe("van_ban".replace("van_ban", "rieng_van_ban"));
  expect(customMetricKey("Đường dây nóng", new Set(["duong_day_nong"]))).toBe("duong_day_nong_2");
  expect(customMetricKey("2025", new Set())).toBe("so_lieu_2025");
});

test("cells pasted at a cell fill the grid from there, adding rows; a pasted appendix replaces the table", () => {
  const table = [{ name: "NHÓM", rows: [{ name: "Phòng A", months: ["", "", ""] }] }];
  const cells = pasteIntoTable(table, "5\t6\n7\t8\n9\t10", { group: 0, row: 0, column: 1 }, 3);
  expect(cells.kind).toBe("cells");
  expect(cells.table[0]!.rows.map((r) => [r.name, r.months])).toEqual([
    ["Phòng A", ["5", "6", ""]],
    ["", ["7", "8", ""]],
    ["", ["9", "10", ""]],
  ]);
  const appendix = pasteIntoTable(table, "STT\tTên đơn vị\tT1\tT2\tT3\n1\tPhòng B\t1\t2\t3", { group: 0, row: 0, column: 0 }, 3);
  expect(appendix).toMatchObject({ kind: "table", units: 1, groups: 1, table: [{ rows: [{ name: "Phòng B", months: ["1", "2", "3"] }] }] });
});
