import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import type { Period } from "../../src/domain/period";
import { periodMonths } from "../../src/domain/period";
import type { ReportData } from "../../src/domain/report-data";
import { parseReportData } from "../../src/sources/data-file";
import { yearReportWithTable } from "./report-fixtures";

// Reports the engine generates, for tests that must hold for every one of them: each example, each example over
// every kind of period (the appendix rebuilt for the period's months), dates that need leading zeros, the Party
// format, an addressee, a 40-row year appendix.

const EXAMPLES = path.resolve(__dirname, "../../examples");

function valid(data: unknown, name: string): ReportData {
  const parsed = parseReportData(JSON.stringify(data));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  return parsed.data;
}

export function exampleReports(): Array<{ name: string; data: ReportData }> {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ name: f, data: valid(JSON.parse(readFileSync(path.join(EXAMPLES, f), "utf8")), f) }));
}

/** Every kind of period, in the example's own year (a 2021 district report stays in 2021, before the 2025 map). */
function periodsIn(year: number): Period[] {
  const y = String(year);
  return [
    { kind: "month", year, index: 1 },
    { kind: "month", year, index: 10 },
    { kind: "quarter", year, index: 1 },
    { kind: "quarter", year, index: 4 },
    { kind: "half", year, index: 2 },
    { kind: "nine-months", year },
    { kind: "year", year },
    { kind: "range", from: `${y}-01`, to: `${y}-04` },
    { kind: "range", from: `${year - 1}-11`, to: `${y}-02` },
  ];
}

function lastDay(p: Period): string {
  const months = periodMonths(p);
  const last = months[months.length - 1]!;
  return `${last.year}-${String(last.month).padStart(2, "0")}-${last.month === 2 ? "05" : "28"}`;
}

function overPeriod(data: ReportData, period: Period): ReportData {
  const months = periodMonths(period).length;
  const copy = JSON.parse(JSON.stringify(data)) as ReportData & { prior?: unknown };
  copy.period = period;
  copy.report = { ...copy.report, date: lastDay(period) };
  delete copy.prior;
  delete (copy as { asOf?: unknown }).asOf;
  if (copy.contributors) {
    copy.contributors = copy.contributors.map((g) => ({
      ...g,
      rows: g.rows.map((r, i) => ({ ...r, months: Array.from({ length: months }, (_, m) => ((i + m) * 5) % 7) })),
    }));
    delete (copy.metrics as Record<string, unknown>).tin_bai;
  }
  return copy;
}

export function generatedReports(): Array<{ name: string; data: ReportData }> {
  const out = exampleReports();
  for (const { name, data } of exampleReports()) {
    for (const p of periodsIn(periodMonths(data.period)[0]!.year))
      out.push({ name: `${name} over ${JSON.stringify(p)}`, data: valid(overPeriod(data, p), name) });
  }
  const base = out[0]!.data;
  out.push({ name: "year appendix with 40 rows", data: yearReportWithTable(40) });
  out.push({
    name: "dated 05/02",
    data: valid({ ...base, report: { ...base.report, date: `${base.report.date?.slice(0, 4) ?? "2026"}-02-05` } }, "date"),
  });
  return out;
}
