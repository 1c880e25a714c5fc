import type { ReportData } from "./report-data";
import type { ContributorTable } from "./contributor-table";

// The report as blocks. Each block becomes one content control tagged soanbaocao:<id>, so Word can find it
// again; render/ turns blocks into WordprocessingML or HTML, never the other way round.

export const TAG_PREFIX = "soanbaocao:";

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** Paragraph roles map one-to-one to styles in render/styles.ts. */
export type ParagraphRole =
  | "body" | "bullet" | "heading1" | "heading2" | "heading3"
  | "doc-type" | "summary" | "closing"
  | "appendix-title" | "appendix-caption" | "appendix-reference";

export interface ParagraphModel {
  role: ParagraphRole;
  runs: TextRun[];
}

export interface HeaderContent {
  kind: "header";
  governingBody?: string;
  issuer: string;
  /** "Số: 01/BC-BBT", or "Số:      /BC-BBT" left for the clerk. */
  numberLine: string;
  nationalTitle: string;
  motto: string;
  placeDate: string;
}

export interface ParagraphsContent {
  kind: "paragraphs";
  paragraphs: ParagraphModel[];
}

export interface SignatureContent {
  kind: "signature";
  recipientsHeading: string;
  /** Lines as printed, "- Ủy ban nhân dân huyện;" … "- Lưu: VT, BBT." */
  recipientLines: string[];
  authority?: string;
  title: string;
  name: string;
}

export interface ContributorTableContent {
  kind: "contributor-table";
  table: ContributorTable;
  /** Header cells, in order: STT, Tên đơn vị, months…, Tổng cộng. */
  headings: string[];
}

export type BlockContent = HeaderContent | ParagraphsContent | SignatureContent | ContributorTableContent;

export type BlockKind = "header" | "title" | "opening" | "heading" | "stat" | "budget" | "text" | "closing" | "signature" | "appendix" | "contributors";

export interface Block {
  /** Full tag, e.g. "soanbaocao:stat:tin_bai". Stable across regenerations of the same data shape. */
  tag: string;
  kind: BlockKind;
  /** Shown as the content control's title in Word. */
  title: string;
  /** The appendix starts a new section (and page); blocks after it belong to it. */
  part: "body" | "appendix";
  content: BlockContent;
}

export interface ReportModel {
  data: ReportData;
  blocks: Block[];
  /** The appendix section is landscape when the table has more month columns than portrait holds. */
  appendixLandscape: boolean;
  /** Inconsistencies worth telling the user about; they do not stop the report. */
  warnings: string[];
}

export function paragraph(role: ParagraphRole, text: string, style: Omit<TextRun, "text"> = {}): ParagraphModel {
  return { role, runs: [{ text, ...style }] };
}
