import type { ReportData } from "./report-data";
import {
  COMPARISON_NOUNS,
  CUMULATIVE_METRICS,
  KNOWN_METRICS,
  METRIC_GROUPS,
  isKnownMetric,
  metricValue,
  toMetricFigure,
  type MetricFigure,
  type MetricInput,
} from "./metrics";
import { comparisonClause } from "./comparison";
import { comparisonTarget, duringPeriod } from "./period";
import { formatInteger, formatQualified } from "./vietnamese-number";
import { formatShortDate, parseIsoDate } from "./vietnamese-date";
import { capitalizeFirst, joinVietnamese } from "./text";

// One statistics sentence per group of related figures, each figure compared with the prior period
// when the data has the prior figure. Wording is ours; the figures' formatting follows ND30.

export interface StatisticsParagraph {
  /** Group id (leading metric key) or a custom metric's key: the block tag is soanbaocao:stat:<id>. */
  id: string;
  /** The metric keys this sentence states, in order. */
  keys: string[];
  text: string;
}

interface Context {
  figures: Map<string, MetricFigure>;
  prior: Map<string, MetricFigure>;
  target: string | null;
}

function figures(metrics: Record<string, MetricInput>): Map<string, MetricFigure> {
  return new Map(Object.entries(metrics).map(([k, v]) => [k, toMetricFigure(k, v)]));
}

/**
 * "242 tin, bài, tăng 32 tin, bài (15,2%) so với cùng kỳ năm 2020". `detail` goes right after the noun, before
 * the comparison: "213 văn bản (trong đó có …), tăng 25 văn bản …".
 */
function phrase(ctx: Context, key: string, detail = ""): string {
  const fig = ctx.figures.get(key)!;
  const base = `${formatQualified(fig.value, fig.qualifier)} ${fig.noun}${detail}`;
  const prior = ctx.prior.get(key);
  if (!prior || !ctx.target || CUMULATIVE_METRICS.has(key)) return base;
  const repeated = !fig.labelled && isKnownMetric(key) ? (COMPARISON_NOUNS[key] ?? fig.noun) : fig.noun;
  const clause = comparisonClause(fig, prior, repeated, ctx.target);
  return clause.startsWith("(") ? `${base} ${clause}` : `${base}, ${clause}`;
}

function hasComparison(ctx: Context, keys: readonly string[]): boolean {
  return keys.some((k) => ctx.prior.has(k) && !CUMULATIVE_METRICS.has(k));
}

/** Plain lists read "a, b và c"; lists whose items carry comparison clauses need semicolons to stay readable. */
function list(ctx: Context, keys: readonly string[]): string {
  const parts = keys.map((k) => phrase(ctx, k));
  return hasComparison(ctx, keys) ? parts.join("; ") : joinVietnamese(parts);
}

function present(ctx: Context, keys: readonly string[]): string[] {
  return keys.filter((k) => ctx.figures.has(k));
}

export function buildStatistics(data: ReportData, derived: { tin_bai?: number } = {}): StatisticsParagraph[] {
  const metrics: Record<string, MetricInput> = { ...data.metrics };
  if (metrics.tin_bai === undefined && derived.tin_bai !== undefined) metrics.tin_bai = derived.tin_bai;
  const ctx: Context = {
    figures: figures(metrics),
    prior: figures(data.prior?.metrics ?? {}),
    target: data.prior ? comparisonTarget(data.period, data.prior.period) : null,
  };
  const during = duringPeriod(data.period);
  const site = data.unit.site;
  const asOf = data.asOf ? parseIsoDate(data.asOf) : null;
  const out: StatisticsParagraph[] = [];
  const add = (id: string, keys: string[], text: string) => out.push({ id, keys, text });

  for (const group of METRIC_GROUPS) {
    const keys = present(ctx, group.keys);
    if (keys.length === 0) continue;
    switch (group.id) {
      case "tin_bai":
        add(group.id, keys, `${during}, ${site} đã đăng tải ${list(ctx, keys)}.`);
        break;
      case "van_ban": {
        const total = keys.includes("van_ban");
        const parts = keys.filter((k) => k !== "van_ban" && k !== "du_thao");
        // "trong đó có" claims the parts are among the total: only say it when the figures allow it.
        const partsSum = parts.reduce((sum, k) => sum + ctx.figures.get(k)!.value, 0);
        const among = total && partsSum <= ctx.figures.get("van_ban")!.value;
        let text = "";
        if (total && among) {
          text = `Đã cập nhật ${phrase(ctx, "van_ban", parts.length ? ` (trong đó có ${list(ctx, parts)})` : "")}`;
        } else if (total) {
          text = `Đã cập nhật ${list(ctx, ["van_ban", ...parts])}`;
        } else if (parts.length) {
          text = `Đã cập nhật ${list(ctx, parts)}`;
        }
        if (keys.includes("du_thao")) {
          text += text ? `; đăng tải ${phrase(ctx, "du_thao")}` : `Đã đăng tải ${phrase(ctx, "du_thao")}`;
        }
        add(group.id, keys, `${text}.`);
        break;
      }
      case "chuyen_muc": {
        const clauses: string[] = [];
        if (keys.includes("chuyen_muc")) clauses.push(`mở ${phrase(ctx, "chuyen_muc")}`);
        if (keys.includes("banner")) clauses.push(`thiết kế, cập nhật ${phrase(ctx, "banner")}`);
        add(group.id, keys, `${capitalizeFirst(`đã ${clauses.join(hasComparison(ctx, keys) ? "; " : " và ")}`)}.`);
        break;
      }
      case "hoi_dap":
        add(group.id, keys, `Chuyên mục hỏi - đáp đã có ${phrase(ctx, "hoi_dap")}.`);
        break;
      case "tthc":
        add(group.id, keys, `Đã công khai, cập nhật ${phrase(ctx, "tthc")} trên ${site}.`);
        break;
      case "luot_truy_cap": {
        const since = asOf ? ` (tính đến ngày ${formatShortDate(asOf)})` : "";
        const cumulative = ctx.figures.get("luot_truy_cap_luy_ke");
        const total = cumulative ? `${formatQualified(cumulative.value, cumulative.qualifier)} lượt` : "";
        if (keys.includes("luot_truy_cap")) {
          const tail = cumulative ? `, nâng tổng số lượt truy cập${since} lên ${total}` : "";
          add(group.id, keys, `${during}, ${site} đã thu hút ${phrase(ctx, "luot_truy_cap")}${tail}.`);
        } else {
          add(group.id, keys, `Tổng số lượt truy cập ${site}${since} đạt ${total}.`);
        }
        break;
      }
      case "trang_thanh_phan":
        add(group.id, keys, `Hiện có ${phrase(ctx, "trang_thanh_phan")} cung cấp thông tin theo quy định.`);
        break;
    }
  }
  for (const key of ctx.figures.keys()) {
    if (isKnownMetric(key)) continue;
    add(key, [key], `Bên cạnh đó, có ${phrase(ctx, key)}.`);
  }
  return out;
}

/** Checks between figures that the format cannot express but a reader would catch. */
export function statisticsWarnings(data: ReportData): string[] {
  const warnings: string[] = [];
  const value = (k: string) => metricValue(data.metrics[k]);
  const total = value("van_ban");
  if (total !== undefined) {
    const parts = ["van_ban_chi_dao", "van_ban_qppl", "lich_cong_tac"].map(value).filter((v): v is number => v !== undefined);
    const sum = parts.reduce((s, v) => s + v, 0);
    if (sum > total) {
      warnings.push(
        `Tổng các loại văn bản chi tiết (${formatInteger(sum)}) lớn hơn tổng số ${KNOWN_METRICS.van_ban} (${formatInteger(total)}) — câu "trong đó có" sẽ vô lý; kiểm tra lại metrics.van_ban.`,
      );
    }
  }
  const visits = value("luot_truy_cap");
  const cumulative = value("luot_truy_cap_luy_ke");
  if (visits !== undefined && cumulative !== undefined && cumulative < visits) {
    warnings.push(
      `Lượt truy cập lũy kế (${formatInteger(cumulative)}) nhỏ hơn lượt truy cập trong kỳ (${formatInteger(visits)}) — kiểm tra lại metrics.luot_truy_cap_luy_ke.`,
    );
  }
  return warnings;
}
