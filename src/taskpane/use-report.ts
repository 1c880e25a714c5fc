import { useEffect, useMemo, useState } from "react";
import type { ReportModel } from "../domain/report-model";
import type { FieldProblem } from "../domain/validation-message";
import type { InputProblem } from "../domain/figures-draft";
import { periodLabel } from "../domain/period";
import { overrides as findOverrides } from "./compose-data";
import { STRINGS } from "./i18n";
import { loadEngine } from "./lazy-parts";
import type { PaneTools } from "./pane-tools";
import { paneChoices, type PaneState } from "./state";

type Made =
  | { model: ReportModel; html: string; notes: string[] }
  | { problems: FieldProblem[]; inputProblems: InputProblem[]; notes: string[] }
  | null;

/**
 * The report is derived: any change of data or choice rebuilds it (a few milliseconds) and its preview,
 * and lists where the pane's choices override the data file.
 */
export function useReport({ stateRef, fail }: PaneTools, state: PaneState) {
  const [made, setMade] = useState<Made>(null);

  const choices = useMemo(
    () => paneChoices(state),
    [
      state.units,
      state.selectedUnit,
      state.period,
      state.reportNumber,
      state.reportDate,
      state.asOf,
      state.prior,
      state.contributorSeed,
      state.sites,
    ],
  );

  useEffect(() => {
    const loaded = state.loaded;
    // Without a file, a report needs at least her unit and period: before that there is nothing to say.
    const typedOnly = loaded === null && choices.unit !== undefined && choices.period !== undefined;
    if (loaded === null && !typedOnly) {
      setMade(null);
      return;
    }
    let active = true;
    {
      loadEngine().then(
        (engine) => {
          if (!active) return;
          const result = engine.makeReport(loaded?.data ?? null, choices, state.lang, state.figures);
          setMade(
            result.ok
              ? { model: result.model, html: result.previewHtml, notes: result.notes }
              : { problems: result.problems, inputProblems: result.inputProblems, notes: result.notes },
          );
        },
        () => active && fail(STRINGS[stateRef.current.lang].loadPartFailed),
      );
    }
    return () => {
      active = false;
    };
  }, [state.loaded, choices, state.lang, state.figures, fail]);

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

  return {
    model: made && "model" in made ? made.model : null,
    html: made && "html" in made ? made.html : null,
    composeProblems: made && "problems" in made ? made.problems : [],
    inputProblems: made && "inputProblems" in made ? made.inputProblems : [],
    notes: made?.notes ?? [],
    overrides,
  };
}
