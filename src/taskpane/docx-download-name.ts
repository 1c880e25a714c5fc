import type { ReportData } from "../domain/report-data";

/** "bao-cao-bbt-2021-07-29.docx": ASCII only, so every browser and file system keeps the name. */
export function docxFileName(data: Pick<ReportData, "unit" | "report">): string {
  const abbr = data.unit.abbreviation
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9-]+/g, "-")
    .toLowerCase();
  return `bao-cao-${abbr}-${data.report.date}.docx`;
}
