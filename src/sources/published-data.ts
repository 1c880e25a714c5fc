import { parseReportData, type ParseResult } from "./data-file";
import { describeFetchFailure, fetchDataText } from "./data-url";

/** A data file at an https address, fetched and validated like a picked file (the ribbon command's path). */
export async function fetchReportData(address: string, fetcher?: typeof fetch, timeoutMs?: number): Promise<ParseResult> {
  const fetched = await fetchDataText(address, fetcher, timeoutMs);
  if (!fetched.ok) return { ok: false, problems: [{ path: "(địa chỉ)", message: describeFetchFailure(fetched) }] };
  return parseReportData(fetched.text);
}
