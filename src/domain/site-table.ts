import type { ReportData, SiteReport } from "./report-data";
import { KNOWN_METRICS, isKnownMetric, metricFieldLabel, metricValue, toMetricFigure } from "./metrics";
import { toRoman } from "./numbering";
import { capitalizeFirst } from "./text";
import { formatInteger, sumQualifier, type Qualifier } from "./vietnamese-number";

// The component sites' appendix and the sums the report states: one row per site, a column per key figure.
// All the roll-up's arithmetic lives here, so the sentences and the table can never disagree.

export type Sites = NonNullable<ReportData["sites"]>;

/** The figures every province report asks of its sites (seed 001: "tin, bài, văn bản các loại", visits). */
export const KEY_SITE_METRICS = ["tin_bai", "van_ban", "luot_truy_cap"] as const;

/** STT, the site's name and nine figures fill a landscape page legibly; further figures are in the sentences only. */
export const MAX_SITE_COLUMNS = 9;
/** Portrait holds STT, the name and five figure columns. */
const PORTRAIT_COLUMNS = 5;

export interface SiteColumn {
  key: string;
  heading: string;
}

export interface SiteRow {
  /** Numbered within its group, 1..n. */
  stt: number;
  name: string;
  /** One per column; null where the site gave no such figure. Absent for a site that has not reported. */
  values: Array<number | null> | null;
  /** On the province's list (else a site that reported without being listed). */
  listed: boolean;
}

export interface SiteGroupTable {
  /** "I", "II", …; empty when the table is not grouped. */
  numeral: string;
  name: string;
  rows: SiteRow[];
}

export interface SiteTable {
  columns: SiteColumn[];
  groups: SiteGroupTable[];
  /** Whether group rows are printed: the province's list groups its sites. */
  grouped: boolean;
  /** Per column, the sum over the sites that reported it. */
  totals: number[];
}

export interface SiteSum {
  key: string;
  value: number;
  qualifier?: Qualifier;
  noun: string;
  /** How many sites' reports state it. */
  sites: number;
}

/** The row of a listed site that has not reported: one cell across its figure columns. */
export const NOT_REPORTED_CELL = "Chưa gửi báo cáo";

/**
 * A row's figure cells as printed, in both the Word table and the preview: a reported zero is "0" (the site said
 * so), a figure the site did not give is empty; null for a site that has not reported.
 */
export function siteFigureCells(row: SiteRow): string[] | null {
  return row.values ? row.values.map((v) => (v === null ? "" : formatInteger(v))) : null;
}

/** Sites not on the province's list, when the list has groups. */
export const OTHER_SITES_GROUP = "Các trang khác";

/** The catalogue's keys in its order, then the other keys in their first appearance: how figures are listed. */
function inCatalogueOrder(keys: Iterable<string>): string[] {
  const given = new Set(keys);
  return [...Object.keys(KNOWN_METRICS).filter((k) => given.has(k)), ...[...given].filter((k) => !isKnownMetric(k))];
}

/** The key figures, then any other figure more than half the reporting sites state, up to MAX_SITE_COLUMNS. */
export function siteColumns(reports: readonly SiteReport[]): SiteColumn[] {
  const counts = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const r of reports) {
    for (const [key, value] of Object.entries(r.metrics)) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (typeof value !== "number" && value.label && !labels.has(key)) labels.set(key, value.label);
    }
  }
  const isKey = (k: string) => (KEY_SITE_METRICS as readonly string[]).includes(k);
  const common = inCatalogueOrder(counts.keys()).filter((k) => !isKey(k) && counts.get(k)! * 2 > reports.length);
  const chosen = [...KEY_SITE_METRICS, ...common.slice(0, MAX_SITE_COLUMNS - KEY_SITE_METRICS.length)];
  const heading = (key: string) => (isKnownMetric(key) ? metricFieldLabel(key) : capitalizeFirst(labels.get(key) ?? key));
  // In the catalogue's order, as the report's sentences state them: tin, bài, ảnh, video, văn bản, …, lượt truy cập.
  return inCatalogueOrder(chosen).map((key) => ({ key, heading: heading(key) }));
}

/** Wider than portrait holds: the appendix goes landscape. */
export function siteTableNeedsLandscape(table: SiteTable): boolean {
  return table.columns.length > PORTRAIT_COLUMNS;
}

/**
 * Rows follow the province's list (its groups, its order), a site that has not reported included as such; sites not
 * on the list follow, by name. Without a list, the reporting sites by name.
 */
export function buildSiteTable(sites: Sites): SiteTable {
  const reports = sites.reports ?? [];
  const columns = siteColumns(reports);
  const byName = new Map(reports.map((r) => [r.name, r]));
  const expected = sites.expected ?? [];
  const grouped = expected.some((e) => e.group !== undefined);
  const listedNames = new Set(expected.map((e) => e.name));
  const others = reports.filter((r) => !listedNames.has(r.name)).sort((a, b) => a.name.localeCompare(b.name, "vi"));

  const groups: Array<{ name: string; members: Array<{ name: string; report: SiteReport | undefined; listed: boolean }> }> = [];
  const groupOf = (name: string) => {
    let g = groups.find((x) => x.name === name);
    if (!g) groups.push((g = { name, members: [] }));
    return g;
  };
  for (const e of expected)
    groupOf(grouped ? (e.group ?? OTHER_SITES_GROUP) : "").members.push({ name: e.name, report: byName.get(e.name), listed: true });
  for (const r of others) groupOf(grouped ? OTHER_SITES_GROUP : "").members.push({ name: r.name, report: r, listed: false });
  // "Các trang khác" last, whatever order the list gave.
  groups.sort((a, b) => Number(a.name === OTHER_SITES_GROUP) - Number(b.name === OTHER_SITES_GROUP));

  const totals = columns.map(() => 0);
  const tableGroups = groups.map((g, gi): SiteGroupTable => ({
    numeral: grouped ? toRoman(gi + 1) : "",
    name: g.name,
    rows: g.members.map((m, i): SiteRow => {
      const values = m.report ? columns.map((c) => metricValue(m.report!.metrics[c.key]) ?? null) : null;
      values?.forEach((v, ci) => (totals[ci]! += v ?? 0));
      return { stt: i + 1, name: m.name, values, listed: m.listed };
    }),
  }));
  return { columns, groups: tableGroups, grouped, totals };
}

/** Every figure the sites state, summed, in the catalogue's order then the others' first appearance. */
export function siteSums(reports: readonly SiteReport[]): SiteSum[] {
  const sums = new Map<string, { value: number; qualifiers: Set<Qualifier>; noun: string; sites: number }>();
  for (const r of reports) {
    for (const [key, input] of Object.entries(r.metrics)) {
      const fig = toMetricFigure(key, input);
      const s = sums.get(key) ?? { value: 0, qualifiers: new Set<Qualifier>(), noun: fig.noun, sites: 0 };
      s.value += fig.value;
      s.sites += 1;
      if (fig.qualifier) s.qualifiers.add(fig.qualifier);
      sums.set(key, s);
    }
  }
  return inCatalogueOrder(sums.keys()).map((key) => {
    const s = sums.get(key)!;
    const q = sumQualifier(s.qualifiers);
    return { key, value: s.value, noun: s.noun, sites: s.sites, ...(q ? { qualifier: q } : {}) };
  });
}

/** Reporting sites whose report says they posted no article at all, in table order. */
export function sitesWithoutArticles(table: SiteTable): string[] {
  const col = table.columns.findIndex((c) => c.key === "tin_bai");
  return table.groups.flatMap((g) => g.rows.filter((r) => r.values !== null && r.values[col] === 0).map((r) => r.name));
}

/** How many sites reported (all of them, and those on the province's list), and how many the list has (null: no list). */
export function reportedCounts(table: SiteTable): { all: number; listed: number; expected: number | null } {
  const rows = table.groups.flatMap((g) => g.rows);
  const reported = rows.filter((r) => r.values !== null);
  const onList = rows.filter((r) => r.listed).length;
  return { all: reported.length, listed: reported.filter((r) => r.listed).length, expected: onList || null };
}

/** Sites of the list that have not reported, in table order. */
export function sitesNotReported(table: SiteTable): string[] {
  return table.groups.flatMap((g) => g.rows.filter((r) => r.values === null).map((r) => r.name));
}
