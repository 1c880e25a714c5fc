import type { ReportData, UnitProfile } from "../domain/report-data";
import { monthsWhileTyped, type Period } from "../domain/period";
import { liveLabels, switchKind, type PeriodKind } from "../domain/period-choice";
import { draftFromData, emptyDraft, METRIC_KEYS, tableDraftOf, type FiguresDraft } from "../domain/figures-draft";
import { metricFieldLabel } from "../domain/metrics";
import { toRoman } from "../domain/numbering";
import { makeReport, parseReportData, problemLine, readUnitFile } from "../taskpane/engine";
import { STRINGS } from "../taskpane/i18n";
import { insertOutcome } from "../taskpane/insert-outcome";
import { loadUnits, saveUnits, unitKey, upsertUnit } from "../taskpane/unit-store";
import { readContributorSheet } from "../sources/spreadsheet/contributor-sheet";
import { insertWholeReport } from "../word/insert-report";
import { refreshReport } from "../word/refresh-report";
import { readStoredReport } from "../word/report-store";
import { describeWordError } from "../word/word-errors";
import { clear, el, field, readBytes, setText } from "./dom";
import { readTextFile } from "../taskpane/file-text";
import { rowCount } from "../taskpane/prior-text";
import { sheetProblems } from "../taskpane/sheet-outcome";
import { LEGACY } from "./legacy-strings";

// The legacy pane: the core flow of the modern one in plain DOM, for the Trident and EdgeHTML webviews of Office
// 2016/2019 (src/legacy-pane/choose-bundle.js decides). Every rule, sentence and message comes from the same
// src/domain, src/sources, src/word and the modern pane's strings; this file only draws fields and wires them.

const t = STRINGS.vi;

interface State {
  units: UnitProfile[];
  /** unitKey of the chosen unit; "" = the data file's. */
  unit: string;
  /** null = the data file's period. */
  period: Period | null;
  reportNumber: string;
  reportDate: string;
  file: ReportData | null;
  /** The file's name, remembered in the document as the data's source. */
  source: string | undefined;
  figures: FiguresDraft;
}

const KINDS: { kind: PeriodKind; label: string }[] = [
  { kind: "month", label: t.kindMonth },
  { kind: "quarter", label: t.kindQuarter },
  { kind: "half", label: t.kindHalf },
  { kind: "nine-months", label: t.kindNine },
  { kind: "year", label: t.kindYear },
];

export function startLegacyPane(root: HTMLElement, inWord: boolean): void {
  const units = loadUnits();
  const state: State = {
    units: units.units,
    unit: units.selected ?? "",
    period: null,
    reportNumber: "",
    reportDate: "",
    file: null,
    source: undefined,
    figures: emptyDraft(),
  };

  const status = el("p", { id: "pane-status", role: "status", "aria-live": "polite" });
  const alertBox = el("div", { id: "pane-error", role: "alert" });
  const say = (text: string): void => {
    setText(alertBox, "");
    setText(status, text);
  };
  const fail = (title: string, lines: string[] = []): void => {
    setText(status, "");
    clear(alertBox);
    alertBox.appendChild(el("p", { class: "alert-title" }, [title]));
    if (lines.length)
      alertBox.appendChild(
        el(
          "ul",
          {},
          lines.map((l) => el("li", {}, [l])),
        ),
      );
  };

  // 1. Unit
  const unitSelect = el("select", {});
  const drawUnits = (): void => {
    clear(unitSelect);
    if (state.file) unitSelect.appendChild(el("option", { value: "" }, [`${t.unitFromFile} ${state.file.unit.name}`]));
    else if (state.units.length === 0) unitSelect.appendChild(el("option", { value: "" }, [LEGACY.noUnit]));
    for (const u of state.units)
      unitSelect.appendChild(el("option", { value: unitKey(u) }, [`${u.name} — ${u.governingBody} (${u.abbreviation})`]));
    unitSelect.value = state.units.some((u) => unitKey(u) === state.unit) ? state.unit : "";
  };
  unitSelect.onchange = () => {
    state.unit = unitSelect.value;
    saveUnits({ units: state.units, selected: state.unit || null });
  };
  const unitFile = el("input", { type: "file", accept: ".json,application/json" });
  unitFile.onchange = () => {
    const picked = unitFile.files && unitFile.files[0];
    if (!picked) return;
    void readTextFile(picked, readBytes).then(
      (file) => {
        if (!file.ok) return fail(`${picked.name}: ${file.message}`);
        const read = readUnitFile(file.text);
        if (!read.ok) return fail(t.dataProblems(read.problems.length), read.problems.map(problemLine));
        for (const u of read.units) state.units = upsertUnit(state.units, u);
        state.unit = unitKey(read.units[0]!);
        saveUnits({ units: state.units, selected: state.unit });
        drawUnits();
        say(t.unitsImported(read.units.length));
      },
      () => fail(t.fileReadFailed),
    );
  };

  // 2. Period
  const kindSelect = el("select", {}, [
    el("option", { value: "" }, [t.periodFromFile]),
    ...KINDS.map((k) => el("option", { value: k.kind }, [k.label])),
  ]);
  const yearInput = el("input", { type: "text", inputmode: "numeric", size: "6" });
  const indexSelect = el("select", {});
  const indexField = field(LEGACY.periodPart, indexSelect);
  const periodLabels = el("p", { class: "hint", "data-testid": "period-labels" });
  const numberInput = el("input", { type: "text", size: "8" });
  const dateInput = el("input", { type: "text", size: "12", placeholder: "15/07/2024" });
  const drawPeriod = (): void => {
    const p = state.period;
    kindSelect.value = p ? p.kind : "";
    yearInput.disabled = indexSelect.disabled = p === null;
    yearInput.value = p && p.kind !== "range" ? String(p.year) : "";
    clear(indexSelect);
    const count = p?.kind === "month" ? 12 : p?.kind === "quarter" ? 4 : p?.kind === "half" ? 2 : 0;
    for (let i = 1; i <= count; i++) {
      const label =
        p?.kind === "quarter"
          ? `${t.periodQuarter} ${toRoman(i)}`
          : p?.kind === "half"
            ? i === 1
              ? t.halfFirst
              : t.halfSecond
            : `${t.periodMonth} ${i}`;
      indexSelect.appendChild(el("option", { value: String(i) }, [label]));
    }
    indexField.style.display = count ? "" : "none";
    if (p && "index" in p) indexSelect.value = String(p.index);
    const shown = p ?? state.file?.period;
    const labels = shown ? liveLabels(shown, state.file?.unit.site ?? chosenUnit()?.site) : null;
    setText(periodLabels, labels ? `${labels.current} → ${labels.next}` : t.labelsNone);
  };
  kindSelect.onchange = () => {
    state.period = kindSelect.value === "" ? null : switchKind(kindSelect.value as PeriodKind, state.period ?? state.file?.period);
    drawPeriod();
  };
  yearInput.onchange = () => {
    const year = Number(yearInput.value.trim());
    if (state.period && state.period.kind !== "range" && Number.isInteger(year)) state.period = { ...state.period, year };
    drawPeriod();
  };
  indexSelect.onchange = () => {
    if (state.period && "index" in state.period) state.period = { ...state.period, index: Number(indexSelect.value) };
    drawPeriod();
  };
  numberInput.onchange = () => (state.reportNumber = numberInput.value);
  dateInput.onchange = () => (state.reportDate = dateInput.value);

  // 3. Data file
  const dataFile = el("input", { type: "file", accept: ".json,application/json" });
  dataFile.onchange = () => {
    const picked = dataFile.files && dataFile.files[0];
    if (!picked) return;
    say(t.busyLoad);
    void readTextFile(picked, readBytes).then(
      (file) => {
        if (!file.ok) return fail(`${picked.name}: ${file.message}`);
        const parsed = parseReportData(file.text);
        if (!parsed.ok) return fail(t.dataProblems(parsed.problems.length), parsed.problems.map(problemLine));
        useData(parsed.data, picked.name);
        say(t.dataLoaded(`“${picked.name}”`));
      },
      () => fail(t.fileReadFailed),
    );
  };

  // 4. Figures: the main figures as plain fields (value and last period's); the table from a .csv or .xlsx.
  const figureInputs: { key: (typeof METRIC_KEYS)[number]; value: HTMLInputElement; prior: HTMLInputElement }[] = [];
  const figureRows = METRIC_KEYS.map((key) => {
    const value = el("input", { type: "text", inputmode: "numeric", size: "10", "aria-label": metricFieldLabel(key) });
    const prior = el("input", {
      type: "text",
      inputmode: "numeric",
      size: "10",
      "aria-label": `${metricFieldLabel(key)} — ${LEGACY.priorColumn}`,
    });
    value.onchange = () => (state.figures.metrics[key].value = value.value);
    prior.onchange = () => (state.figures.metrics[key].prior = prior.value);
    figureInputs.push({ key, value, prior });
    return el("tr", {}, [el("th", { scope: "row" }, [metricFieldLabel(key)]), el("td", {}, [value]), el("td", {}, [prior])]);
  });
  const drawFigures = (): void => {
    for (const f of figureInputs) {
      f.value.value = state.figures.metrics[f.key].value;
      f.prior.value = state.figures.metrics[f.key].prior;
    }
  };
  const tableNote = el("p", { class: "hint", "data-testid": "table-note" });
  const drawTable = (): void => {
    const units = rowCount(state.figures.table);
    setText(tableNote, units ? LEGACY.tableHolds(units, state.figures.table.length) : LEGACY.tableEmpty);
  };
  const tableFile = el("input", { type: "file", accept: ".csv,.xlsx,text/csv" });
  tableFile.onchange = () => {
    const picked = tableFile.files && tableFile.files[0];
    if (!picked) return;
    say(t.busyLoad);
    const period = state.period ?? state.file?.period;
    const monthCount = period ? monthsWhileTyped(period).length : 0;
    void readBytes(picked)
      // On demand, as in the modern pane: papaparse, JSZip and the .xlsx reader are not needed to start.
      .then((bytes) =>
        import(/* webpackChunkName: "sheet" */ "../sources/spreadsheet/spreadsheet-file").then((sheet) =>
          sheet.cellsOfSpreadsheetFile(picked.name, bytes),
        ),
      )
      .then((cells) => {
        const read = readContributorSheet(cells, monthCount);
        state.figures.table = tableDraftOf(read.groups);
        drawTable();
        const units = rowCount(read.groups);
        const problems = sheetProblems(t, read.monthColumns, monthCount, [...read.problems, ...read.mismatches]);
        if (problems.length) fail(t.importedTable(picked.name, units, read.groups.length), problems);
        else say(t.importedTable(picked.name, units, read.groups.length));
      })
      .catch((err: unknown) => fail(t.importFailed(picked.name, err instanceof Error ? err.message : String(err))));
  };

  // 5. Word
  const insertButton = el("button", { type: "button" }, [t.insertAll]);
  const refreshButton = el("button", { type: "button" }, [t.refresh]);
  const kept = el("div", { "data-testid": "kept-edited" });
  const report = () => {
    const made = makeReport(state.file, choices(), "vi", state.figures);
    if (made.ok) return made.model;
    fail(t.dataProblems(made.inputProblems.length + made.problems.length), [
      ...made.inputProblems.map((p) => p.message),
      ...made.problems.map(problemLine),
    ]);
    return null;
  };
  const withWord = (busy: string, run: () => Promise<string>): void => {
    if (!inWord) return fail(LEGACY.notInWord);
    insertButton.disabled = refreshButton.disabled = true;
    say(busy);
    run()
      .then(say, (err: unknown) => fail(describeWordError(err)))
      .then(() => {
        insertButton.disabled = refreshButton.disabled = false;
      });
  };
  insertButton.onclick = () => {
    const model = report();
    if (model) withWord(t.busyInsert, () => insertWholeReport(model, state.source).then((r) => insertOutcome(t, r)));
  };
  const refresh = (overwrite: "none" | string[]): void => {
    const model = report();
    if (!model) return;
    withWord(t.busyRefresh, () =>
      refreshReport(model, { overwrite, ...(state.source ? { source: state.source } : {}) }).then((r) => {
        drawKept(r.keptEdited);
        return r.summary;
      }),
    );
  };
  refreshButton.onclick = () => refresh("none");
  const drawKept = (blocks: { tag: string; title: string }[]): void => {
    clear(kept);
    if (!blocks.length) return;
    const boxes = blocks.map((b) => ({ tag: b.tag, box: el("input", { type: "checkbox", value: b.tag }) }));
    const overwrite = el("button", { type: "button" }, [LEGACY.overwriteChosen]);
    overwrite.onclick = () => {
      const tags = boxes.filter((b) => b.box.checked).map((b) => b.tag);
      if (tags.length === 0) return fail(t.nothingChosen);
      refresh(tags);
    };
    kept.appendChild(el("p", {}, [LEGACY.keptTitle]));
    kept.appendChild(
      el(
        "ul",
        {},
        blocks.map((b, i) => el("li", {}, [el("label", {}, [boxes[i]!.box, ` ${b.title}`])])),
      ),
    );
    kept.appendChild(overwrite);
  };

  function chosenUnit(): UnitProfile | undefined {
    return state.units.filter((u) => unitKey(u) === state.unit)[0];
  }
  function choices() {
    const unit = chosenUnit();
    return {
      ...(unit ? { unit } : {}),
      ...(state.period ? { period: state.period } : {}),
      reportNumber: state.reportNumber,
      reportDate: state.reportDate,
    };
  }
  function useData(data: ReportData, source: string | undefined): void {
    state.file = data;
    state.source = source;
    state.unit = "";
    state.figures = draftFromData(data);
    drawUnits();
    drawPeriod();
    drawFigures();
    drawTable();
    clear(kept);
  }

  clear(root);
  root.appendChild(
    el("main", { class: "legacy-pane" }, [
      el("h1", {}, [t.appTitle]),
      el("p", { class: "mode", "data-testid": "pane-mode" }, [inWord ? LEGACY.modeWord : LEGACY.modeStandalone]),
      el("section", {}, [el("h2", {}, [t.unitSection]), field(t.unitSelect, unitSelect), field(t.unitImport, unitFile)]),
      el("section", {}, [
        el("h2", {}, [t.periodSection]),
        field(t.periodKind, kindSelect),
        field(t.periodYear, yearInput),
        indexField,
        periodLabels,
        field(t.reportNumber, numberInput, t.fromFileHint),
        field(t.reportDate, dateInput),
      ]),
      el("section", {}, [el("h2", {}, [LEGACY.dataSection]), field(t.dataFile, dataFile, t.dataFileHint)]),
      el("section", {}, [
        el("h2", {}, [LEGACY.figuresSection]),
        el("table", { class: "figures" }, [
          el("thead", {}, [
            el("tr", {}, [
              el("th", { scope: "col" }, [LEGACY.figureColumn]),
              el("th", { scope: "col" }, [LEGACY.thisColumn]),
              el("th", { scope: "col" }, [LEGACY.priorColumn]),
            ]),
          ]),
          el("tbody", {}, figureRows),
        ]),
        field(LEGACY.tableFile, tableFile, t.importTableHint),
        tableNote,
      ]),
      el("section", {}, [el("h2", {}, [LEGACY.wordSection]), el("div", { class: "actions" }, [insertButton, " ", refreshButton]), kept]),
      status,
      alertBox,
      el("p", { class: "hint" }, [LEGACY.whatIsMissing]),
    ]),
  );
  drawUnits();
  drawPeriod();
  drawFigures();
  drawTable();

  if (inWord) {
    // Reopening a document that already holds a report: its stored data fills the pane, so "Cập nhật số liệu"
    // works without looking for the file again.
    readStoredReport().then(
      (stored) => {
        if (stored === null || state.file !== null) return;
        // Read as a data file is: the document is as untrusted as any file.
        const checked = parseReportData(stored.content.dataJson);
        if (!checked.ok) return fail(t.storedUnreadable(checked.problems.map(problemLine).join("; ")));
        useData(checked.data, stored.content.source);
        say(t.dataStoredLoaded(stored.content.source ?? t.storedSource));
      },
      (err: unknown) => fail(t.storedUnreadable(describeWordError(err))),
    );
  }
}
