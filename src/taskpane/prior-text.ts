import { periodLabel, type Period } from "../domain/period";

// Small wording helpers the prior-period section needs on the first screen, kept apart from prior-rows.ts so the
// metric catalogue and number formatting load only with the list of figures.

/** A period as the pane names it; a period still being typed is shown as given rather than breaking the pane. */
export function safeLabel(p: Period): string {
  try {
    return periodLabel(p);
  } catch {
    return JSON.stringify(p);
  }
}

export function rowCount(groups: readonly { rows: readonly unknown[] }[]): number {
  return groups.reduce((n, g) => n + g.rows.length, 0);
}
