import { fieldLabelOfPath } from "./field-labels";
import { isKnownMetric, metricFieldLabel } from "./metrics";
import { periodLabel } from "./period";
import type { ReportData } from "./report-data";
import { formatInteger, formatMoney } from "./vietnamese-number";

// What a refresh changed, in the terms the secretary counts: figures, table rows, component sites.

export interface DataDiff {
  /** Metric keys (and budget fields) whose stated value changed, appeared or disappeared. */
  figures: string[];
  /** Contributor rows (group / unit) whose months changed, appeared or disappeared. */
  rows: string[];
  /** Component sites (a province roll-up) whose figures changed, appeared or disappeared, by name. */
  sites: string[];
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
  const rows = changedKeys(before, after, (d) =>
    (d.contributors ?? []).flatMap((g) => g.rows.map((r) => [`${g.group} / ${r.name}`, r.months.map((m) => m ?? 0).join(",")] as const)),
  );
  const sites = changedKeys(before, after, (d) => (d.sites?.reports ?? []).map((r) => [r.name, JSON.stringify(r.metrics)] as const));
  return { figures, rows, sites, periodChanged: JSON.stringify(before?.period) !== JSON.stringify(after.period) };
}

/** The names whose content differs between the two, or that only one of them has. */
function changedKeys(
  before: ReportData | null,
  after: ReportData,
  entries: (d: ReportData) => ReadonlyArray<readonly [string, string]>,
): string[] {
  const a = new Map(before ? entries(before) : []);
  const b = new Map(entries(after));
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
}

function figureWords(v: ReportData["metrics"][string] | undefined): string {
  if (v === undefined) return "không có";
  return typeof v === "number" ? formatInteger(v) : `${v.qualifier ? `${v.qualifier} ` : ""}${formatInteger(v.value)}`;
}

function figureLabel(key: string, before: ReportData | null, after: ReportData): string {
  if (key.startsWith("budget.")) return fieldLabelOfPath(key) ?? key;
  if (isKnownMetric(key)) return metricFieldLabel(key);
  const own = (d: ReportData | null) => {
    const v = d?.metrics[key];
    return typeof v === "object" ? v.label : undefined;
  };
  return own(after) ?? own(before) ?? key;
}

/** How many changed rows are named before "và N hàng khác". */
const ROWS_NAMED = 3;

/**
 * What replacing `before` (the data stored in the document) by `after` changes, one line each in her words —
 * "Tin, bài: 242 → 250" — said before a refresh from an address overwrites figures (issue: untrusted input).
 */
export function describeDataChanges(before: ReportData | null, after: ReportData): string[] {
  const diff = diffReportData(before, after);
  const lines: string[] = [];
  if (before && diff.periodChanged) lines.push(`Kỳ báo cáo: ${periodLabel(before.period)} → ${periodLabel(after.period)}`);
  for (const key of diff.figures) {
    const field = key.startsWith("budget.") ? (key.slice(7) as "allocated" | "spent") : null;
    const [was, now] = field
      ? [before?.budget?.[field], after.budget?.[field]].map((v) => (v === undefined ? "không có" : formatMoney(v)))
      : [figureWords(before?.metrics[key]), figureWords(after.metrics[key])];
    lines.push(`${figureLabel(key, before, after)}: ${was} → ${now}`);
  }
  if (diff.rows.length > 0) lines.push(`Bảng phụ lục: ${diff.rows.length} hàng thay đổi (${named(diff.rows, "hàng")})`);
  if (diff.sites.length > 0)
    lines.push(`Trang thành phần: số liệu của ${diff.sites.length} trang thay đổi (${named(diff.sites, "trang")})`);
  return lines;
}

/** "a; b; c và 2 hàng khác": the first few by name. */
function named(items: readonly string[], noun: string): string {
  const more = items.length > ROWS_NAMED ? ` và ${items.length - ROWS_NAMED} ${noun} khác` : "";
  return items.slice(0, ROWS_NAMED).join("; ") + more;
}
