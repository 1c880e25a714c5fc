import type { DocumentFormat } from "./document-format";
import type { ReportData } from "./report-data";
import type { ContributorTable } from "./contributor-table";
import type { SiteTable } from "./site-table";

// The report as blocks. Each block becomes one content control tagged soanbaocao:<id>, so Word can find it
// again; render/ turns blocks into WordprocessingML or HTML, never the other way round.

export const TAG_PREFIX = "soanbaocao:";

/** Headings the secretary inserts with her own words: numbered by the add-in, never refreshed by it. */
export const OWN_HEADING_ID_PREFIX = "rieng-";

/** I. (1), 1. (2), 1.1. (3). */
export type HeadingLevel = 1 | 2 | 3;

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** Paragraph roles map one-to-one to styles in render/styles.ts. */
export type ParagraphRole =
  | "body"
  | "bullet"
  | "heading1"
  | "heading2"
  | "heading3"
  | "doc-type"
  | "summary"
  | "closing"
  | "appendix-title"
  /** The title of a second appendix: it starts a page of its own. */
  | "appendix-title-next"
  | "appendix-caption"
  | "appendix-reference"
  | "addressee"
  | "doc-type-party";

export interface ParagraphModel {
  role: ParagraphRole;
  runs: TextRun[];
}

export interface HeaderContent {
  kind: "header";
  /** ND30 or HD 36: which header layout and sizes (document-format.ts). */
  format: DocumentFormat;
  /** ND30: the governing body; HD 36: the directly superior party body. */
  governingBody?: string;
  issuer: string;
  /** "Số: 01/BC-BBT" (ND30), "Số 12-BC/BTGDVTU" (HD 36), or with the number left blank for the clerk. */
  numberLine: string;
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" or "ĐẢNG CỘNG SẢN VIỆT NAM". */
  nationalTitle: string;
  /** ND30's motto; HD 36 has none. */
  motto?: string;
  placeDate: string;
}

export interface ParagraphsContent {
  kind: "paragraphs";
  paragraphs: ParagraphModel[];
}

export interface SignatureContent {
  kind: "signature";
  format: DocumentFormat;
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

export interface SiteTableContent {
  kind: "site-table";
  table: SiteTable;
  /** Header cells, in order: STT, the site, one per figure column. */
  headings: string[];
}

export type BlockContent = HeaderContent | ParagraphsContent | SignatureContent | ContributorTableContent | SiteTableContent;

/** Contents that are a table: a control holding one must end with a paragraph (render/blocks.ts). */
export const TABLE_CONTENT_KINDS: ReadonlySet<BlockContent["kind"]> = new Set(["header", "signature", "contributor-table", "site-table"]);

export type BlockKind =
  | "header"
  | "title"
  | "addressee"
  | "opening"
  | "heading"
  | "stat"
  | "budget"
  | "text"
  | "closing"
  | "signature"
  | "appendix"
  | "contributors"
  | "sites";

export interface Block {
  /** Full tag, e.g. "soanbaocao:stat:tin_bai". Stable across regenerations of the same data shape. */
  tag: string;
  kind: BlockKind;
  /** Shown as the content control's title in Word. */
  title: string;
  /** The appendix starts a new section (and page); blocks after it belong to it. */
  part: "body" | "appendix";
  content: BlockContent;
  /** For numbered headings: the words after the number, so the number can follow the document instead. */
  heading?: { level: HeadingLevel; words: string };
}

export interface ReportModel {
  data: ReportData;
  blocks: Block[];
  /** The appendix section is landscape when the table has more month columns than portrait holds. */
  appendixLandscape: boolean;
  /** Inconsistencies worth telling the user about; they do not stop the report. */
  warnings: string[];
}

/** The same heading with another number ("III." where the document already has I. and II.). */
export function renumberHeading(block: Block, label: string): Block {
  if (!block.heading || block.content.kind !== "paragraphs") return block;
  const [first] = block.content.paragraphs;
  if (!first) return block;
  return {
    ...block,
    title: `Đề mục ${label}`,
    content: { kind: "paragraphs", paragraphs: [{ ...first, runs: [{ text: `${label} ${block.heading.words}` }] }] },
  };
}

export function paragraph(role: ParagraphRole, text: string, style: Omit<TextRun, "text"> = {}): ParagraphModel {
  return { role, runs: [{ text, ...style }] };
}
