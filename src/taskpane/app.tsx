import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { Field, FluentProvider, Select, Spinner, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { FieldProblem } from "../domain/validation-message";
import { officePrefersDark, watchHost } from "./host";
import { STRINGS, saveLang, savedLang, type Lang } from "./i18n";
import { initialState, reducer, selectedUnitProfile } from "./state";
import { loadUnits } from "./unit-store";
import { UnitProfilePanel } from "./unit-profile-panel";
import { PeriodPanel } from "./period-panel";
import { DataSourcePanel } from "./data-source-panel";
import { PreviewPanel } from "./preview-panel";
import { InsertPanel } from "./insert-panel";
import { PriorPanel } from "./prior-panel";
import { rowCount } from "./prior-text";
import { useStoredReport } from "./use-stored-report";
import { useReport } from "./use-report";
import { useWordActions } from "./use-word-actions";
import { useReportCheck } from "./use-report-check";
import { useDocxDownload } from "./use-docx-download";
import { useDataSource } from "./use-data-source";
import { usePriorFigures } from "./use-prior-figures";
import { useUnits } from "./use-units";
import { lazy, Suspense } from "react";

// Below the first screen: drawn as soon as their chunk arrives (a few KiB), not part of the first paint.
const FiguresPanel = lazy(() => import(/* webpackChunkName: "figures" */ "./figures-panel").then((m) => ({ default: m.FiguresPanel })));
const ContributorGrid = lazy(() =>
  import(/* webpackChunkName: "figures" */ "./contributor-grid").then((m) => ({ default: m.ContributorGrid })),
);
const RollupPanel = lazy(() => import(/* webpackChunkName: "rollup-panel" */ "./rollup-panel").then((m) => ({ default: m.RollupPanel })));
const CheckPanel = lazy(() => import(/* webpackChunkName: "check-panel" */ "./check-panel").then((m) => ({ default: m.CheckPanel })));
import { useTable } from "./use-table";
import { useDraft } from "./use-draft";
import { downloadData } from "./data-download";
import { monthsWhileTyped, type Period } from "../domain/period";
import { monthHeading } from "../domain/contributor-table";
import { Button } from "@fluentui/react-components";

/** "Tháng 1" … for the period, or null while it is not (yet) a valid one. */
function monthHeadingsOf(period: Period | null | undefined): string[] | null {
  const months = period ? monthsWhileTyped(period) : [];
  return months.length ? months.map((m) => monthHeading(m, months)) : null;
}

// The pane's shell: state, the order of the steps, and which panel each step's handlers go to. The handlers
// live in the use-*.ts hooks; what is valid, what a report says and what may be overwritten are decided in
// domain/, sources/ and word/. Engine, Word, .docx and prior-report code load on demand (lazy-parts.ts).

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: "60rem",
    marginLeft: "auto",
    marginRight: "auto",
    "& > *": { minWidth: 0 },
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

export function App(): React.JSX.Element {
  const styles = useStyles();
  const [state, dispatch] = useReducer(reducer, undefined, () => {
    const stored = loadUnits();
    return initialState(savedLang(), stored.units, stored.selected);
  });
  const t = STRINGS[state.lang];
  const [dark, setDark] = useState(false);
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

  useEffect(() => {
    if (inWord) setDark(officePrefersDark());
  }, [inWord]);

  const fail = useCallback((text: string) => dispatch({ type: "notice", notice: { kind: "error", text } }), []);

  const pane = { t, stateRef, dispatch, fail };
  useStoredReport(pane, inWord);
  const { model, html, composeProblems, inputProblems, notes, overrides } = useReport(pane, state);
  const source = state.loaded?.storedSource;
  const word = useWordActions(pane, model, source);
  const onDownload = useDocxDownload(pane, state.lang, model, source);
  const check = useReportCheck(pane, model);
  const data = useDataSource(pane, word.clearKeptEdited);
  const prior = usePriorFigures(pane);
  const units = useUnits(pane, state.units);
  const monthHeadings = monthHeadingsOf(state.period ?? state.loaded?.data.period);
  const table = useTable(pane, monthHeadings?.length ?? 0);
  const draft = useDraft(pane, state, inWord, state.host === "detecting");
  const onSaveData = () => {
    if (!model) return;
    const name = downloadData(model.data);
    dispatch({ type: "notice", notice: { kind: "ok", text: t.savedData(name) } });
  };

  const chosenUnit = selectedUnitProfile(state);
  const fileData = state.loaded?.data;
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
        {draft.offer && (
          <div role="region" aria-label={t.draftRestore} className={styles.ok} data-testid="draft-offer">
            <p style={{ margin: 0 }}>
              {t.draftFound(new Date(draft.offer.savedAt).toLocaleString(state.lang === "vi" ? "vi-VN" : "en-GB"))}
            </p>
            <div style={{ display: "flex", flexWrap: "wrap", gap: 8, marginTop: 8 }}>
              <Button appearance="primary" onClick={draft.restore}>
                {t.draftRestore}
              </Button>
              <Button onClick={draft.discard}>{t.draftDiscard}</Button>
            </div>
          </div>
        )}
        <UnitProfilePanel
          t={t}
          units={state.units}
          selected={state.selectedUnit}
          fileUnit={fileData?.unit}
          disabled={busy}
          onSelect={units.onSelect}
          onSave={units.onSave}
          onDelete={units.onDelete}
          onImport={units.onImport}
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
          onFile={data.onFile}
          onUrl={data.onUrl}
          onPaste={data.onPaste}
        />
        <PriorPanel
          t={t}
          inWord={inWord}
          disabled={busy}
          hasData={state.loaded !== null}
          currentPeriod={state.period ?? fileData?.period ?? null}
          currentContributorRows={rowCount(fileData?.contributors ?? [])}
          extract={prior.extract}
          applied={state.prior}
          seed={state.contributorSeed}
          problems={composeProblems.filter(isPriorProblem)}
          onFile={prior.onFile}
          onStartFrom={prior.onStartFrom}
          onUseStored={prior.onUseStored}
          onApply={prior.onApply}
          onRemove={prior.onRemove}
          onSeed={prior.onSeed}
          onRemoveSeed={prior.onRemoveSeed}
        />
        <Suspense fallback={<p>{t.figuresSection}</p>}>
          <FiguresPanel
            t={t}
            figures={state.figures}
            period={state.period ?? fileData?.period ?? null}
            problems={inputProblems}
            disabled={busy}
            onChange={(figures) => dispatch({ type: "figures", figures })}
          />
          <ContributorGrid
            t={t}
            table={state.figures.table}
            monthHeadings={monthHeadings}
            problems={inputProblems}
            disabled={busy}
            onChange={table.setTable}
            onPasteBlock={table.onPasteBlock}
            onImport={table.onImport}
            outcome={state.tableOutcome}
          />
        </Suspense>
        <PreviewPanel
          t={t}
          model={model}
          html={html}
          emptyReason={state.loaded === null ? t.needUnitPeriod : t.previewEmpty}
          inputProblems={inputProblems}
          notes={notes}
        />
        <InsertPanel
          t={t}
          inWord={inWord}
          model={model}
          busy={busy}
          keptEdited={word.keptEdited}
          onInsertAll={word.onInsertAll}
          onOpenNew={word.onOpenNew}
          canUndoInsert={word.canUndoInsert}
          onUndoInsert={word.onUndoInsert}
          onInsertBlock={word.onInsertBlock}
          onInsertOwnHeading={word.onInsertOwnHeading}
          onRefresh={word.onRefresh}
          pendingChanges={word.pendingChanges}
          onConfirmRefresh={word.onConfirmRefresh}
          onCancelRefresh={word.onCancelRefresh}
          onOverwrite={word.onOverwrite}
          onDownload={onDownload}
          onSaveData={onSaveData}
        />
        <Suspense fallback={<p>{t.checkSection}</p>}>
          <CheckPanel
            t={t}
            inWord={inWord}
            hasModel={model !== null}
            busy={busy}
            shown={check.shown}
            onCheckDocument={check.onCheckDocument}
            onCheckModel={check.onCheckModel}
            onCheckFile={check.onCheckFile}
            onSelect={check.onSelect}
            onFix={check.onFix}
          />
        </Suspense>
        <Suspense fallback={<p>{t.rollupSection}</p>}>
          <RollupPanel pane={pane} lang={state.lang} busy={busy} model={model} applied={state.sites} />
        </Suspense>
        <div className={styles.sticky}>
          <div role="status" aria-live="polite" className={styles.status} id="pane-status">
            {state.busy !== null && <Spinner size="tiny" label={state.busy} labelPosition="after" />}
            {state.notice?.kind === "ok" && (
              <p className={styles.ok} style={{ margin: 0 }}>
                {state.notice.text}
              </p>
            )}
          </div>
          <div role="alert" id="pane-error">
            {state.notice?.kind === "error" && (
              <p className={styles.error} style={{ margin: 0 }}>
                <strong>{t.errorPrefix}: </strong>
                {state.notice.text}
              </p>
            )}
          </div>
        </div>
      </main>
    </FluentProvider>
  );
}
