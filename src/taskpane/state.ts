import type { ContributorGroup, ReportData, UnitProfile } from "../domain/report-data";
import type { Period } from "../domain/period";
import type { PriorFigure } from "../domain/prior-figures";
import type { FieldProblem } from "../domain/validation-message";
import type { HostKind } from "./host";
import type { Lang } from "./i18n";
import type { PaneChoices } from "./compose-data";
import { unitKey } from "./unit-store";
import { draftFromData, emptyDraft, type FiguresDraft } from "../domain/figures-draft";
import type { RollUp } from "../domain/site-rollup";

/** What the last paste or import into the contributor grid did. */
export interface TableOutcome {
  message: string;
  problems: string[];
}

// The pane's state: what the secretary chose and what was loaded. The report itself is derived from it.

export interface LoadedData {
  data: ReportData;
  /** File name, https URL, or a description of where it came from. */
  source: string;
  /** The source to remember in the document (file name or URL); absent for pasted JSON. */
  storedSource?: string;
}

/** Last period's figures the secretary ticked and applied, with where they came from. */
export interface AppliedPrior {
  period: Period;
  figures: PriorFigure[];
  from: string;
}

/** Last period's units, seeding this period's contributor table. */
export interface ContributorSeed {
  groups: ContributorGroup[];
  from: string;
}

/** The component sites rolled up in the pane, and what the last choice of files did. */
export interface AppliedSites {
  sites: NonNullable<ReportData["sites"]>;
  outcome: Omit<RollUp, "data">;
}

export interface Notice {
  kind: "ok" | "error";
  text: string;
}

export interface PaneState {
  lang: Lang;
  host: HostKind | "detecting";
  units: UnitProfile[];
  /** unitKey of the chosen profile; null: the data file's unit. */
  selectedUnit: string | null;
  /** null: the data file's period. */
  period: Period | null;
  reportNumber: string;
  reportDate: string;
  asOf: string;
  loaded: LoadedData | null;
  /** Kept across data files, like the period: the same last period applies to a corrected file. */
  prior: AppliedPrior | null;
  contributorSeed: ContributorSeed | null;
  /** null: the sites of the loaded data (a province file's list, a stored report's roll-up). */
  sites: AppliedSites | null;
  sourceProblems: FieldProblem[];
  /** The figures, table, budget and texts as she typed them (a loaded file fills them). */
  figures: FiguresDraft;
  tableOutcome: TableOutcome | null;
  busy: string | null;
  notice: Notice | null;
}

export type Action =
  | { type: "host"; host: HostKind }
  | { type: "lang"; lang: Lang }
  | { type: "units"; units: UnitProfile[]; selected: string | null }
  | { type: "selectUnit"; key: string | null }
  | { type: "period"; period: Period | null }
  | { type: "field"; field: "reportNumber" | "reportDate" | "asOf"; value: string }
  | { type: "loaded"; loaded: LoadedData; notice: Notice }
  | { type: "prior"; prior: AppliedPrior | null; notice: Notice }
  | { type: "contributorSeed"; seed: ContributorSeed | null; notice: Notice }
  | { type: "sites"; sites: AppliedSites | null; notice: Notice }
  | { type: "sourceProblems"; problems: FieldProblem[] }
  | { type: "figures"; figures: FiguresDraft }
  | { type: "tableOutcome"; outcome: TableOutcome | null }
  | { type: "draft"; draft: PaneDraft }
  | { type: "busy"; label: string | null }
  | { type: "notice"; notice: Notice | null };

export function initialState(lang: Lang, units: UnitProfile[], selected: string | null): PaneState {
  return {
    lang,
    host: "detecting",
    units,
    selectedUnit: selected,
    period: null,
    reportNumber: "",
    reportDate: "",
    asOf: "",
    loaded: null,
    prior: null,
    contributorSeed: null,
    sites: null,
    sourceProblems: [],
    figures: emptyDraft(),
    tableOutcome: null,
    busy: null,
    notice: null,
  };
}

export function reducer(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case "host":
      return { ...state, host: action.host };
    case "lang":
      return { ...state, lang: action.lang };
    case "units":
      return { ...state, units: action.units, selectedUnit: action.selected };
    case "selectUnit":
      return { ...state, selectedUnit: action.key };
    case "period":
      return { ...state, period: action.period };
    case "field":
      return { ...state, [action.field]: action.value };
    case "loaded":
      // A new source replaces the old one whole: its problems go, and so does any stale message. Its figures
      // fill the pane's fields, where she can correct them.
      return {
        ...state,
        loaded: action.loaded,
        figures: draftFromData(action.loaded.data),
        // The new data brings its own sites (a province file's list, a stored report's roll-up).
        sites: null,
        tableOutcome: null,
        sourceProblems: [],
        notice: action.notice,
        busy: null,
      };
    case "figures":
      return { ...state, figures: action.figures };
    case "tableOutcome":
      return { ...state, tableOutcome: action.outcome, busy: null };
    case "draft":
      return {
        ...state,
        figures: action.draft.figures,
        period: action.draft.period,
        reportNumber: action.draft.reportNumber,
        reportDate: action.draft.reportDate,
        asOf: action.draft.asOf,
        ...(action.draft.selectedUnit !== null && state.units.some((u) => unitKey(u) === action.draft.selectedUnit)
          ? { selectedUnit: action.draft.selectedUnit }
          : {}),
      };
    case "prior":
      return { ...state, prior: action.prior, notice: action.notice, busy: null };
    case "contributorSeed":
      return { ...state, contributorSeed: action.seed, notice: action.notice, busy: null };
    case "sites":
      return { ...state, sites: action.sites, notice: action.notice, busy: null };
    case "sourceProblems":
      // A bad source also unloads the previous data: inserting the old figures while she believes the new file
      // is in use would be worse than inserting nothing.
      return { ...state, loaded: null, sourceProblems: action.problems, busy: null, notice: null };
    case "busy":
      return { ...state, busy: action.label, ...(action.label ? { notice: null } : {}) };
    case "notice":
      return { ...state, notice: action.notice, busy: null };
  }
}

export function selectedUnitProfile(state: PaneState): UnitProfile | undefined {
  return state.selectedUnit === null ? undefined : state.units.find((u) => unitKey(u) === state.selectedUnit);
}

export function paneChoices(state: PaneState): PaneChoices {
  const unit = selectedUnitProfile(state);
  return {
    ...(unit ? { unit } : {}),
    ...(state.period ? { period: state.period } : {}),
    reportNumber: state.reportNumber,
    reportDate: state.reportDate,
    asOf: state.asOf,
    ...(state.prior ? { prior: { period: state.prior.period, figures: state.prior.figures } } : {}),
    ...(state.contributorSeed ? { contributorSeed: state.contributorSeed.groups } : {}),
    ...(state.sites ? { sites: state.sites.sites } : {}),
  };
}

/** What a draft keeps of the pane: enough to come back to an unfinished report. */
export interface PaneDraft {
  savedAt: string;
  selectedUnit: string | null;
  period: Period | null;
  reportNumber: string;
  reportDate: string;
  asOf: string;
  figures: FiguresDraft;
}

export function draftOf(state: PaneState, now: Date): PaneDraft {
  return {
    savedAt: now.toISOString(),
    selectedUnit: state.selectedUnit,
    period: state.period,
    reportNumber: state.reportNumber,
    reportDate: state.reportDate,
    asOf: state.asOf,
    figures: state.figures,
  };
}
