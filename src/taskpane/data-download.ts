import type { ReportData } from "../domain/report-data";
import { docxFileName } from "./docx-download-name";

// "Lưu tệp số liệu": the validated data as a data-format-v1 file, which "Tệp số liệu" and `npm run report`
// read back exactly. No library: JSON and a Blob.

export function dataFileName(data: ReportData): string {
  return docxFileName(data).replace(/^bao-cao-/, "so-lieu-").replace(/\.docx$/, ".json");
}

export function dataFileText(data: ReportData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function downloadData(data: ReportData, doc: Document = document): string {
  const name = dataFileName(data);
  const url = URL.createObjectURL(new Blob([dataFileText(data)], { type: "application/json" }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
