import type { ReportData } from "../domain/report-data";
import { docxFileName } from "./docx-download-name";
import { saveFile } from "./save-file";

// "Lưu tệp số liệu": the validated data as a data-format-v1 file, which "Tệp số liệu" and `npm run report`
// read back exactly. No library: JSON and a Blob.

export function dataFileName(data: ReportData): string {
  return docxFileName(data)
    .replace(/^bao-cao-/, "so-lieu-")
    .replace(/\.docx$/, ".json");
}

export function dataFileText(data: ReportData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function downloadData(data: ReportData, doc: Document = document): string {
  const name = dataFileName(data);
  saveFile(dataFileText(data), "application/json", name, doc);
  return name;
}
