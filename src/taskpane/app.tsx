import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { fetchDataText } from "../sources/data-url";
import { Field, FluentProvider, Select, Spinner, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Block, ReportModel } from "../domain/report-model";
import type { FieldProblem } from "../domain/validation-message";
import { periodLabel } from "../domain/period";
import { overrides as findOverrides } from "./compose-data";
import { officePrefersDark, watchHost } from "./host";
import { STRINGS, saveLang, savedLang, type Lang } from "./i18n";
import { initialState, paneChoices, reducer, selectedUnitProfile, type LoadedData } from "./state";
import { loadUnits, saveUnits, unitKey, upsertUnit } from "./unit-store";
import { UnitProfilePanel } from "./unit-profile-panel";
import { PeriodPanel } from "./period-panel";
import { DataSourcePanel } from "./data-source-panel";
import { PreviewPanel } from "./preview-panel";
import { InsertPanel, type EditedBlock } from "./insert-panel";
import { PriorPanel, loadPriorView, type PriorExtractShown } from "./prior-panel";
import type { ExtractResult } from "./prior-source";

// The pane's shell: state, the order of the steps, and the calls into the engine and Word. What is valid,
// what a report says and what may be overwritten are decided in domain/, sources/ and word/.

// Split points: none of these is needed to draw the first screen.
const loadEngine = () => import(/* webpackChunkName: "engine", webpackPrefetch: true */ "./engine");
const loadWord = () => import(/* webpackChunkName: "word" */ "./word-actions");
const loadDocx = () => import(/* webpackChunkName: "docx" */ "./docx-download");
const loadPrior = () => import(/* webpackChunkName: "prior" */ "./prior-source");


const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: "60rem",
    marginLeft: "auto",
    marginRight: "auto",
  },
  top: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", alignItems: "end", columnGap: tokens.spacingHorizontalL },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  mode: { margin: 0, color: tokens.colorNeutralForeground2 },
  status: {},
  error: {
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorNeutralForeground1,
  },
  ok: {
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // Results stay in view next to the buttons that caused them, however far the pane is scrolled.
  sticky: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

type Made = { model: ReportModel; html: string } | { problems: FieldProblem[] } | null;

export function App(): React.JSX.Element {
  const styles = useStyles();
  const [state, dispatch] = useReducer(reducer, undefined, () => {
    const stored = loadUnits();
    return initialState(savedLang(), stored.units, stored.selected);
  });
  const t = STRINGS[state.lang];
  const [made, setMade] = useState<Made>(null);
  const [keptEdited, setKeptEdited] = useState<EditedBlock[]>([]);
  const [dark, setDark] = useState(false);
  const [priorExtract, setPriorExtract] = useState<PriorExtractShown | null>(null);
  const inWord = state.host === "word";
  const busy = state.busy !== null;
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    document.documentElement.lang = state.lang;
  }, [state.lang]);

  useEffect(() => {
    performance.mark("taskpane-interactive");
    document.body.dataset.ready = "true";
    return watchHost((host) => dispatch({ type: "host", host }));
  }, []);

  const fail = useCallback((text: string) => dispatch({ type: "notice", notice: { kind: "error", text } }), []);

  // Reopening a document that already holds a report: its stored data fills the pane.
  useEffect(() => {
    if (!inWord) return;
    setDark(officePrefersDark());
    let active = true;
    void (async () => {
      const tt = STRINGS[stateRef.current.lang];
      try {
        const [word, engine] = await Promise.all([loadWord(), loadEngine()]);
        let stored;
        try {
          stored = await word.readStoredReport();
        } catch (err) {
          if (active) fail(tt.storedUnreadable(word.describeWordError(err)));
          return;
        }
        if (!active || stored === null || stateRef.current.loaded !== null) return;
        let raw: unknown;
        try {
          raw = JSON.parse(stored.content.dataJson);
        } catch {
          raw = undefined;
        }
        const checked = engine.validateReportData(raw);
        if (!checked.ok) {
          fail(tt.storedUnreadable(checked.problems.map(engine.problemLine).join("; ")));
          return;
        }
        const source = stored.content.source;
        dispatch({
          type: "loaded",
          loaded: { data: checked.data, source: source ?? tt.storedSource, ...(source ? { storedSource: source } : {}) },
          notice: { kind: "ok", text: tt.dataStoredLoaded(source ?? tt.storedSource) },
        });
      } catch {
        if (active) fail(tt.loadPartFailed);
      }
    })();
    return () => {
      active = false;
    };
  }, [inWord, fail]);

  const choices = useMemo(
    () => paneChoices(state),
    [state.units, state.selectedUnit, state.period, state.reportNumber, state.reportDate, state.asOf, state.prior, state.contributorSeed],
  );

  // The report is derived: any change of data or choice rebuilds it (a few milliseconds) and its preview.
  useEffect(() => {
    const loaded = state.loaded;
    if (loaded === null) {
      setMade(null);
      return;
    }
    let active = true;
    loadEngine().then(
      (engine) => {
        if (!active) return;
        const result = engine.makeReport(loaded.data, choices, state.lang);
        setMade(result.ok ? { model: result.model, html: result.previewHtml } : { problems: result.problems });
      },
      () => active && fail(STRINGS[stateRef.current.lang].loadPartFailed),
    );
    return () => {
      active = false;
    };
  }, [state.loaded, choices, state.lang, fail]);

  const overrides = useMemo(() => {
    if (!state.loaded) return [];
    return findOverrides(state.loaded.data, choices, (p) => {
      try {
        return periodLabel(p);
      } catch {
        return JSON.stringify(p);
      }
    });
  }, [state.loaded, choices]);

  const model = made && "model" in made ? made.model : null;

  const loadText = useCallback(
    async (text: string, loaded: Omit<LoadedData, "data">) => {
      const tt = STRINGS[stateRef.current.lang];
      try {
        const engine = await loadEngine();
        const parsed = engine.parseReportData(text);
        if (!parsed.ok) {
          dispatch({ type: "sourceProblems", problems: parsed.problems });
          return;
        }
        setKeptEdited([]);
        dispatch({ type: "loaded", loaded: { ...loaded, data: parsed.data }, notice: { kind: "ok", text: tt.dataLoaded(loaded.source) } });
      } catch {
        fail(tt.loadPartFailed);
      }
    },
    [fail],
  );

  const onFile = useCallback(
    (file: File) => {
      dispatch({ type: "busy", label: t.busyLoad });
      file.text().then(
        (text) => loadText(text, { source: `“${file.name}”`, storedSource: file.name }),
        () => fail(t.fileReadFailed),
      );
    },
    [t, loadText, fail],
  );

  const onUrl = useCallback(
    (input: string) => {
      dispatch({ type: "busy", label: t.busyLoad });
      void fetchDataText(input).then((fetched) => {
        if (fetched.ok) {
          void loadText(fetched.text, { source: fetched.url, storedSource: fetched.url });
          return;
        }
        switch (fetched.reason) {
          case "invalid":
            return fail(t.urlInvalid);
          case "not-https":
            return fail(t.urlNotHttps);
          case "status":
            return fail(t.urlFailed(t.urlStatus(fetched.status)));
          case "timeout":
            return fail(t.urlFailed(t.urlTimeout(fetched.seconds)));
          case "too-large":
            return fail(t.urlFailed(t.urlTooLarge));
          case "network":
            return fail(t.urlFailed(t.urlNetwork));
        }
      });
    },
    [t, loadText, fail],
  );

  const onPaste = useCallback(
    (text: string) => {
      if (text.trim() === "") {
        fail(t.pasteEmpty);
        return;
      }
      dispatch({ type: "busy", label: t.busyLoad });
      void loadText(text, { source: t.pastedSource });
    },
    [t, loadText, fail],
  );

  /** Runs a Word operation with progress shown and its outcome said in words. */
  const withWord = useCallback(
    async (label: string, run: (word: Awaited<ReturnType<typeof loadWord>>) => Promise<string>) => {
      dispatch({ type: "busy", label });
      let word: Awaited<ReturnType<typeof loadWord>>;
      try {
        word = await loadWord();
      } catch {
        fail(t.loadPartFailed);
        return;
      }
      try {
        const text = await run(word);
        dispatch({ type: "notice", notice: { kind: "ok", text } });
      } catch (err) {
        fail(word.describeWordError(err));
      }
    },
    [t, fail],
  );

  const source = state.loaded?.storedSource;

  const onInsertAll = () =>
    model &&
    void withWord(t.busyInsert, async (word) => {
      const r = await word.insertWholeReport(model, source);
      setKeptEdited([]);
      return t.inserted(r.blocks) + (r.numbered ? t.insertedNumbered(r.numbered) : "");
    });

  const onInsertBlock = (block: Block) =>
    model &&
    void withWord(t.busyInsertBlock, async (word) => {
      const r = await word.insertOneBlock(model, block, source);
      return t.inserted(r.blocks) + (r.numbered ? t.insertedNumbered(r.numbered) : "");
    });

  const refresh = (overwrite: "none" | string[]) =>
    model &&
    void withWord(t.busyRefresh, async (word) => {
      const r = await word.refreshReport(model, { overwrite, ...(source ? { source } : {}) });
      setKeptEdited(r.keptEdited.map((b) => ({ tag: b.tag, title: b.title })));
      return r.summary;
    });

  const onOverwrite = (tags: string[]) => {
    if (tags.length === 0) {
      fail(t.nothingChosen);
      return;
    }
    refresh(tags);
  };

  const onDownload = () => {
    if (!model) return;
    dispatch({ type: "busy", label: t.busyDocx });
    loadDocx().then(
      async (docx) => {
        try {
          const { name, bytes } = await docx.downloadDocx(model, source);
          dispatch({ type: "notice", notice: { kind: "ok", text: t.downloaded(name, (bytes / 1024).toLocaleString(state.lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 })) } });
        } catch (err) {
          fail(t.docxFailed(err instanceof Error ? err.message : String(err)));
        }
      },
      () => fail(t.loadPartFailed),
    );
  };

  const setUnits = (units: typeof state.units, selected: string | null) => {
    dispatch({ type: "units", units, selected });
    saveUnits({ units, selected });
  };

  const onSaveUnit = async (raw: unknown, replacing: string | undefined): Promise<FieldProblem[]> => {
    let engine;
    try {
      engine = await loadEngine();
    } catch {
      fail(t.loadPartFailed);
      return [];
    }
    const checked = engine.validateUnit(raw);
    if (!checked.ok) return checked.problems;
    const units = upsertUnit(stateRef.current.units, checked.unit, replacing);
    setUnits(units, unitKey(checked.unit));
    dispatch({ type: "notice", notice: { kind: "ok", text: t.unitSaved(checked.unit.name) } });
    return [];
  };

  const onDeleteUnit = (key: string) => {
    const unit = state.units.find((u) => unitKey(u) === key);
    setUnits(state.units.filter((u) => unitKey(u) !== key), null);
    if (unit) dispatch({ type: "notice", notice: { kind: "ok", text: t.unitDeleted(unit.name) } });
  };

  const onImportUnits = (file: File) => {
    void Promise.all([file.text(), loadEngine()]).then(
      ([text, engine]) => {
        const read = engine.readUnitFile(text);
        if (!read.ok) {
          fail(`${file.name}: ${read.problems.map(engine.problemLine).join("; ")}`);
          return;
        }
        let units = stateRef.current.units;
        for (const u of read.units) units = upsertUnit(units, u);
        setUnits(units, unitKey(read.units[0]!));
        dispatch({ type: "notice", notice: { kind: "ok", text: t.unitsImported(read.units.length) } });
      },
      () => fail(t.fileReadFailed),
    );
  };

  /** Shows what was read from last period's report, or says in words why it could not be read. */
  const showPrior = useCallback(
    (from: string, read: ExtractResult) => {
      const tt = STRINGS[stateRef.current.lang];
      if (!read.ok) {
        setPriorExtract(null);
        fail(tt.priorFailed(from, read.message));
        return;
      }
      setPriorExtract((old) => ({ id: (old?.id ?? 0) + 1, from, report: read.report }));
      dispatch({ type: "notice", notice: { kind: "ok", text: tt.priorRead(from, Object.keys(read.report.metrics).length) } });
    },
    [fail],
  );

  const onPriorFile = useCallback(
    (file: File) => {
      dispatch({ type: "busy", label: t.busyPrior });
      const from = `“${file.name}”`;
      void (async () => {
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await file.arrayBuffer());
        } catch {
          fail(t.fileReadFailed);
          return;
        }
        let prior;
        try {
          [prior] = await Promise.all([loadPrior(), loadPriorView()]);
        } catch {
          fail(t.loadPartFailed);
          return;
        }
        showPrior(from, await prior.extractPriorReport(bytes, file.name));
      })();
    },
    [t, showPrior, fail],
  );

  const onPriorStored = () => {
    dispatch({ type: "busy", label: t.busyPrior });
    Promise.all([loadWord(), loadPrior(), loadPriorView()]).then(
      async ([word, prior]) => {
        let stored;
        try {
          stored = await word.readStoredReport();
        } catch (err) {
          fail(t.priorFailed(t.priorStoredSource, word.describeWordError(err)));
          return;
        }
        if (stored === null) {
          fail(t.priorStoredNone);
          return;
        }
        showPrior(t.priorStoredSource, prior.extractStoredData(stored.content.dataJson));
      },
      () => fail(t.loadPartFailed),
    );
  };

  const chosenUnit = selectedUnitProfile(state);
  const fileData = state.loaded?.data;
  const composeProblems = made && "problems" in made ? made.problems : [];
  // The engine's word on figures taken in this section is shown next to them, not among the data file's.
  const isPriorProblem = (p: FieldProblem) => state.prior !== null && (p.path === "prior" || p.path.startsWith("prior."));

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100%" }}>
      <main className={styles.root}>
        <div className={styles.top}>
          <div>
            <h1 className={styles.title}>{t.appTitle}</h1>
            <p className={styles.mode} data-testid="mode">
              {state.host === "detecting" ? t.modeDetecting : inWord ? t.modeWord : t.modeStandalone}
            </p>
          </div>
          <Field label={t.language}>
            <Select
              value={state.lang}
              onChange={(_, d) => {
                const lang = d.value as Lang;
                saveLang(lang);
                dispatch({ type: "lang", lang });
              }}
            >
              <option value="vi">Tiếng Việt</option>
              <option value="en">English</option>
            </Select>
          </Field>
        </div>
        <UnitProfilePanel
          t={t}
          units={state.units}
          selected={state.selectedUnit}
          fileUnit={fileData?.unit}
          disabled={busy}
          onSelect={(key) => {
            dispatch({ type: "selectUnit", key });
            saveUnits({ units: state.units, selected: key });
          }}
          onSave={onSaveUnit}
          onDelete={onDeleteUnit}
          onImport={onImportUnits}
        />
        <PeriodPanel
          t={t}
          period={state.period}
          filePeriod={fileData?.period}
          site={chosenUnit?.site ?? fileData?.unit.site}
          reportNumber={state.reportNumber}
          reportDate={state.reportDate}
          asOf={state.asOf}
          filePlaceholders={{
            ...(fileData?.report.number ? { reportNumber: fileData.report.number } : {}),
            ...(fileData ? { reportDate: fileData.report.date } : {}),
            ...(fileData?.asOf ? { asOf: fileData.asOf } : {}),
          }}
          disabled={busy}
          onPeriod={(period) => dispatch({ type: "period", period })}
          onField={(field, value) => dispatch({ type: "field", field, value })}
        />
        <DataSourcePanel
          t={t}
          disabled={busy}
          loadedFrom={state.loaded?.source ?? null}
          sourceProblems={state.sourceProblems}
          composeProblems={composeProblems.filter((p) => !isPriorProblem(p))}
          overrides={overrides}
          onFile={onFile}
          onUrl={onUrl}
          onPaste={onPaste}
        />
        <PriorPanel
          t={t}
          inWord={inWord}
          disabled={busy}
          hasData={state.loaded !== null}
          currentPeriod={state.period ?? fileData?.period ?? null}
          currentContributorRows={(fileData?.contributors ?? []).reduce((n, g) => n + g.rows.length, 0)}
          extract={priorExtract}
          applied={state.prior}
          seed={state.contributorSeed}
          problems={composeProblems.filter(isPriorProblem)}
          onFile={onPriorFile}
          onUseStored={onPriorStored}
          onApply={(period, figures, from) =>
            dispatch({ type: "prior", prior: { period, figures, from }, notice: { kind: "ok", text: t.priorApplied(figures.length, periodLabel(period)) } })
          }
          onRemove={() => dispatch({ type: "prior", prior: null, notice: { kind: "ok", text: t.priorRemoved } })}
          onSeed={(seed) =>
            dispatch({ type: "contributorSeed", seed, notice: { kind: "ok", text: t.seedDone(seed.groups.reduce((n, g) => n + g.rows.length, 0)) } })
          }
          onRemoveSeed={() => dispatch({ type: "contributorSeed", seed: null, notice: { kind: "ok", text: t.seedRemoved } })}
        />
        <PreviewPanel t={t} model={model} html={made && "html" in made ? made.html : null} />
        <InsertPanel
          t={t}
          inWord={inWord}
          model={model}
          busy={busy}
          keptEdited={keptEdited}
          onInsertAll={onInsertAll}
          onInsertBlock={onInsertBlock}
          onRefresh={() => refresh("none")}
          onOverwrite={onOverwrite}
          onDownload={onDownload}
        />
        <div className={styles.sticky}>
          <div role="status" aria-live="polite" className={styles.status} id="pane-status">
            {state.busy !== null && <Spinner size="tiny" label={state.busy} labelPosition="after" />}
            {state.notice?.kind === "ok" && <p className={styles.ok} style={{ margin: 0 }}>{state.notice.text}</p>}
          </div>
          <div role="alert" id="pane-error">
            {state.notice?.kind === "error" && (
              <p className={styles.error} style={{ margin: 0 }}><strong>{t.errorPrefix}: </strong>{state.notice.text}</p>
            )}
          </div>
        </div>
      </main>
    </FluentProvider>
  );
}
