import type { Qualifier } from "./vietnamese-number";

/** The metric keys data format v1 knows, with the noun a report counts them in. */
export const KNOWN_METRICS = {
  tin_bai: "tin, bài",
  anh: "ảnh",
  video: "video",
  van_ban: "văn bản",
  van_ban_chi_dao: "văn bản chỉ đạo, điều hành",
  van_ban_qppl: "văn bản quy phạm pháp luật",
  lich_cong_tac: "lịch công tác",
  du_thao: "dự thảo văn bản lấy ý kiến",
  hoi_dap: "câu hỏi được trả lời",
  chuyen_muc: "chuyên trang, chuyên mục mới",
  banner: "banner",
  tthc: "thủ tục hành chính",
  luot_truy_cap: "lượt truy cập",
  luot_truy_cap_luy_ke: "lượt truy cập (lũy kế)",
  trang_thanh_phan: "trang thông tin điện tử thành phần",
} as const;

export type KnownMetricKey = keyof typeof KNOWN_METRICS;

/** Each metric's field label in the pane: its noun as the report writes it, capitalised. */
export function metricFieldLabel(key: KnownMetricKey): string {
  const noun = key === "luot_truy_cap_luy_ke" ? "lượt truy cập lũy kế" : KNOWN_METRICS[key];
  return noun.charAt(0).toLocaleUpperCase("vi-VN") + noun.slice(1);
}

/**
 * The noun a comparison repeats, where the full one would read heavily twice in a sentence
 * ("04 câu hỏi được trả lời, tăng 04 câu hỏi so với …").
 */
export const COMPARISON_NOUNS: Partial<Record<KnownMetricKey, string>> = {
  van_ban_chi_dao: "văn bản",
  van_ban_qppl: "văn bản",
  du_thao: "dự thảo",
  hoi_dap: "câu hỏi",
  chuyen_muc: "chuyên trang, chuyên mục",
  tthc: "thủ tục",
  trang_thanh_phan: "trang",
};

export function isKnownMetric(key: string): key is KnownMetricKey {
  return Object.prototype.hasOwnProperty.call(KNOWN_METRICS, key);
}

/** Metric keys become parts of content-control tags, so they stay short and tag-safe. */
export const METRIC_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

/** A figure as the report states it. */
export interface Figure {
  value: number;
  qualifier?: Qualifier;
}

export interface MetricFigure extends Figure {
  key: string;
  /** The noun the figure counts: the catalogue's, or the data file's label. */
  noun: string;
  /** Whether the data file gave its own label: such figures are described by the label alone. */
  labelled: boolean;
}

/** Data format v1 lets a metric be a bare count or { value, qualifier?, label? }. */
export type MetricInput = number | { value: number; qualifier?: Qualifier; label?: string };

/** The count a metric states, whichever of the two v1 forms it is written in. */
export function metricValue(input: MetricInput | undefined): number | undefined {
  return input === undefined ? undefined : typeof input === "number" ? input : input.value;
}

export function toMetricFigure(key: string, input: MetricInput): MetricFigure {
  const obj = typeof input === "number" ? { value: input } : input;
  const known = isKnownMetric(key) ? KNOWN_METRICS[key] : undefined;
  const noun = obj.label ?? known ?? key;
  const figure: MetricFigure = { key, value: obj.value, noun, labelled: obj.label !== undefined };
  if (obj.qualifier) figure.qualifier = obj.qualifier;
  return figure;
}

/**
 * Statistics sentences group related figures the way reports do; each group is one paragraph
 * bound to the tag soanbaocao:stat:<group id>. A group's id is its leading metric key.
 */
export const METRIC_GROUPS: ReadonlyArray<{ id: string; keys: readonly KnownMetricKey[] }> = [
  { id: "tin_bai", keys: ["tin_bai", "anh", "video"] },
  { id: "van_ban", keys: ["van_ban", "van_ban_chi_dao", "van_ban_qppl", "lich_cong_tac", "du_thao"] },
  { id: "chuyen_muc", keys: ["chuyen_muc", "banner"] },
  { id: "hoi_dap", keys: ["hoi_dap"] },
  { id: "tthc", keys: ["tthc"] },
  { id: "luot_truy_cap", keys: ["luot_truy_cap", "luot_truy_cap_luy_ke"] },
  { id: "trang_thanh_phan", keys: ["trang_thanh_phan"] },
];

/** Figures that only ever grow: comparing them with a prior period says nothing. */
export const CUMULATIVE_METRICS: ReadonlySet<string> = new Set(["luot_truy_cap_luy_ke"]);
