import { readFileSync } from "node:fs";
import * as path from "node:path";
import { parseReportData } from "../../src/sources/data-file";
import type { ReportData, UnitProfile } from "../../src/domain/report-data";
import { periodLabel } from "../../src/domain/period";
import { composeData, overrides } from "../../src/taskpane/compose-data";
import { loadUnits, saveUnits, unitKey, upsertUnit, UNITS_KEY } from "../../src/taskpane/unit-store";
import { makeReport, readUnitFile, validateUnit } from "../../src/taskpane/engine";
import { liveLabels, switchKind } from "../../src/domain/period-choice";
import { unitFromForm, formFromUnit } from "../../src/taskpane/unit-profile-panel";
import { watchHost } from "../../src/taskpane/host";

const EXAMPLE = path.resolve(__dirname, "../../examples/dak-doa-6-thang-2021.json");

function example(): ReportData {
  const parsed = parseReportData(readFileSync(EXAMPLE, "utf8"));
  if (!parsed.ok) throw new Error("example invalid");
  return parsed.data;
}

const OTHER_UNIT: UnitProfile = {
  governingBody: "UBND TỈNH GIA LAI",
  name: "BAN BIÊN TẬP CỔNG THÔNG TIN ĐIỆN TỬ",
  abbreviation: "BBTC",
  place: "Gia Lai",
  site: "Cổng Thông tin điện tử tỉnh",
  signer: { title: "TRƯỞNG BAN", name: "Nguyễn Văn An" },
  recipients: ["UBND tỉnh"],
};

describe("pane choices over the file's data", () => {
  test("unit, period, number, date and as-of chosen in the pane replace the file's; the rest is kept", () => {
    const file = example();
    const out = composeData(file, {
      unit: OTHER_UNIT,
      period: { kind: "half", year: 2022, index: 1 },
      reportNumber: "07",
      reportDate: "2022-07-05",
      asOf: "2022-06-30",
    }) as ReportData;
    expect(out.unit).toEqual(OTHER_UNIT);
    expect(out.period).toEqual({ kind: "half", year: 2022, index: 1 });
    expect(out.report).toEqual({ number: "07", date: "2022-07-05" });
    expect(out.asOf).toBe("2022-06-30");
    expect(out.metrics).toEqual(file.metrics);
    expect(file.unit.abbreviation).toBe("BBT");
  });

  test("empty fields keep the file's values and are not reported as overrides", () => {
    const file = example();
    expect(composeData(file, { reportNumber: "", reportDate: " ", asOf: "" })).toEqual(file);
    expect(overrides(file, { reportNumber: "", asOf: "" }, periodLabel)).toEqual([]);
  });

  test("overrides name what the file said and what the pane will use", () => {
    const found = overrides(example(), { unit: OTHER_UNIT, period: { kind: "year", year: 2021 }, reportNumber: "01" }, periodLabel);
    expect(found).toEqual([
      { field: "unit", file: "BAN BIÊN TẬP TRANG THÔNG TIN ĐIỆN TỬ", pane: "BAN BIÊN TẬP CỔNG THÔNG TIN ĐIỆN TỬ" },
      { field: "period", file: "6 tháng đầu năm 2021", pane: "năm 2021" },
    ]);
  });

  test("a period that no longer fits the table is reported by the engine, naming the field", () => {
    const made = makeReport(example(), { period: { kind: "quarter", year: 2021, index: 2 } }, "vi");
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.problems.map((p) => p.path)).toContain("contributors[0].rows[0].months");
  });

  test("a valid choice builds the report and its preview from the same model", () => {
    const made = makeReport(example(), { unit: OTHER_UNIT, period: { kind: "half", year: 2022, index: 1 } }, "vi");
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.model.data.unit.abbreviation).toBe("BBTC");
    expect(made.previewHtml).toContain("Số: 01/BC-BBTC");
    expect(made.previewHtml).toContain("6 THÁNG ĐẦU NĂM 2022");
  });
});

describe("unit profiles", () => {
  test("typed form → unit: optional fields dropped when empty, recipients one per line", () => {
    const unit = unitFromForm({ ...formFromUnit(OTHER_UNIT), recipients: "UBND tỉnh\n\n  Sở TT&TT  \n", archive: "" });
    expect(unit).toEqual({ ...OTHER_UNIT, recipients: ["UBND tỉnh", "Sở TT&TT"] });
  });

  test("the Party format is kept through the form; the state format is the default and is not written", () => {
    const party = { ...OTHER_UNIT, format: "hd36" as const, signer: { ...OTHER_UNIT.signer, authority: "K/T TRƯỞNG BAN" } };
    expect(formFromUnit(party).format).toBe("hd36");
    expect(unitFromForm(formFromUnit(party))).toEqual(party);
    expect(validateUnit(unitFromForm(formFromUnit(party)))).toEqual({ ok: true, unit: party });
    expect(unitFromForm(formFromUnit(OTHER_UNIT))).not.toHaveProperty("format");
  });

  test("a Party unit's preview shows the Party's header", () => {
    const made = makeReport(example(), { unit: { ...OTHER_UNIT, format: "hd36" } }, "vi");
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.previewHtml).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(made.previewHtml).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(made.previewHtml).toContain("Số 01-BC/BBTC");
  });

  test("validation names the unit's field in the data format's terms", () => {
    const bad = validateUnit({ ...OTHER_UNIT, abbreviation: "bbt", place: "" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.path).sort()).toEqual(["unit.abbreviation", "unit.place"]);
    expect(validateUnit(OTHER_UNIT)).toEqual({ ok: true, unit: OTHER_UNIT });
  });

  test("units come from a data file, a list, or { units }; one bad entry refuses the import and is named", () => {
    expect(readUnitFile(readFileSync(EXAMPLE, "utf8"))).toMatchObject({ ok: true, units: [{ abbreviation: "BBT" }] });
    expect(readUnitFile(JSON.stringify([OTHER_UNIT]))).toEqual({ ok: true, units: [OTHER_UNIT] });
    const bad = readUnitFile(JSON.stringify({ units: [OTHER_UNIT, { ...OTHER_UNIT, signer: { title: "X" } }] }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.path)).toEqual(["units[1].signer.name"]);
    expect(readUnitFile("{not json").ok).toBe(false);
  });

  test("remembered in storage; a damaged store opens empty instead of breaking the pane", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    saveUnits({ units: [OTHER_UNIT], selected: unitKey(OTHER_UNIT) }, storage);
    expect(loadUnits(storage)).toEqual({ units: [OTHER_UNIT], selected: unitKey(OTHER_UNIT) });
    store.set(UNITS_KEY, "{broken");
    expect(loadUnits(storage)).toEqual({ units: [], selected: null });
    store.set(UNITS_KEY, JSON.stringify({ version: 1, units: [{ nope: 1 }, OTHER_UNIT], selected: "gone" }));
    expect(loadUnits(storage)).toEqual({ units: [OTHER_UNIT], selected: null });
  });

  test("editing replaces the profile in place, even when its name changes", () => {
    const a = { ...OTHER_UNIT, abbreviation: "A" };
    const b = { ...OTHER_UNIT, abbreviation: "B" };
    const renamed = { ...a, name: "BAN KHÁC" };
    expect(upsertUnit([a, b], renamed, unitKey(a))).toEqual([renamed, b]);
    expect(upsertUnit([a], b)).toEqual([a, b]);
    expect(upsertUnit([a, b], { ...b, place: "Pleiku" })).toEqual([a, { ...b, place: "Pleiku" }]);
  });
});

describe("period choices", () => {
  test("live labels: the period and the next one, and the summary line", () => {
    expect(liveLabels({ kind: "half", year: 2021, index: 1 }, "Trang thông tin điện tử")).toEqual({
      current: "6 tháng đầu năm 2021",
      next: "6 tháng cuối năm 2021",
      summary: "Tình hình hoạt động Trang thông tin điện tử 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2021",
    });
    expect(liveLabels({ kind: "range", from: "2024-13", to: "2024-02" }, undefined)).toBeNull();
  });

  test("switching the kind keeps the year", () => {
    expect(switchKind("quarter", { kind: "half", year: 2019, index: 2 })).toEqual({ kind: "quarter", year: 2019, index: 1 });
    expect(switchKind("range", { kind: "year", year: 2019 })).toEqual({ kind: "range", from: "2019-01", to: "2019-12" });
  });
});

describe("host detection", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  function fakeDocument(outcome: string | null = null): { doc: Document; script: EventTarget } {
    const script = Object.assign(new EventTarget(), { getAttribute: (name: string) => (name === "data-outcome" ? outcome : null) });
    return { doc: { getElementById: (id: string) => (id === "office-js" ? script : null) } as unknown as Document, script };
  }

  test("office.js failing to load means standalone at once", async () => {
    const { doc, script } = fakeDocument();
    const seen: string[] = [];
    watchHost((k) => seen.push(k), 60_000, doc);
    script.dispatchEvent(new Event("error"));
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(["standalone"]);
  });

  test("office.js that failed before the bundle ran (recorded by the page) means standalone without waiting", async () => {
    const seen: string[] = [];
    watchHost((k) => seen.push(k), 60_000, fakeDocument("error").doc);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(["standalone"]);
  });

  test("Word answering after the wait still switches the pane to Word", async () => {
    const { doc, script } = fakeDocument();
    const seen: string[] = [];
    watchHost((k) => seen.push(k), 1, doc);
    await new Promise((r) => setTimeout(r, 10));
    (globalThis as { Office?: unknown }).Office = { onReady: () => Promise.resolve({ host: "Word" }) };
    script.dispatchEvent(new Event("load"));
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(["standalone", "word"]);
  });

  test("office.js in a plain browser (no host) means standalone", async () => {
    (globalThis as { Office?: unknown }).Office = { onReady: () => Promise.resolve({ host: null }) };
    const seen: string[] = [];
    watchHost((k) => seen.push(k), 60_000, fakeDocument().doc);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(["standalone"]);
  });
});
