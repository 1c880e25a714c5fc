import { useCallback, useState } from "react";
import type { Period } from "../domain/period";
import { periodLabel } from "../domain/period";
import type { PriorFigure } from "../domain/prior-figures";
import { STRINGS } from "./i18n";
import { loadPrior, loadWord } from "./lazy-parts";
import { loadPriorView, type PriorExtractShown } from "./prior-panel";
import type { ExtractResult } from "./prior-source";
import type { PaneTools } from "./pane-tools";
import type { ContributorSeed } from "./state";
import { nextPeriod, samePeriod } from "../domain/period";
import { seedContributors } from "../domain/prior-figures";
import { emptyDraft, tableDraftOf } from "../domain/figures-draft";
import { saveUnits, unitKey, upsertUnit } from "./unit-store";
import { rowCount } from "./prior-text";

/** “Lấy số liệu kỳ trước”: reading last period's report, then applying or removing its figures and units. */
export function usePriorFigures({ t, stateRef, dispatch, fail }: PaneTools) {
  const [extract, setExtract] = useState<PriorExtractShown | null>(null);

  /** Shows what was read from last period's report, or says in words why it could not be read. */
  const showPrior = useCallback(
    (from: string, read: ExtractResult, startingFrom = false) => {
      const tt = STRINGS[stateRef.current.lang];
      if (!read.ok) {
        setExtract(null);
        fail(tt.priorFailed(from, read.message));
        return;
      }
      const current = stateRef.current.period ?? stateRef.current.loaded?.data.period ?? null;
      if (!startingFrom && current && read.report.period && samePeriod(current, read.report.period)) {
        // Said once, as an error: not a success notice beside the engine's refusal of the same figures.
        setExtract(null);
        fail(tt.priorSamePeriod(from, periodLabel(current)));
        return;
      }
      setExtract((old) => ({ id: (old?.id ?? 0) + 1, from, report: read.report }));
      dispatch({ type: "notice", notice: { kind: "ok", text: tt.priorRead(from, Object.keys(read.report.metrics).length) } });
    },
    [fail],
  );

  const onFile = useCallback(
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

  /**
   * "Bắt đầu từ báo cáo kỳ trước": from last period's report, this period's start — the unit (from the report's
   * own data, when the add-in made it), the next period, last period's figures to tick as the comparison, and
   * the same groups and units in the table with empty months — so only this period's numbers are left to type.
   */
  const onStartFrom = useCallback(
    (file: File) => {
      dispatch({ type: "busy", label: t.busyPrior });
      const from = `“${file.name}”`;
      void (async () => {
        let prior;
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await file.arrayBuffer());
          [prior] = await Promise.all([loadPrior(), loadPriorView()]);
        } catch {
          fail(t.fileReadFailed);
          return;
        }
        const read = await prior.extractPriorReport(bytes, file.name);
        showPrior(from, read, true);
        if (!read.ok) return;
        const report = read.report;
        const tt = STRINGS[stateRef.current.lang];
        const said: string[] = [];
        const unit = report.data?.unit;
        if (unit) {
          const units = upsertUnit(stateRef.current.units, unit);
          dispatch({ type: "units", units, selected: unitKey(unit) });
          saveUnits({ units, selected: unitKey(unit) });
          said.push(tt.startUnit(unit.name));
        }
        const next = report.period ? nextPeriod(report.period) : null;
        if (next) {
          dispatch({ type: "period", period: next });
          dispatch({ type: "field", field: "reportNumber", value: "" });
          dispatch({ type: "field", field: "reportDate", value: "" });
          dispatch({ type: "field", field: "asOf", value: "" });
          said.push(tt.startPeriod(periodLabel(next)));
        }
        const figures = emptyDraft();
        if (next && report.contributors?.length) figures.table = tableDraftOf(seedContributors(report.contributors, next));
        dispatch({ type: "figures", figures });
        const units = rowCount(figures.table);
        if (units) said.push(tt.startUnits(units));
        dispatch({ type: "notice", notice: { kind: "ok", text: tt.startDone(from, said.join("; "), Object.keys(report.metrics).length) } });
      })();
    },
    [t, showPrior, fail],
  );

  const onUseStored = () => {
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

  const onApply = (period: Period, figures: PriorFigure[], from: string) =>
    dispatch({
      type: "prior",
      prior: { period, figures, from },
      notice: { kind: "ok", text: t.priorApplied(figures.length, periodLabel(period)) },
    });

  const onRemove = () => dispatch({ type: "prior", prior: null, notice: { kind: "ok", text: t.priorRemoved } });

  const onSeed = (seed: ContributorSeed) =>
    dispatch({
      type: "contributorSeed",
      seed,
      notice: { kind: "ok", text: t.seedDone(rowCount(seed.groups)) },
    });

  const onRemoveSeed = () => dispatch({ type: "contributorSeed", seed: null, notice: { kind: "ok", text: t.seedRemoved } });

  return { extract, onFile, onStartFrom, onUseStored, onApply, onRemove, onSeed, onRemoveSeed };
}
