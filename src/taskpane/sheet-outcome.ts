import type { Strings } from "./i18n";

/**
 * What a read sheet or pasted appendix could not take, with a note first when its month columns are not the
 * period's (both panes say the same).
 */
export function sheetProblems(t: Strings, monthColumns: number, monthCount: number, problems: readonly string[]): string[] {
  return monthColumns && monthColumns !== monthCount ? [t.sheetMonthsDiffer(monthColumns, monthCount), ...problems] : [...problems];
}
