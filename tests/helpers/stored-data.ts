import { readDataParts } from "../../src/sources/prior-report/docx-reader";
import { readEmbeddedData } from "../../src/sources/prior-report/embedded-data";
import type { ReportData } from "../../src/domain/report-data";

/** The validated data a .docx made by the add-in carries. */
export async function readStoredData(bytes: Uint8Array): Promise<ReportData> {
  const [part] = await readDataParts(bytes);
  if (!part) throw new Error("no data part");
  const read = readEmbeddedData(part);
  if (!read.ok) throw new Error(read.problem);
  return read.data;
}
