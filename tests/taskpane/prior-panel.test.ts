import { extractPriorReport, type PriorReportExtract } from "../../src/sources/prior-report";
import { composeData } from "../../src/taskpane/compose-data";
import { makeReport } from "../../src/taskpane/engine";
import { extractStoredData } from "../../src/taskpane/prior-source";
import { candidatePriorPeriods, chosenFigures, defaultTicks, priorRows } from "../../src/taskpane/prior-rows";
import { initialState, paneChoices, reducer } from "../../src/taskpane/state";
import { validateReportData } from "../../src/sources/data-file";
import type { ReportData } from "../../src/domain/report-data";
import { exampleData, HAND_WRITTEN, HAND_WRITTEN_NO_PERIOD, lastPeriodDocx, secondHalfData } from "./prior-panel-fixtures";

// "Lấy số liệu kỳ trước" below the React layer: what the list shows, what a tick turns into, and what the report
// says once the ticked figures are applied through the same validation as every other choice of the pane.

async function read(bytes: Uint8Array, name: string): Promise<PriorReportExtract> {
  const result = await extractPriorReport(bytes, name);
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

const text = (s: string) => new TextEncoder().encode(s);

function reportText(data: ReportData, choices: Parameters<typeof makeReport>[1]): string {
  const made = makeReport(data, choices, "vi");
  if (!made.ok) throw new Error(made.problems.map((p) => `${p.path}: ${p.message}`).join("; "));
  return made.previewHtml;
}

describe("the list of last period's figures", () => {
  test("a report made by the engine: every figure, named by the catalogue, formatted, from the embedded data, ticked", async () => {
    const extract = await read(await lastPeriodDocx(), "bao-cao-6-thang-dau-2021.docx");
    const rows = priorRows(extract);
    expect(rows.map((r) => [r.key, r.noun, r.shown])).toEqual([
      ["tin_bai", "tin, bài", "242"],
      ["van_ban", "văn bản", "213"],
      ["chuyen_muc", "chuyên trang, chuyên mục mới", "3"],
      ["luot_truy_cap", "lượt truy cập", "9.933"],
      ["luot_truy_cap_luy_ke", "lượt truy cập (lũy kế)", "96.811"],
    ]);
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set(["dữ liệu nhúng trong báo cáo"]));
    expect([...defaultTicks(extract)].sort()).toEqual(rows.map((r) => r.key).sort());
  });

  test("a hand-written report: each figure with its own sentence and qualifier; the unplaceable one is not a row", async () => {
    const extract = await read(text(HAND_WRITTEN), "bao-cao-kbang.txt");
    const rows = priorRows(extract);
    expect(rows.map((r) => [r.key, r.shown])).toEqual([
      ["tin_bai", "318"],
      ["anh", "605"],
      ["van_ban_chi_dao", "174"],
      ["luot_truy_cap", "khoảng 12.000"],
    ]);
    expect(rows.find((r) => r.key === "luot_truy_cap")!.source).toBe("- Trang ghi nhận khoảng 12.000 lượt truy cập trong kỳ.");
    expect(extract.unmapped.map((u) => [u.value, u.noun])).toEqual([[9, "bản tin nội bộ"]]);
    expect(defaultTicks(extract).size).toBe(4);
  });

  test("when the report's period was not found nothing is ticked, and the choices offered are the previous period and last year's", async () => {
    const extract = await read(text(HAND_WRITTEN_NO_PERIOD), "khong-ro-ky.txt");
    expect(extract.period).toBeNull();
    expect(defaultTicks(extract).size).toBe(0);
    expect(candidatePriorPeriods({ kind: "half", year: 2021, index: 2 })).toEqual([
      { kind: "half", year: 2021, index: 1 },
      { kind: "half", year: 2020, index: 2 },
    ]);
    // A whole year's previous period is last year: offered once.
    expect(candidatePriorPeriods({ kind: "year", year: 2022 })).toEqual([{ kind: "year", year: 2021 }]);
  });

  test("only the ticked figures are handed on, with their qualifier", async () => {
    const extract = await read(text(HAND_WRITTEN), "bao-cao-kbang.txt");
    expect(chosenFigures(extract, new Set(["tin_bai", "luot_truy_cap"]))).toEqual([
      { key: "tin_bai", value: 318, qualifier: null },
      { key: "luot_truy_cap", value: 12_000, qualifier: "khoảng" },
    ]);
  });
});

describe("applying them", () => {
  test("ticked figures become the comparison; the unticked one gets none", async () => {
    const extract = await read(await lastPeriodDocx(), "ky-truoc.docx");
    const ticked = defaultTicks(extract);
    ticked.delete("van_ban");
    const html = reportText(secondHalfData(), { prior: { period: extract.period!, figures: chosenFigures(extract, ticked) } });
    expect(html).toContain("275 tin, bài, tăng 33 tin, bài (13,6%) so với 6 tháng đầu năm 2021");
    expect(html).toContain("11.020 lượt truy cập, tăng 1.087 lượt truy cập (10,9%) so với 6 tháng đầu năm 2021");
    expect(html).toContain("190 văn bản");
    expect(html).not.toMatch(/190 văn bản[^.;]*so với/);
    // Without the pane's choice the file (which has no prior) compares with nothing.
    expect(reportText(secondHalfData(), {})).not.toContain("so với");
  });

  test("a qualified prior figure is quoted, not subtracted", async () => {
    const extract = await read(text(HAND_WRITTEN), "bao-cao-kbang.txt");
    const html = reportText(secondHalfData(), {
      prior: { period: extract.period!, figures: chosenFigures(extract, new Set(["luot_truy_cap"])) },
    });
    expect(html).toContain("(6 tháng đầu năm 2021: khoảng 12.000 lượt truy cập)");
  });

  test("the applied figures replace the file's own prior ones", async () => {
    const data = exampleData();
    const html = reportText(data, {
      prior: { period: { kind: "half", year: 2020, index: 2 }, figures: [{ key: "tin_bai", value: 200, qualifier: null }] },
    });
    expect(html).toContain("tăng 42 tin, bài (21,0%) so với 6 tháng cuối năm 2020");
    expect(html).not.toContain("cùng kỳ năm 2020");
  });

  test("a prior period that does not end before this one is refused by the engine, in Vietnamese, at prior.period", async () => {
    const extract = await read(await lastPeriodDocx(), "ky-truoc.docx");
    const made = makeReport(
      exampleData(),
      { prior: { period: extract.period!, figures: chosenFigures(extract, defaultTicks(extract)) } },
      "vi",
    );
    expect(made.ok).toBe(false);
    if (!made.ok)
      expect(made.problems).toContainEqual({ path: "prior.period", message: "kỳ so sánh phải kết thúc trước khi kỳ báo cáo bắt đầu." });
  });

  test("last period's units seed this period's table: same names and groups, empty months of the period chosen now", async () => {
    const extract = await read(await lastPeriodDocx(), "ky-truoc.docx");
    const { contributors: _c, ...withoutTable } = secondHalfData();
    void _c;
    const seeded = composeData(withoutTable, { contributorSeed: extract.contributors! }) as ReportData;
    expect(seeded.contributors!.map((g) => g.group)).toEqual(exampleData().contributors!.map((g) => g.group));
    expect(seeded.contributors![0]!.rows[1]).toEqual({ name: "Công an huyện", months: [null, null, null, null, null, null] });
    expect(validateReportData(seeded).ok).toBe(true);
    // A quarter chosen afterwards gets three empty months, not the six of the period at seeding time.
    const quarter = composeData(withoutTable, {
      period: { kind: "quarter", year: 2021, index: 4 },
      contributorSeed: extract.contributors!,
    }) as ReportData;
    expect(quarter.contributors![1]!.rows[0]!.months).toEqual([null, null, null]);
    expect(makeReport(withoutTable, { contributorSeed: extract.contributors! }, "vi").ok).toBe(true);
  });
});

describe("the open document's stored data", () => {
  test("is listed like a picked report", () => {
    const read = extractStoredData(JSON.stringify(exampleData()));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.report.period).toEqual({ kind: "half", year: 2021, index: 1 });
    expect(priorRows(read.report).map((r) => [r.key, r.shown])).toContainEqual(["luot_truy_cap", "9.933"]);
    expect(read.report.contributors).toHaveLength(2);
  });

  test("that is not JSON, or not data format v1, gives a Vietnamese message naming the problem", () => {
    const broken = extractStoredData('{ "version": 1,');
    expect(broken).toEqual({ ok: false, message: expect.stringContaining("không phải JSON hợp lệ") });
    const invalid = extractStoredData(JSON.stringify({ ...exampleData(), metrics: { tin_bai: -1 } }));
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) expect(invalid.message).toContain("metrics.tin_bai");
  });
});

describe("pane state", () => {
  test("applied figures and seeded units are pane choices: kept when a corrected data file is loaded, dropped on request", () => {
    let state = initialState("vi", [], null);
    const prior = {
      period: { kind: "half", year: 2021, index: 1 } as const,
      figures: [{ key: "tin_bai", value: 242, qualifier: null }],
      from: "“a.docx”",
    };
    state = reducer(state, { type: "prior", prior, notice: { kind: "ok", text: "ok" } });
    state = reducer(state, { type: "loaded", loaded: { data: secondHalfData(), source: "b.json" }, notice: { kind: "ok", text: "ok" } });
    expect(paneChoices(state).prior).toEqual({ period: prior.period, figures: prior.figures });
    state = reducer(state, { type: "prior", prior: null, notice: { kind: "ok", text: "bỏ" } });
    expect(paneChoices(state).prior).toBeUndefined();
  });
});

test("files that are not a report are refused with a Vietnamese message", async () => {
  const pdf = await extractPriorReport(text("%PDF-1.7 ..."), "bao-cao.pdf");
  expect(pdf).toEqual({ ok: false, message: expect.stringContaining("PDF") });
  const json = await extractPriorReport(text(JSON.stringify(exampleData())), "so-lieu.json");
  expect(json).toEqual({ ok: false, message: expect.stringContaining("chỉ đọc được báo cáo dạng .docx") });
});
