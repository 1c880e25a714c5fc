import type { ReportData } from "../../domain/report-data";
import type { Qualifier } from "../../domain/vietnamese-number";
import { DataPartError, parseDataPartXml } from "../../render/data-part";
import { parseReportData } from "../data-file";
import { problemLine } from "../../domain/validation-message";

// A report made by the add-in carries its data in a custom XML part: read back exactly, never from the prose.

export const EMBEDDED_SOURCE = "dữ liệu nhúng trong báo cáo";

export interface EmbeddedMetric {
  value: number;
  qualifier: Qualifier | null;
  source: string;
  label?: string;
}

export type EmbeddedRead = { ok: true; data: ReportData } | { ok: false; problem: string };

export function readEmbeddedData(partXml: string): EmbeddedRead {
  let dataJson: string;
  try {
    dataJson = parseDataPartXml(partXml).dataJson;
  } catch (err) {
    return { ok: false, problem: err instanceof DataPartError ? err.message : "phần dữ liệu nhúng không đọc được." };
  }
  // The same parser as a data file: a hand-edited part gets the same path-named messages.
  const result = parseReportData(dataJson);
  if (!result.ok)
    return {
      ok: false,
      problem: `phần dữ liệu nhúng không đúng định dạng dữ liệu v1: ${result.problems.slice(0, 3).map(problemLine).join("; ")}`,
    };
  return { ok: true, data: result.data };
}

/** The first of a package's data parts that reads; else why each did not. */
export function firstEmbeddedData(parts: readonly string[]): { ok: true; data: ReportData } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  for (const part of parts) {
    const read = readEmbeddedData(part);
    if (read.ok) return read;
    problems.push(read.problem);
  }
  return { ok: false, problems };
}

export function embeddedMetrics(metrics: ReportData["metrics"]): Record<string, EmbeddedMetric> {
  const out: Record<string, EmbeddedMetric> = {};
  for (const [key, input] of Object.entries(metrics)) {
    const figure: EmbeddedMetric =
      typeof input === "number"
        ? { value: input, qualifier: null, source: EMBEDDED_SOURCE }
        : { value: input.value, qualifier: input.qualifier ?? null, source: EMBEDDED_SOURCE };
    if (typeof input !== "number" && input.label !== undefined) figure.label = input.label;
    out[key] = figure;
  }
  return out;
}
