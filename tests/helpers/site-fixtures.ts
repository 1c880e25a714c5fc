import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import type { ReportData } from "../../src/domain/report-data";
import type { Period } from "../../src/domain/period";
import { siteFiguresOf, type SiteInput } from "../../src/domain/site-rollup";

// Component-site reports for the roll-up tests: the example province (Gia Lai, 6 tháng đầu năm 2026) and sites made
// from the example commune's file with their own names and figures. Figures are ours, not any real site's.

const EXAMPLES = path.resolve(__dirname, "../../examples/tong-hop");

export function provinceData(): ReportData {
  const data = JSON.parse(readFileSync(path.join(EXAMPLES, "tinh.json"), "utf8")) as ReportData;
  delete data.$schema;
  return data;
}

export const SITE_FILES_DIR = path.join(EXAMPLES, "trang");

export interface SiteSpec {
  governingBody?: string;
  site: string;
  metrics: ReportData["metrics"];
  period?: Period;
}

export function siteData(spec: SiteSpec): ReportData {
  const base = JSON.parse(readFileSync(path.join(SITE_FILES_DIR, "xa-ia-grai.json"), "utf8")) as ReportData;
  delete base.$schema;
  const unit = { ...base.unit, site: spec.site };
  if (spec.governingBody) unit.governingBody = spec.governingBody;
  else delete unit.governingBody;
  return { ...base, unit, metrics: spec.metrics, ...(spec.period ? { period: spec.period } : {}) };
}

/** `count` communes, "Xã Thử 1" … , with figures that differ per site; `period` for all of them. */
export function communes(count: number, period?: Period): Array<{ name: string; data: ReportData }> {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const name = `Xã Thử ${n}`;
    const metrics: ReportData["metrics"] = { tin_bai: (n * 37) % 400, van_ban: (n * 13) % 90, luot_truy_cap: 1000 + n * 211 };
    if (n % 3 === 0) metrics.anh = n * 5;
    return {
      name,
      data: siteData({
        governingBody: `UBND XÃ THỬ ${n}`,
        site: `Trang thông tin điện tử xã Thử ${n}`,
        metrics,
        ...(period ? { period } : {}),
      }),
    };
  });
}

/** A site's data as the roll-up takes it from a file of that name. */
export const siteInput = (data: ReportData, source: string): SiteInput => ({ ok: true, figures: siteFiguresOf(data, source) });

/** The example sites' files (examples/tong-hop/trang), in name order. */
export function exampleSiteInputs(): SiteInput[] {
  return readdirSync(SITE_FILES_DIR)
    .sort()
    .map((f) => siteInput(JSON.parse(readFileSync(path.join(SITE_FILES_DIR, f), "utf8")) as ReportData, f));
}
