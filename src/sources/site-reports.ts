import { problemLine } from "../domain/validation-message";
import { MAX_SITES } from "../domain/report-data";
import { siteFiguresOf, type SiteFigures, type SiteInput } from "../domain/site-rollup";
import type { Period } from "../domain/period";
import { figureMetrics, type PriorFigure } from "../domain/prior-figures";
import { parseReportData } from "./data-file";
import { fileTooLarge, MAX_DATA_FILE_BYTES } from "./limits";
import { decodeTextFile, TextEncodingError } from "./text-decoding";
import { readDataParts } from "./prior-report/docx-reader";
import { firstEmbeddedData } from "./prior-report/embedded-data";
import { refuseForeignFormat } from "./prior-report/extract-prior-report";
import { PriorReportError } from "./prior-report/prior-report-error";
import { DOCX_LIMITS, fileTooLargeMessage } from "./prior-report/safe-zip";

// A component site's report for the roll-up: a data file (format v1), or a .docx made by the add-in, whose
// embedded data is read exactly. A report without that data (written by hand) is never summed unreviewed: its
// figures come in only through reviewedSiteFigures, after a person ticked them in the pane. Every file is untrusted:
// each is bounded as a data file or a report is, and one that cannot be read is named with its reason while the
// others go on.

/** Said of a report written by hand: what to do instead of summing it. */
export const HAND_WRITTEN_SITE =
  'báo cáo này không có dữ liệu của Soạn báo cáo (có thể được soạn tay) — chưa tính. Hãy mở nó trong ô "Tổng hợp báo cáo các trang thành phần" của add-in, kiểm tra và đánh dấu các số liệu đọc được; hoặc xin trang gửi tệp số liệu .json.';

/** More files than a province has sites is a wrong folder, not a roll-up. */
export const MAX_SITE_FILES = MAX_SITES;

function dataFileSite(text: string, source: string): SiteInput {
  const parsed = parseReportData(text);
  if (!parsed.ok) {
    // Each problem is a sentence of its own ("metrics.tin_bai: không được là số âm, nhận được -5.").
    const shown = parsed.problems.slice(0, 3).map(problemLine).join(" ");
    const more = parsed.problems.length > 3 ? ` Và ${parsed.problems.length - 3} lỗi khác.` : "";
    return { ok: false, source, problem: `tệp số liệu có ${parsed.problems.length} lỗi: ${shown}${more} Sửa tệp rồi chọn lại.` };
  }
  return { ok: true, figures: siteFiguresOf(parsed.data, source) };
}

/** Reads one site's file. Never throws. */
export async function readSiteFile(bytes: Uint8Array, source: string): Promise<SiteInput> {
  const fail = (problem: string): SiteInput => ({ ok: false, source, problem });
  try {
    if (bytes.length === 0) return fail("tệp rỗng — hãy chọn tệp số liệu .json hoặc báo cáo .docx của trang.");
    const zipped = bytes[0] === 0x50 && bytes[1] === 0x4b;
    if (!zipped) {
      if (bytes.length > MAX_DATA_FILE_BYTES) return fail(fileTooLarge(bytes.length));
      // .doc, PDF, RTF: the prior-report reader's messages say what each is and what to do.
      refuseForeignFormat(bytes);
      const text = decodeTextFile(bytes);
      if (/^\s*[[{]/.test(text)) return dataFileSite(text, source);
      return fail(HAND_WRITTEN_SITE);
    }
    if (bytes.length > DOCX_LIMITS.maxBytes) return fail(fileTooLargeMessage(bytes.length));
    const parts = await readDataParts(bytes);
    if (parts.length === 0) return fail(HAND_WRITTEN_SITE);
    const read = firstEmbeddedData(parts);
    if (read.ok) return { ok: true, figures: siteFiguresOf(read.data, source) };
    return fail(`báo cáo có dữ liệu của Soạn báo cáo nhưng ${read.problems[0]} Hãy xin trang gửi lại tệp số liệu .json.`);
  } catch (err) {
    if (err instanceof PriorReportError || err instanceof TextEncodingError) return fail(err.message);
    return fail("tệp không đọc được (có thể bị hỏng) — xin trang gửi lại báo cáo hoặc tệp số liệu.");
  }
}

/** A hand-written report's figures a person ticked, under the name she confirmed: the only way such a report counts. */
export function reviewedSiteFigures(source: string, name: string, period: Period, figures: readonly PriorFigure[]): SiteFigures {
  return { source, names: [name], displayName: name, period, metrics: figureMetrics(figures) };
}
