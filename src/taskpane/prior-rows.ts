import type { PriorReportExtract } from "../sources/prior-report/extract-prior-report";
import type { PriorFigure } from "../domain/prior-figures";
import { KNOWN_METRICS, isKnownMetric } from "../domain/metrics";
import { formatQualified } from "../domain/vietnamese-number";
import { previousPeriod, samePeriod, samePeriodLastYear, type Period } from "../domain/period";

// How the pane lists last period's figures: one row per metric, named as the report names it, in the
// catalogue's order. What a figure is and which period it belongs to was decided by the reader in sources/.

export interface PriorRow {
  key: string;
  /** The catalogue's noun, else the data file's own label, else the key itself. */
  noun: string;
  /** "9.933", "gần 3.500.000": as the report would write it. */
  shown: string;
  source: string;
}

const ORDER = Object.keys(KNOWN_METRICS);

function rank(key: string): number {
  const i = ORDER.indexOf(key);
  return i < 0 ? ORDER.length : i;
}

export function priorRows(extract: PriorReportExtract): PriorRow[] {
  return Object.entries(extract.metrics)
    .map(([key, m]) => ({
      key,
      noun: isKnownMetric(key) ? KNOWN_METRICS[key] : (m.label ?? key),
      shown: formatQualified(m.value, m.qualifier, { padSmall: false }),
      source: m.source,
    }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

/** The ticked figures, in the form the domain turns into `prior`. */
export function chosenFigures(extract: PriorReportExtract, ticked: ReadonlySet<string>): PriorFigure[] {
  const out: PriorFigure[] = [];
  for (const [key, m] of Object.entries(extract.metrics)) {
    if (!ticked.has(key)) continue;
    out.push({ key, value: m.value, qualifier: m.qualifier, ...(m.label !== undefined ? { label: m.label } : {}) });
  }
  return out;
}

/** Ticked at first only when the reader found the report's period: otherwise she must say which period it was. */
export function defaultTicks(extract: PriorReportExtract): Set<string> {
  return new Set(extract.period ? Object.keys(extract.metrics) : []);
}

/**
 * The periods a report whose period was not found can be taken as: the period right before this one, or the
 * same period last year — the two the reports compare with.
 */
export function candidatePriorPeriods(current: Period): Period[] {
  const previous = previousPeriod(current);
  const lastYear = samePeriodLastYear(current);
  return samePeriod(previous, lastYear) ? [previous] : [previous, lastYear];
}
