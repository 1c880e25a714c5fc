import { buildDocx } from "../render/docx-package";
import type { ReportModel } from "../domain/report-model";
import { docxFileName as docxNameOf } from "./docx-download-name";
import { saveFile } from "./save-file";

// Standalone mode: the same .docx the CLI makes, handed to the browser as a download. Loaded on demand (jszip).

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The file name, from the report's data (docx-download-name.ts). */
export function docxFileName(model: ReportModel): string {
  return docxNameOf(model.data);
}

export async function downloadDocx(
  model: ReportModel,
  source: string | undefined,
  doc: Document = document,
): Promise<{ name: string; bytes: number }> {
  const data = await buildDocx(model, source ? { source } : {});
  const name = docxFileName(model);
  saveFile(data as Uint8Array<ArrayBuffer>, DOCX_MIME, name, doc);
  return { name, bytes: data.byteLength };
}
