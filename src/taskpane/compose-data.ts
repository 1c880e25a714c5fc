import type { ContributorGroup, ReportData, UnitProfile } from "../domain/report-data";
import type { Period } from "../domain/period";
import { seedContributors, withPriorFigures, type PriorFigure } from "../domain/prior-figures";

// What the pane adds on top of the loaded data: the secretary's unit and period choices replace the file's.
// The result is validated again by the engine (a new period may no longer fit the table's months), so this
// module only assembles; it decides nothing about what is valid.

export interface PaneChoices {
  unit?: UnitProfile;
  period?: Period;
  /** Empty or absent: keep the file's. */
  reportNumber?: string;
  reportDate?: string;
  asOf?: string;
  /** Last period's figures the secretary ticked: they replace the file's `prior`. */
  prior?: { period: Period; figures: readonly PriorFigure[] };
  /** Last period's contributor groups: this period's table gets the same units with empty months. */
  contributorSeed?: readonly ContributorGroup[];
}

const given = (s: string | undefined): s is string => s !== undefined && s.trim() !== "";

/** The data with the pane's choices applied, as an unvalidated value. */
export function composeData(file: ReportData, choices: PaneChoices): unknown {
  const base = choices.prior ? withPriorFigures(file, choices.prior.period, choices.prior.figures) : file;
  const out: Record<string, unknown> = { ...base };
  if (choices.unit) out.unit = choices.unit;
  if (choices.period) out.period = choices.period;
  if (given(choices.reportNumber) || given(choices.reportDate)) {
    out.report = {
      ...file.report,
      ...(given(choices.reportNumber) ? { number: choices.reportNumber.trim() } : {}),
      ...(given(choices.reportDate) ? { date: choices.reportDate.trim() } : {}),
    };
  }
  if (given(choices.asOf)) out.asOf = choices.asOf.trim();
  if (choices.contributorSeed) out.contributors = seededRows(choices.contributorSeed, choices.period ?? file.period);
  return out;
}

// Seeded at compose time, so the empty months follow whichever period is chosen now, not the one at seeding.
function seededRows(groups: readonly ContributorGroup[], period: Period): ContributorGroup[] {
  try {
    return seedContributors(groups, period);
  } catch {
    // A period still being typed has no months yet; the engine then names the period as what is wrong.
    return groups.map((g) => ({ group: g.group, rows: g.rows.map((r) => ({ name: r.name, months: [] })) }));
  }
}

export type OverriddenField = "unit" | "period" | "number" | "date" | "asOf";

export interface Override {
  field: OverriddenField;
  file: string;
  pane: string;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The choices that actually change something in the file, so the pane can say which values it replaces.
 * `describePeriod` is passed in so this module stays free of the domain's wording.
 */
export function overrides(file: ReportData, choices: PaneChoices, describePeriod: (p: Period) => string): Override[] {
  const out: Override[] = [];
  if (choices.unit && !sameJson(choices.unit, file.unit)) out.push({ field: "unit", file: file.unit.name, pane: choices.unit.name });
  if (choices.period && !sameJson(choices.period, file.period)) {
    out.push({ field: "period", file: describePeriod(file.period), pane: describePeriod(choices.period) });
  }
  if (given(choices.reportNumber) && choices.reportNumber.trim() !== (file.report.number ?? "")) {
    out.push({ field: "number", file: file.report.number ?? "", pane: choices.reportNumber.trim() });
  }
  if (given(choices.reportDate) && choices.reportDate.trim() !== file.report.date) {
    out.push({ field: "date", file: file.report.date, pane: choices.reportDate.trim() });
  }
  if (given(choices.asOf) && choices.asOf.trim() !== (file.asOf ?? "")) out.push({ field: "asOf", file: file.asOf ?? "", pane: choices.asOf.trim() });
  return out;
}
