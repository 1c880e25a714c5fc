import { readFileSync } from "node:fs";
import * as path from "node:path";
import { parseReportData } from "../../src/sources/data-file";
import type { ReportData } from "../../src/domain/report-data";

export const EXAMPLE_FILE = path.resolve(__dirname, "../../examples/dak-doa-6-thang-2021.json");

/** The bundled example (Đak Đoa, 6 tháng đầu năm 2021), validated like any data file. */
export function exampleData(): ReportData {
  const parsed = parseReportData(readFileSync(EXAMPLE_FILE, "utf8"));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return parsed.data;
}

/** A whole-year report whose appendix has `rows` contributors over 12 months, with deterministic figures. */
export function yearReportWithTable(rows: number, groups = 2): ReportData {
  const base = exampleData();
  const perGroup = Math.ceil(rows / groups);
  const contributors = Array.from({ length: groups }, (_, g) => ({
    group: g === 0 ? "CÁC ĐƠN VỊ THUỘC BAN BIÊN TẬP" : `CÁC ĐƠN VỊ CỘNG TÁC NHÓM ${g + 1}`,
    rows: Array.from({ length: Math.min(perGroup, rows - g * perGroup) }, (_, r) => ({
      name: `Đơn vị số ${g * perGroup + r + 1}`,
      months: Array.from({ length: 12 }, (_, m) => (((g * perGroup + r) * 7 + m * 3) % 11 === 0 ? 0 : (g * perGroup + r + m) % 9)),
    })),
  }));
  const data: ReportData = {
    ...base,
    period: { kind: "year", year: 2021 },
    report: { number: "05", date: "2021-12-20" },
    contributors,
  };
  delete (data as { prior?: unknown }).prior;
  const { tin_bai: _dropped, ...metrics } = base.metrics;
  void _dropped;
  return { ...data, metrics };
}
