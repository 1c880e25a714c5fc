import type { ReportData } from "./report-data";

// What a refresh changed, in the terms the secretary counts: figures and table rows.

export interface DataDiff {
  /** Metric keys (and budget fields) whose stated value changed, appeared or disappeared. */
  figures: string[];
  /** Contributor rows (group / unit) whose months changed, appeared or disappeared. */
  rows: string[];
  periodChanged: boolean;
}

function figureText(v: ReportData["metrics"][string] | undefined): string {
  if (v === undefined) return "";
  return typeof v === "number" ? String(v) : `${v.qualifier ?? ""}${v.value}`;
}

export function diffReportData(before: ReportData | null, after: ReportData): DataDiff {
  const figures: string[] = [];
  const keys = new Set([...Object.keys(before?.metrics ?? {}), ...Object.keys(after.metrics)]);
  for (const k of keys) if (figureText(before?.metrics[k]) !== figureText(after.metrics[k])) figures.push(k);
  for (const field of ["allocated", "spent"] as const) {
    if (before?.budget?.[field] !== after.budget?.[field]) figures.push(`budget.${field}`);
  }
  const rowsOf = (d: ReportData | null) =>
    new Map(
      (d?.contributors ?? []).flatMap((g) => g.rows.map((r) => [`${g.group} / ${r.name}`, r.months.map((m) => m ?? 0).join(",")] as const)),
    );
  const a = rowsOf(before);
  const b = rowsOf(after);
  const rows = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
  return { figures, rows, periodChanged: JSON.stringify(before?.period) !== JSON.stringify(after.period) };
}
