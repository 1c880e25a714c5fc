import type { MetricsInput, ReportData, SiteReport } from "./report-data";
import { periodLabel, samePeriod, type Period } from "./period";
import { sameSite, siteKeys, siteNameWords } from "./site-identity";

// The province roll-up: which component sites' reports count for the province's period, once each. Pure
// arithmetic on validated data; reading the files (and their messages) is src/sources/site-reports.ts's job.

/** A component site's figures for one period, whatever file they came from. */
export interface SiteFigures {
  /** The file, as the lists show it. */
  source: string;
  /** The names the file gives itself (governing body, site, editorial board): how it is matched. */
  names: Array<string | undefined>;
  /** Its name in the report when the province's list does not name it: the site's own name. */
  displayName: string;
  /** The site as its file names it (unit.site), kept so a report sent again replaces this one. */
  site?: string;
  /** Its governing body as its data says: with `site`, tells the province's own file apart. */
  governingBody?: string;
  period: Period;
  metrics: MetricsInput;
}

/** A file that gave no figures: why, in a sentence naming what to do. */
export interface UnreadSite {
  source: string;
  problem: string;
}

export type SiteInput = { ok: true; figures: SiteFigures } | ({ ok: false } & UnreadSite);

export interface UsedSite {
  source: string;
  name: string;
  /** It replaces the figures an earlier roll-up had for the same site (a corrected or late report). */
  replaced: boolean;
}

export interface LeftOutSite {
  source: string;
  /** The site, when the file said which one. */
  name?: string;
  reason: string;
}

export interface RollUp {
  /** The province's data with `sites.reports` as rolled up: what the report is built from and stores. */
  data: ReportData;
  used: UsedSite[];
  leftOut: LeftOutSite[];
  /** Sites of the province's list with no report, in list order. */
  missing: string[];
  /** Sites an earlier roll-up had, kept as they were. */
  kept: string[];
}

/** A component site counts nothing of its own component sites: the province's count is its own figure. */
const NOT_SUMMED = new Set(["trang_thanh_phan"]);

/** The figures a site's own report states, as a roll-up takes them. */
export function siteFiguresOf(data: ReportData, source: string): SiteFigures {
  const metrics: MetricsInput = {};
  for (const [key, value] of Object.entries(data.metrics)) if (!NOT_SUMMED.has(key)) metrics[key] = value;
  return {
    source,
    names: [data.unit.governingBody, data.unit.site, data.unit.name],
    displayName: data.unit.site,
    site: data.unit.site,
    ...(data.unit.governingBody ? { governingBody: data.unit.governingBody } : {}),
    period: data.period,
    metrics,
  };
}

/** A reviewed hand-written report names no site of its own: never the province's file. */
function isProvinceItself(province: ReportData, figures: SiteFigures): boolean {
  if (figures.site === undefined) return false;
  const same = (a: string | undefined, b: string | undefined) => siteNameWords(a ?? "") === siteNameWords(b ?? "");
  return same(figures.site, province.unit.site) && same(figures.governingBody, province.unit.governingBody);
}

interface Entry {
  report: SiteReport;
  keys: string[];
  /** expected index, or -1 when the site is not on the province's list. */
  listed: number;
  fresh: boolean;
}

/**
 * Adds the sites' figures to the province's data. Each file is used, or left out with its reason: another period,
 * the same site twice in this batch, the province's own file, or no name to tell which site it is. A file for a site
 * an earlier roll-up already has replaces that site's figures. Never throws.
 */
export function rollUpSites(province: ReportData, inputs: readonly SiteInput[]): RollUp {
  const expected = (province.sites?.expected ?? []).map((e) => ({ ...e, keys: siteKeys([e.name]) }));
  const listedIndex = (keys: readonly string[]) => expected.findIndex((e) => sameSite(keys, e.keys));
  const entries: Entry[] = (province.sites?.reports ?? []).map((report) => {
    const keys = siteKeys([report.name, report.site]);
    return { report, keys, listed: listedIndex(keys), fresh: false };
  });
  const used: UsedSite[] = [];
  const leftOut: LeftOutSite[] = [];
  const period = periodLabel(province.period);

  for (const input of inputs) {
    if (!input.ok) {
      leftOut.push({ source: input.source, reason: input.problem });
      continue;
    }
    const f = input.figures;
    const keys = siteKeys(f.names);
    const listed = listedIndex(keys);
    const name = listed >= 0 ? expected[listed]!.name : f.displayName;
    if (isProvinceItself(province, f)) {
      leftOut.push({
        source: f.source,
        name,
        reason: "đây là số liệu của chính cổng/trang lập báo cáo tổng hợp, không phải của một trang thành phần.",
      });
      continue;
    }
    if (!samePeriod(f.period, province.period)) {
      leftOut.push({
        source: f.source,
        name,
        reason: `báo cáo ${periodLabel(f.period)}, không phải ${period} — chưa tính; hãy xin trang gửi báo cáo đúng kỳ.`,
      });
      continue;
    }
    if (keys.length === 0) {
      leftOut.push({
        source: f.source,
        reason: 'tệp không cho biết đây là trang nào (cần "Tên cổng/trang" hoặc "Cơ quan chủ quản" riêng của trang) — chưa tính.',
      });
      continue;
    }
    const same = (e: Entry) => (listed >= 0 ? e.listed === listed : e.listed < 0 && sameSite(keys, e.keys));
    const at = entries.findIndex(same);
    const earlier = at >= 0 ? entries[at]! : null;
    if (earlier?.fresh) {
      leftOut.push({
        source: f.source,
        name,
        reason: `trùng trang với tệp "${earlier.report.source ?? "đã chọn trước"}" (${earlier.report.name}) — chỉ tính một lần; bỏ tệp thừa hoặc giữ tệp đúng.`,
      });
      continue;
    }
    const report: SiteReport = {
      name,
      ...(f.site ? { site: f.site } : {}),
      ...(listed >= 0 && expected[listed]!.group ? { group: expected[listed]!.group } : {}),
      source: f.source,
      metrics: f.metrics,
    };
    const entry: Entry = { report, keys, listed, fresh: true };
    if (earlier) entries[at] = entry;
    else entries.push(entry);
    used.push({ source: f.source, name, replaced: earlier !== null });
  }

  const reported = new Set(entries.map((e) => e.listed).filter((i) => i >= 0));
  const sites = { ...(province.sites ?? {}), reports: entries.map((e) => e.report) };
  return {
    data: { ...province, sites },
    used,
    leftOut,
    missing: expected.filter((_, i) => !reported.has(i)).map((e) => e.name),
    kept: entries.filter((e) => !e.fresh).map((e) => e.report.name),
  };
}
