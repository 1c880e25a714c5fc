import { z } from "zod";
import { QUALIFIERS } from "./vietnamese-number";
import { isKnownMetric, METRIC_KEY_PATTERN, metricValue } from "./metrics";
import { parseIsoDate } from "./vietnamese-date";
import { periodMonths, periodBounds, samePeriod, type Period } from "./period";
import { FORMATS } from "./document-format";
import { MAX_FIGURE } from "./figure-limit";

// Data format v1: the public contract of a data file. Field names and shapes are fixed by the contract;
// validation messages live in validation-message.ts so this file reads as the format itself.

/** Characters no report can print (C0/C1 controls except tab and line breaks); a text of only these is missing. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const text = z
  .string()
  .trim()
  .min(1)
  // An empty text is min(1)'s to report; this one only speaks when control characters were all there was.
  .refine((s) => s === "" || s.replace(CONTROL, "").trim() !== "", { params: { rule: "only-control" } });
const year = z.number().int().min(2000).max(2100);
const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const yearMonth = z.string().regex(YEAR_MONTH);
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => parseIsoDate(s)?.day !== undefined, { params: { format: "YYYY-MM-DD" } });
const isoDayOrMonth = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/)
  .refine((s) => parseIsoDate(s) !== null, { params: { format: "YYYY-MM-DD|YYYY-MM" } });
/**
 * Counts and money stay far below 2^53, so every total the engine adds is exact (a row of 9007199254740991 and 2
 * would otherwise add up to a wrong figure without a word); a larger value is a typing error.
 */
const count = z.number().int().nonnegative().max(MAX_FIGURE);
const money = z.number().int().nonnegative().max(MAX_FIGURE);

export const periodSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("month"), year, index: z.number().int().min(1).max(12) }),
  z.strictObject({ kind: z.literal("quarter"), year, index: z.number().int().min(1).max(4) }),
  z.strictObject({ kind: z.literal("half"), year, index: z.number().int().min(1).max(2) }),
  z.strictObject({ kind: z.literal("nine-months"), year }),
  z.strictObject({ kind: z.literal("year"), year }),
  z.strictObject({ kind: z.literal("range"), from: yearMonth, to: yearMonth }),
]);

export const metricValueSchema = z.union([
  count,
  z.strictObject({
    value: count,
    qualifier: z.enum(QUALIFIERS).optional(),
    label: text.optional(),
  }),
]);

const metricsSchema = z
  .record(z.string().regex(METRIC_KEY_PATTERN), metricValueSchema)
  .describe(
    "Số liệu của kỳ. Khóa có sẵn: tin_bai, anh, video, van_ban, van_ban_chi_dao, van_ban_qppl, lich_cong_tac, du_thao, hoi_dap, " +
      "chuyen_muc, banner, tthc, luot_truy_cap, luot_truy_cap_luy_ke, trang_thanh_phan; khóa khác phải có label.",
  );

export const unitSchema = z.strictObject({
  format: z
    .enum(FORMATS)
    .optional()
    .describe(
      'Thể thức: "nd30" (mặc định) theo Nghị định 30/2020/NĐ-CP cho cơ quan nhà nước; "hd36" theo Hướng dẫn 36-HD/VPTW cho cấp ủy, cơ quan đảng',
    ),
  governingBody: text
    .optional()
    .describe('Cơ quan chủ quản (ND30), hoặc cơ quan đảng cấp trên trực tiếp (HD 36), ví dụ "UBND XÃ ĐAK ĐOA", "TỈNH ỦY GIA LAI"'),
  name: text.describe('Cơ quan ban hành báo cáo, ví dụ "BAN BIÊN TẬP TRANG THÔNG TIN ĐIỆN TỬ"'),
  abbreviation: z.string().regex(/^[A-ZĐ0-9][A-ZĐ0-9.&-]{0,19}$/u),
  place: text.describe('Địa danh ghi ở dòng ngày tháng, ví dụ "Đak Đoa"'),
  site: text.describe('Tên cổng/trang dùng trong câu văn, ví dụ "Trang thông tin điện tử của UBND huyện"'),
  signer: z.strictObject({ authority: text.optional(), title: text, name: text }),
  recipients: z.array(text).describe("Nơi nhận, mỗi dòng một nơi (không cần gạch đầu dòng và dấu chấm phẩy)"),
  archive: text.optional().describe('Nơi lưu, ví dụ "VT, BBT" (mặc định "VT")'),
});

const contributorRowSchema = z.strictObject({
  name: text,
  months: z.array(count.nullable()),
});

export const contributorGroupSchema = z.strictObject({
  group: text,
  rows: z.array(contributorRowSchema),
});

/**
 * A province report rolls up the reports of its component sites (departments, communes, agencies). A province has
 * a few hundred at most after the 2025 mergers; a thousand leaves room and keeps a hostile file bounded.
 */
export const MAX_SITES = 1000;

export const expectedSiteSchema = z.strictObject({
  name: text.describe('Tên trang/đơn vị như báo cáo tổng hợp ghi, ví dụ "Sở Tài chính", "UBND xã Ia Grai"'),
  group: text.optional().describe('Nhóm trong bảng phụ lục, ví dụ "Các sở, ban, ngành", "Các xã, phường"'),
});

export const siteReportSchema = z.strictObject({
  name: text.describe("Tên trang/đơn vị in trong báo cáo tổng hợp"),
  site: text.optional().describe("Tên trang như tệp của trang ghi (unit.site), để nhận ra báo cáo gửi lại"),
  group: text.optional(),
  source: text.optional().describe("Tệp đã lấy số liệu"),
  metrics: metricsSchema,
});

/** Optional texts the clerk wrote; the engine writes neutral defaults where they are absent. */
const narrativeSchema = z.strictObject({
  /** Legal bases cited by the generated opening ("Căn cứ ..."). */
  basis: z.array(text).optional(),
  /** The clerk's own opening paragraph, used verbatim instead of the generated one. */
  opening: text.optional(),
  advantages: z.array(text).optional(),
  limitations: z.array(text).optional(),
  tasks: z.array(text).optional(),
  proposals: z.array(text).optional(),
});

export const reportDataSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    unit: unitSchema,
    report: z.strictObject({
      number: z
        .string()
        .regex(/^\d{0,6}$/)
        .optional()
        .describe('Số báo cáo, ví dụ "01"; để trống cho văn thư ghi'),
      date: isoDayOrMonth.describe('Ngày báo cáo "YYYY-MM-DD", hoặc "YYYY-MM" để trống ngày'),
      to: z
        .array(text)
        .min(1)
        .max(10)
        .optional()
        .describe('Kính gửi: cơ quan cấp trên nhận báo cáo, mỗi dòng một nơi; khi có, Nơi nhận bắt đầu bằng "- Như trên;"'),
    }),
    period: periodSchema,
    asOf: isoDay.optional().describe("Số liệu tính đến ngày (YYYY-MM-DD), dùng cho lượt truy cập lũy kế"),
    metrics: metricsSchema,
    prior: z.strictObject({ period: periodSchema, metrics: metricsSchema }).optional(),
    budget: z
      .strictObject({
        allocated: money.optional(),
        spent: money.optional(),
        items: z.array(z.strictObject({ label: text, amount: money })).optional(),
      })
      .optional(),
    contributors: z
      .array(contributorGroupSchema)
      .optional()
      .describe("Bảng phụ lục: nhóm đơn vị, mỗi đơn vị một dòng với số tin, bài từng tháng của kỳ (0 hoặc null là không có)"),
    text: narrativeSchema.optional(),
    sites: z
      .strictObject({
        expected: z
          .array(expectedSiteSchema)
          .max(MAX_SITES)
          .optional()
          .describe("Các trang thành phần phải gửi báo cáo, theo thứ tự và nhóm của bảng phụ lục; trang chưa gửi được nêu tên"),
        reports: z
          .array(siteReportSchema)
          .max(MAX_SITES)
          .optional()
          .describe('Số liệu các trang thành phần đã gửi (do "Tổng hợp báo cáo các trang thành phần" điền)'),
      })
      .optional()
      .describe("Báo cáo tổng hợp của cổng tỉnh: các trang thành phần và số liệu của từng trang"),
  })
  .superRefine((data, ctx) => {
    const labelled: Array<[readonly (string | number)[], ReportData["metrics"]]> = [
      [["metrics"], data.metrics],
      [["prior", "metrics"], data.prior?.metrics ?? {}],
      ...(data.sites?.reports ?? []).map((r, i): [readonly (string | number)[], ReportData["metrics"]] => [
        ["sites", "reports", i, "metrics"],
        r.metrics,
      ]),
    ];
    for (const [where, metrics] of labelled) {
      for (const [key, value] of Object.entries(metrics)) {
        if (!isKnownMetric(key) && (typeof value === "number" || value.label === undefined)) {
          ctx.addIssue({ code: "custom", path: [...where, key], params: { rule: "label-required" }, message: "" });
        }
      }
    }
    if (data.sites) siteIssues(data.sites, ctx);
    // Refinements run even after a format issue, so a range whose months did not parse is left to that issue.
    const readable = (q: Period) => q.kind !== "range" || (YEAR_MONTH.test(q.from) && YEAR_MONTH.test(q.to));
    const p = data.period;
    if (p.kind === "range" && readable(p)) {
      const { first, last } = periodBounds(p);
      const span = last.year * 12 + last.month - (first.year * 12 + first.month) + 1;
      if (span < 1) ctx.addIssue({ code: "custom", path: ["period", "to"], params: { rule: "range-order" }, message: "" });
      else if (span > 24) ctx.addIssue({ code: "custom", path: ["period", "to"], params: { rule: "range-length" }, message: "" });
    }
    const validPeriod = readable(p) && (p.kind !== "range" || p.from <= p.to);
    if (validPeriod && data.contributors) {
      const expected = periodMonths(p).length;
      data.contributors.forEach((group, g) =>
        group.rows.forEach((row, r) => {
          if (row.months.length !== expected) {
            ctx.addIssue({
              code: "custom",
              path: ["contributors", g, "rows", r, "months"],
              params: { rule: "months-length", expected, found: row.months.length },
              message: "",
            });
          }
        }),
      );
    }
    if (
      validPeriod &&
      data.prior &&
      readable(data.prior.period) &&
      (data.prior.period.kind !== "range" || data.prior.period.from <= data.prior.period.to)
    ) {
      const prior = periodBounds(data.prior.period).last;
      const current = periodBounds(p).first;
      if (samePeriod(data.prior.period, p) || prior.year * 12 + prior.month >= current.year * 12 + current.month) {
        ctx.addIssue({ code: "custom", path: ["prior", "period"], params: { rule: "prior-before" }, message: "" });
      }
    }
    // Each figure is at most MAX_FIGURE; a total of many is bounded too, so every sum the report prints is exact
    // (below Number.MAX_SAFE_INTEGER) and as readable as its parts.
    if (data.contributors) {
      const total = data.contributors.reduce(
        (s, g) => s + g.rows.reduce((t, r) => t + r.months.reduce<number>((u, v) => u + (v ?? 0), 0), 0),
        0,
      );
      if (total > MAX_FIGURE)
        ctx.addIssue({ code: "custom", path: ["contributors"], params: { rule: "total-too-large", what: "contributors" }, message: "" });
    }
    const budget = data.budget;
    if (budget?.items) {
      const sum = budget.items.reduce((s, i) => s + i.amount, 0);
      if (sum > MAX_FIGURE) {
        ctx.addIssue({ code: "custom", path: ["budget", "items"], params: { rule: "total-too-large", what: "budget" }, message: "" });
      }
      if (budget.spent !== undefined && sum > budget.spent) {
        ctx.addIssue({
          code: "custom",
          path: ["budget", "items"],
          params: { rule: "items-exceed-spent", sum, spent: budget.spent },
          message: "",
        });
      }
    }
  });

type SitesInput = {
  expected?: Array<{ name: string; group?: string | undefined }> | undefined;
  reports?: Array<{ name: string; metrics: Record<string, z.infer<typeof metricValueSchema>> }> | undefined;
};

/** A site listed twice would be counted or named twice; the sum of a figure over all sites must stay exact. */
function siteIssues(sites: SitesInput, ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  (sites.expected ?? []).forEach((site, i) => {
    const key = site.name.toLocaleLowerCase("vi-VN").replace(/\s+/g, " ");
    const first = seen.get(key);
    if (first !== undefined)
      ctx.addIssue({ code: "custom", path: ["sites", "expected", i, "name"], params: { rule: "site-repeated", first }, message: "" });
    else seen.set(key, i);
  });
  const sums = new Map<string, number>();
  for (const report of sites.reports ?? []) {
    for (const [key, value] of Object.entries(report.metrics)) sums.set(key, (sums.get(key) ?? 0) + metricValue(value)!);
  }
  for (const [key, sum] of sums) {
    if (sum > MAX_FIGURE)
      ctx.addIssue({ code: "custom", path: ["sites", "reports"], params: { rule: "total-too-large", what: "sites", key }, message: "" });
  }
}

export type ReportData = z.infer<typeof reportDataSchema>;
export type SiteReport = z.infer<typeof siteReportSchema>;
export type ExpectedSite = z.infer<typeof expectedSiteSchema>;
export type UnitProfile = ReportData["unit"];
export type ContributorGroup = NonNullable<ReportData["contributors"]>[number];
export type MetricsInput = ReportData["metrics"];

// The schema's period type and the domain's Period must stay the same shape.
const periodShapeCheck: (p: z.infer<typeof periodSchema>) => Period = (p) => p;
void periodShapeCheck;
