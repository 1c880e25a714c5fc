import { buildDocx } from "../render/docx-package";
import type { ReportModel } from "../domain/report-model";

// Standalone mode: the same .docx the CLI makes, handed to the browser as a download. Loaded on demand (jszip).

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** "bao-cao-bbt-2021-07-29.docx": ASCII only, so every browser and file system keeps the name. */
export function docxFileName(model: ReportModel): string {
  const abbr = model.data.unit.abbreviation
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9-]+/g, "-")
    .toLowerCase();
  return `bao-cao-${abbr}-${model.data.report.date}.docx`;
}

export async function downloadDocx(model: ReportModel, source: string | undefined, doc: Document = document): Promise<{ name: string; bytes: number }> {
  const data = await buildDocx(model, source ? { source } : {});
  const name = docxFileName(model);
  const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type: DOCX_MIME }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty to start it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { name, bytes: data.byteLength };
}
