import type { ContributorGroup, ReportData } from "./report-data";
import { KNOWN_METRICS, metricFieldLabel, type KnownMetricKey, type MetricInput } from "./metrics";
import { previousPeriod, samePeriod, samePeriodLastYear, type Period } from "./period";
import { readCount } from "./typed-input";
import { withoutDiacritics } from "./text";
import { QUALIFIERS, type Qualifier } from "./vietnamese-number";

// The figures of a report as the pane holds them while she types: every value a string as typed, so nothing
// she wrote is lost or reformatted under her cursor. `composeFigures` reads them into data format v1 and says,
// field by field and in her words, what it could not read. A data file or a prior report fills a draft
// (`draftFromData`), so she can correct what it brought.

export const METRIC_KEYS = Object.keys(KNOWN_METRICS) as KnownMetricKey[];

export interface MetricDraft {
  value: string;
  qualifier: "" | Qualifier;
  /** Last period's value (or the same period last year's, per `compareWith`). */
  prior: string;
}

export interface CustomMetricDraft {
  label: string;
  value: string;
  prior: string;
}

export interface TableRowDraft {
  name: string;
  months: string[];
}

export interface TableGroupDraft {
  name: string;
  rows: TableRowDraft[];
}

export type TextKey = "opening" | "advantages" | "limitations" | "tasks" | "proposals";
export const TEXT_KEYS: readonly TextKey[] = ["opening", "advantages", "limitations", "tasks", "proposals"];

export interface FiguresDraft {
  metrics: Record<KnownMetricKey, MetricDraft>;
  custom: CustomMetricDraft[];
  budget: { allocated: string; spent: string; items: { label: string; amount: string }[] };
  /** Multi-line texts; for the lists, one item per line. */
  texts: Record<TextKey, string>;
  /** What the "kỳ trước" column compares with. */
  compareWith: "last-year" | "previous";
  /**
   * The compared period a data file gave, kept as it is: its figures stay that period's whatever period she
   * chooses now (a comparison is never silently moved to another period). Cleared when she picks compareWith.
   */
  priorPeriod?: Period;
  table: TableGroupDraft[];
}

export interface InputProblem {
  /** Stable id of the field ("metric:tin_bai", "prior:van_ban", "budget:spent", "table:0:1:2"). */
  field: string;
  /** The field's label as she sees it. */
  label: string;
  message: string;
}

export function emptyDraft(): FiguresDraft {
  return {
    metrics: Object.fromEntries(METRIC_KEYS.map((k) => [k, { value: "", qualifier: "", prior: "" }])) as Record<
      KnownMetricKey,
      MetricDraft
    >,
    custom: [],
    budget: { allocated: "", spent: "", items: [] },
    texts: { opening: "", advantages: "", limitations: "", tasks: "", proposals: "" },
    compareWith: "last-year",
    table: [],
  };
}

const shown = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

function valueOf(m: MetricInput | undefined): { value: string; qualifier: "" | Qualifier; label?: string } {
  if (m === undefined) return { value: "", qualifier: "" };
  if (typeof m === "number") return { value: String(m), qualifier: "" };
  return { value: String(m.value), qualifier: m.qualifier ?? "", ...(m.label ? { label: m.label } : {}) };
}

/** What a loaded data file (or a report's embedded data) puts into the pane's fields. */
export function draftFromData(data: ReportData): FiguresDraft {
  const draft = emptyDraft();
  const prior = data.prior?.metrics ?? {};
  for (const key of METRIC_KEYS) {
    const v = valueOf(data.metrics[key]);
    draft.metrics[key] = { value: v.value, qualifier: v.qualifier, prior: valueOf(prior[key]).value };
  }
  for (const [key, m] of Object.entries(data.metrics)) {
    if ((METRIC_KEYS as string[]).includes(key)) continue;
    const v = valueOf(m);
    draft.custom.push({ label: v.label ?? key, value: v.value, prior: valueOf(prior[key]).value });
  }
  if (data.prior) {
    if (samePeriod(data.prior.period, previousPeriod(data.period))) draft.compareWith = "previous";
    draft.priorPeriod = data.prior.period;
  }
  draft.budget = {
    allocated: shown(data.budget?.allocated),
    spent: shown(data.budget?.spent),
    items: (data.budget?.items ?? []).map((i) => ({ label: i.label, amount: String(i.amount) })),
  };
  const t = data.text ?? {};
  draft.texts = {
    opening: t.opening ?? "",
    advantages: (t.advantages ?? []).join("\n"),
    limitations: (t.limitations ?? []).join("\n"),
    tasks: (t.tasks ?? []).join("\n"),
    proposals: (t.proposals ?? []).join("\n"),
  };
  draft.table = tableDraftOf(data.contributors ?? []);
  return draft;
}

/** The prior period the "kỳ trước" column means. */
export function comparedPeriod(draft: FiguresDraft, period: Period): Period {
  if (draft.priorPeriod) return draft.priorPeriod;
  return draft.compareWith === "previous" ? previousPeriod(period) : samePeriodLastYear(period);
}

/** A key for her own metric, from its label: tag-safe, short, unlike the catalogue's. */
export function customMetricKey(label: string, taken: ReadonlySet<string>): string {
  const base =
    withoutDiacritics(label)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 30) || "so_lieu";
  let key = /^[a-z]/.test(base) ? base : `so_lieu_${base}`;
  if (key in KNOWN_METRICS) key = `rieng_${key}`;
  let n = 2;
  const first = key;
  while (taken.has(key)) key = `${first}_${n++}`;
  return key;
}

export interface ComposedFigures {
  metrics: Record<string, MetricInput>;
  prior?: { period: Period; metrics: Record<string, MetricInput> };
  budget?: NonNullable<ReportData["budget"]>;
  contributors?: ContributorGroup[];
  text?: NonNullable<ReportData["text"]>;
  problems: InputProblem[];
}

const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The draft read into data format v1 for `period`; every field that cannot be read is named in `problems`. */
export function composeFigures(draft: FiguresDraft, period: Period, monthCount: number): ComposedFigures {
  const problems: InputProblem[] = [];
  const read = (field: string, label: string, raw: string): number | undefined => {
    const r = readCount(raw);
    if (!r.ok) {
      problems.push({ field, label, message: `${label}: ${r.message}` });
      return undefined;
    }
    return r.value;
  };
  const metrics: Record<string, MetricInput> = {};
  const prior: Record<string, MetricInput> = {};
  for (const key of METRIC_KEYS) {
    const d = draft.metrics[key];
    const label = metricFieldLabel(key);
    const value = read(`metric:${key}`, label, d.value);
    if (value !== undefined)
      metrics[key] = d.qualifier && (QUALIFIERS as readonly string[]).includes(d.qualifier) ? { value, qualifier: d.qualifier } : value;
    const before = read(`prior:${key}`, `${label} (kỳ so sánh)`, d.prior);
    if (before !== undefined) prior[key] = before;
  }
  const taken = new Set<string>(METRIC_KEYS);
  draft.custom.forEach((c, i) => {
    const label = c.label.trim();
    if (label === "" && c.value.trim() === "") return;
    if (label === "") {
      problems.push({
        field: `custom:${i}:label`,
        label: "Tên số liệu",
        message: `Số liệu riêng thứ ${i + 1}: hãy ghi tên (ví dụ "bài viết tiếng dân tộc").`,
      });
      return;
    }
    const key = customMetricKey(label, taken);
    taken.add(key);
    const value = read(`custom:${i}:value`, label, c.value);
    if (value !== undefined) metrics[key] = { value, label };
    const before = read(`custom:${i}:prior`, `${label} (kỳ so sánh)`, c.prior);
    if (before !== undefined) prior[key] = { value: before, label };
  });

  const allocated = read("budget:allocated", "Kinh phí được giao", draft.budget.allocated);
  const spent = read("budget:spent", "Kinh phí đã chi", draft.budget.spent);
  const items: { label: string; amount: number }[] = [];
  draft.budget.items.forEach((item, i) => {
    if (item.label.trim() === "" && item.amount.trim() === "") return;
    const amount = read(`budget:item:${i}`, item.label.trim() || `Khoản chi ${i + 1}`, item.amount);
    if (item.label.trim() === "")
      problems.push({ field: `budget:item:${i}:label`, label: "Khoản chi", message: `Khoản chi thứ ${i + 1}: hãy ghi nội dung chi.` });
    else if (amount !== undefined) items.push({ label: item.label.trim(), amount });
  });
  const budget =
    allocated !== undefined || spent !== undefined || items.length
      ? { ...(allocated !== undefined ? { allocated } : {}), ...(spent !== undefined ? { spent } : {}), ...(items.length ? { items } : {}) }
      : undefined;

  const contributors: ContributorGroup[] = [];
  draft.table.forEach((g, gi) => {
    const rows = g.rows.flatMap((r, ri) => {
      if (r.name.trim() === "" && r.months.every((m) => m.trim() === "")) return [];
      if (r.name.trim() === "") {
        problems.push({
          field: `table:${gi}:${ri}:name`,
          label: "Tên đơn vị",
          message: `Bảng đơn vị, nhóm ${gi + 1}, hàng ${ri + 1}: hãy ghi tên đơn vị.`,
        });
        return [];
      }
      const months = Array.from(
        { length: monthCount },
        (_, m) => read(`table:${gi}:${ri}:${m}`, `${r.name.trim()}, tháng thứ ${m + 1}`, r.months[m] ?? "") ?? 0,
      );
      return [{ name: r.name.trim(), months }];
    });
    if (rows.length) contributors.push({ group: g.name.trim() || "CÁC ĐƠN VỊ GỬI TIN, BÀI", rows });
  });

  const text: NonNullable<ReportData["text"]> = {};
  if (draft.texts.opening.trim()) text.opening = draft.texts.opening.trim().replace(/\s*\n\s*/g, " ");
  for (const key of ["advantages", "limitations", "tasks", "proposals"] as const) {
    const l = lines(draft.texts[key]);
    if (l.length) text[key] = l;
  }

  return {
    metrics,
    ...(Object.keys(prior).length ? { prior: { period: comparedPeriod(draft, period), metrics: prior } } : {}),
    ...(budget ? { budget } : {}),
    ...(contributors.length ? { contributors } : {}),
    ...(Object.keys(text).length ? { text } : {}),
    problems,
  };
}

/** Row totals and month totals of the grid as typed (unreadable cells count as nothing). */
export function tableTotals(table: readonly TableGroupDraft[], monthCount: number): { rows: number[][]; months: number[]; grand: number } {
  const cell = (s: string) => {
    const r = readCount(s);
    return r.ok && r.value !== undefined ? r.value : 0;
  };
  const months = new Array<number>(monthCount).fill(0);
  const rows = table.map((g) =>
    g.rows.map((r) => {
      let sum = 0;
      for (let m = 0; m < monthCount; m++) {
        const v = cell(r.months[m] ?? "");
        months[m]! += v;
        sum += v;
      }
      return sum;
    }),
  );
  return { rows, months, grand: months.reduce((a, b) => a + b, 0) };
}

/** The sheet's groups as draft rows, months as typed text. */
export function tableDraftOf(groups: readonly ContributorGroup[]): TableGroupDraft[] {
  return groups.map((g) => ({
    name: g.group,
    rows: g.rows.map((r) => ({ name: r.name, months: r.months.map((m) => (m ? String(m) : "")) })),
  }));
}
