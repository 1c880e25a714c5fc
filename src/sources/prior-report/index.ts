export { extractPriorReport, extractToJson, fromEmbedded, readHandWritten } from "./extract-prior-report";
export type { ContributorTotals, ExtractResult, ExtractedMetric, PriorReportExtract, PriorReportJson } from "./extract-prior-report";
export type { UnmappedFigure } from "./figure-reading";
export { readDocx } from "./docx-reader";
export { readReportFile } from "./extract-prior-report";
export { readPlainText } from "./text-reader";
export type { DocumentContent, ContentBlock } from "./document-content";
