import type { ContributorGroup, ReportData } from "./report-data";
import type { Period } from "./period";
import { periodMonths } from "./period";
import type { Qualifier } from "./vietnamese-number";

// Last period's figures, once the secretary has ticked the ones she trusts, become `prior`; the statistics
// sentences then gain their comparisons. Last period's table can seed this period's rows.

export interface PriorFigure {
  key: string;
  value: number;
  qualifier: Qualifier | null;
  /** Needed for metrics outside the catalogue. */
  label?: string;
}

/** The data with `prior` replaced by the chosen figures of `period`; nothing chosen removes the comparison. */
export function withPriorFigures(data: ReportData, period: Period, figures: readonly PriorFigure[]): ReportData {
  const { prior: _old, ...rest } = data;
  void _old;
  if (figures.length === 0) return rest;
  return { ...rest, prior: { period, metrics: figureMetrics(figures) } };
}

/** Ticked figures as data format v1 writes metrics: a bare count, or { value, qualifier?, label? }. */
export function figureMetrics(figures: readonly PriorFigure[]): ReportData["metrics"] {
  const metrics: ReportData["metrics"] = {};
  for (const f of figures) {
    metrics[f.key] =
      f.qualifier || f.label
        ? { value: f.value, ...(f.qualifier ? { qualifier: f.qualifier } : {}), ...(f.label ? { label: f.label } : {}) }
        : f.value;
  }
  return metrics;
}

/** The same units in the same groups, months left empty for this period's figures. */
export function seedContributors(previous: readonly ContributorGroup[], period: Period): ContributorGroup[] {
  const width = periodMonths(period).length;
  return previous.map((g) => ({
    group: g.group,
    rows: g.rows.map((r) => ({ name: r.name, months: new Array<number | null>(width).fill(null) })),
  }));
}
