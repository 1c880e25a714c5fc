import type { ContributorGroup } from "./report-data";
import { periodMonths, type Period, type YearMonth } from "./period";
import { toRoman } from "./numbering";

// The appendix table: who sent how many articles each month. All arithmetic of the table lives here so the
// text ("units with no articles", the total in section I) and the table can never disagree.

export interface ContributorRow {
  /** Numbered within its group, 1..n, without gaps. */
  stt: number;
  name: string;
  /** One entry per month of the period; null/0 in the data both mean none. */
  months: number[];
  total: number;
}

export interface ContributorGroupTable {
  /** "I", "II", … */
  numeral: string;
  name: string;
  rows: ContributorRow[];
  monthTotals: number[];
  total: number;
}

export interface ContributorTable {
  months: YearMonth[];
  groups: ContributorGroupTable[];
  monthTotals: number[];
  grandTotal: number;
}

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

function columnTotals(rows: ReadonlyArray<{ months: readonly number[] }>, width: number): number[] {
  const totals = new Array<number>(width).fill(0);
  for (const row of rows) row.months.forEach((v, i) => (totals[i]! += v));
  return totals;
}

export function buildContributorTable(period: Period, groups: readonly ContributorGroup[]): ContributorTable {
  const months = periodMonths(period);
  const tableGroups = groups.map((group, g): ContributorGroupTable => {
    const rows = group.rows.map((row, r): ContributorRow => {
      const values = months.map((_, i) => row.months[i] ?? 0);
      return { stt: r + 1, name: row.name, months: values, total: sum(values) };
    });
    const monthTotals = columnTotals(rows, months.length);
    return { numeral: toRoman(g + 1), name: group.group, rows, monthTotals, total: sum(monthTotals) };
  });
  const monthTotals = columnTotals(
    tableGroups.map((g) => ({ months: g.monthTotals })),
    months.length,
  );
  return { months, groups: tableGroups, monthTotals, grandTotal: sum(monthTotals) };
}

/** Units that sent nothing in the whole period, in table order: the assessment names them. */
export function unitsWithoutArticles(table: ContributorTable): string[] {
  return table.groups.flatMap((g) => g.rows.filter((r) => r.total === 0).map((r) => r.name));
}

/** "Tháng 7"; a table spanning two years says which year ("Tháng 11/2023"). */
export function monthHeading(month: YearMonth, months: readonly YearMonth[]): string {
  const spansYears = months.length > 0 && months[0]!.year !== months[months.length - 1]!.year;
  return spansYears ? `Tháng ${month.month}/${month.year}` : `Tháng ${month.month}`;
}

/** Portrait A4 holds STT, name, six months and a total legibly; more columns need landscape. */
export function needsLandscape(table: ContributorTable): boolean {
  return table.months.length > 6;
}
