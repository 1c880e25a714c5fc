import type { ParagraphRole } from "../domain/report-model";
import { W_NS } from "./wordml";

// Paragraph styles of a report, per Nghị định 30/2020 (Phụ lục I). Every style states its font, size,
// spacing and indent in full and is based on nothing, so inserting into a document whose Normal style is
// Calibri 11 still yields Times New Roman 14 — and the user's own styles are never redefined.

const TWIPS_PER_CM = 567;
export const BODY_SIZE = 28; // 14 pt
export const FIRST_LINE_INDENT = Math.round(1.27 * TWIPS_PER_CM); // 720

export const STYLE_IDS: Record<
  | ParagraphRole
  | "header-cell"
  | "header-issuer"
  | "header-national"
  | "header-motto"
  | "header-date"
  | "table-heading"
  | "table-text"
  | "table-text-left"
  | "recipients"
  | "recipients-heading"
  | "signature"
  | "page-number"
  | "after-table"
  | "section-break"
  | "party-title"
  | "party-superior"
  | "party-issuer"
  | "party-star"
  | "party-number"
  | "party-recipients"
  | "party-recipients-heading",
  string
> = {
  body: "SbcBody",
  bullet: "SbcBullet",
  heading1: "SbcHeading1",
  heading2: "SbcHeading2",
  heading3: "SbcHeading3",
  "doc-type": "SbcDocType",
  summary: "SbcSummary",
  closing: "SbcClosing",
  "appendix-title": "SbcAppendixTitle",
  "appendix-title-next": "SbcAppendixTitleNext",
  "appendix-caption": "SbcAppendixCaption",
  "appendix-reference": "SbcAppendixReference",
  "header-cell": "SbcHeaderCell",
  "header-issuer": "SbcHeaderIssuer",
  "header-national": "SbcNationalTitle",
  "header-motto": "SbcMotto",
  "header-date": "SbcPlaceDate",
  "table-heading": "SbcTableHeading",
  "table-text": "SbcTableText",
  "table-text-left": "SbcTableTextLeft",
  recipients: "SbcRecipients",
  "recipients-heading": "SbcRecipientsHeading",
  signature: "SbcSignature",
  "page-number": "SbcPageNumber",
  addressee: "SbcAddressee",
  "doc-type-party": "SbcDocTypeParty",
  "party-title": "SbcPartyTitle",
  "party-superior": "SbcPartySuperior",
  "party-issuer": "SbcPartyIssuer",
  "party-star": "SbcPartyStar",
  "party-number": "SbcPartyNumber",
  "party-recipients": "SbcPartyRecipients",
  "party-recipients-heading": "SbcPartyRecipientsHeading",
  "after-table": "SbcAfterTable",
  "section-break": "SbcSectionBreak",
};

/** Word reports a custom style by its name (Paragraph.style): how an undo recognises our section breaks. */
export const SECTION_BREAK_STYLE_NAME = "SBC Ngắt phần";

/** The contributor table's style: vertical centring for every cell, so no cell needs properties of its own. */
export const TABLE_STYLE_ID = "SbcTable";

interface StyleDef {
  id: string;
  name: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  align: "both" | "center" | "left";
  firstLine?: number;
  before?: number;
  after?: number;
  /** 240 = single; 276 ≈ 1.15 lines. */
  line?: number;
  keepNext?: boolean;
  /** Starts a new page: a second appendix. */
  pageBreakBefore?: boolean;
  outline?: number;
  underline?: boolean;
  /** Left indent in twips (the addressee block). */
  left?: number;
}

const body = { size: BODY_SIZE, align: "both", firstLine: FIRST_LINE_INDENT, before: 0, after: 120, line: 276 } as const;
const centered = { size: BODY_SIZE, align: "center", firstLine: 0, before: 0, after: 0, line: 240 } as const;

const DEFS: StyleDef[] = [
  { id: STYLE_IDS.body, name: "SBC Nội dung", ...body },
  { id: STYLE_IDS.bullet, name: "SBC Gạch đầu dòng", ...body },
  { id: STYLE_IDS.heading1, name: "SBC Đề mục I", ...body, bold: true, keepNext: true, outline: 0 },
  { id: STYLE_IDS.heading2, name: "SBC Đề mục 1", ...body, bold: true, keepNext: true, outline: 1 },
  { id: STYLE_IDS.heading3, name: "SBC Đề mục 1.1", ...body, bold: true, italic: true, keepNext: true, outline: 2 },
  { id: STYLE_IDS["doc-type"], name: "SBC Tên loại", ...centered, bold: true, before: 360, keepNext: true },
  // The rule drawn under it (blocks.ts) carries the space before the opening paragraph.
  { id: STYLE_IDS.summary, name: "SBC Trích yếu", ...centered, bold: true },
  { id: STYLE_IDS.closing, name: "SBC Kết thúc", ...body },
  { id: STYLE_IDS["appendix-title"], name: "SBC Phụ lục", ...centered, bold: true, keepNext: true },
  { id: STYLE_IDS["appendix-title-next"], name: "SBC Phụ lục (trang mới)", ...centered, bold: true, keepNext: true, pageBreakBefore: true },
  { id: STYLE_IDS["appendix-caption"], name: "SBC Tên phụ lục", ...centered, bold: true, keepNext: true },
  { id: STYLE_IDS["appendix-reference"], name: "SBC Kèm theo", ...centered, italic: true, after: 240, keepNext: true },
  // The header's lines carry their ND30 formatting in styles, not in runs: a reader that drops run formatting at
  // the start of a content control (LibreOffice 7.4 does) still shows them right.
  { id: STYLE_IDS["header-cell"], name: "SBC Ô tiêu đề", ...centered, size: 26 },
  { id: STYLE_IDS["header-issuer"], name: "SBC Cơ quan ban hành", ...centered, size: 26, bold: true },
  { id: STYLE_IDS["header-national"], name: "SBC Quốc hiệu", ...centered, size: 24, bold: true },
  { id: STYLE_IDS["header-motto"], name: "SBC Tiêu ngữ", ...centered, size: 28, bold: true },
  { id: STYLE_IDS["header-date"], name: "SBC Địa danh, ngày tháng", ...centered, size: 28, italic: true },
  { id: STYLE_IDS["table-heading"], name: "SBC Đầu bảng", ...centered, size: 24, bold: true, before: 20, after: 20 },
  { id: STYLE_IDS["table-text"], name: "SBC Chữ trong bảng", ...centered, size: 26, before: 20, after: 20 },
  { id: STYLE_IDS["table-text-left"], name: "SBC Chữ trong bảng (trái)", ...centered, align: "left", size: 26, before: 20, after: 20 },
  { id: STYLE_IDS.recipients, name: "SBC Nơi nhận", size: 22, align: "left", firstLine: 0, before: 0, after: 0, line: 240 },
  {
    id: STYLE_IDS["recipients-heading"],
    name: "SBC Nơi nhận tiêu đề",
    size: 24,
    bold: true,
    italic: true,
    align: "left",
    firstLine: 0,
    before: 0,
    after: 0,
    line: 240,
  },
  { id: STYLE_IDS.signature, name: "SBC Chữ ký", ...centered, bold: true },
  { id: STYLE_IDS["page-number"], name: "SBC Số trang", ...centered },
  // ND30 Phụ lục I (ô 9a): "Kính gửi:" and the addressees, 14 pt upright, under the summary.
  {
    id: STYLE_IDS.addressee,
    name: "SBC Kính gửi",
    size: BODY_SIZE,
    align: "left",
    left: 2268,
    firstLine: 0,
    before: 0,
    after: 0,
    line: 276,
  },
  // Hướng dẫn 36-HD/VPTW, Phụ lục 3 (sizes and styles of each element of a Party document):
  // 1. "ĐẢNG CỘNG SẢN VIỆT NAM": upper case, 15 pt, upright bold, a solid line under it as long as it (II.1.1).
  { id: STYLE_IDS["party-title"], name: "SBC Tiêu đề Đảng", ...centered, size: 30, bold: true },
  // 2. The directly superior body: upper case, 14 pt, upright; the issuing body: upper case, 14 pt, bold.
  { id: STYLE_IDS["party-superior"], name: "SBC Cấp ủy cấp trên", ...centered, size: 28 },
  { id: STYLE_IDS["party-issuer"], name: "SBC Cơ quan ban hành (Đảng)", ...centered, size: 28, bold: true },
  // II.1.2: a star under the issuing body, between it and the number.
  { id: STYLE_IDS["party-star"], name: "SBC Dấu sao", ...centered, size: 28 },
  // 3. "Số 12-BC/BTGDVTU": lower case, 14 pt, upright.
  { id: STYLE_IDS["party-number"], name: "SBC Số, ký hiệu (Đảng)", ...centered, size: 28 },
  // 5. The document type: upper case, 15–16 pt, bold (16 chosen); the summary stays 14 pt bold (14–15).
  { id: STYLE_IDS["doc-type-party"], name: "SBC Tên loại (Đảng)", ...centered, size: 32, bold: true, before: 360, keepNext: true },
  // 9. "Nơi nhận": lower case, 14 pt, upright, underlined; the recipients 12 pt upright.
  {
    id: STYLE_IDS["party-recipients-heading"],
    name: "SBC Nơi nhận (Đảng)",
    size: 28,
    underline: true,
    align: "left",
    firstLine: 0,
    before: 0,
    after: 0,
    line: 240,
  },
  {
    id: STYLE_IDS["party-recipients"],
    name: "SBC Nơi nhận dòng (Đảng)",
    size: 24,
    align: "left",
    firstLine: 0,
    before: 0,
    after: 0,
    line: 240,
  },
  // The paragraph that closes a table block inside its control (1 pt, no spacing: nothing shows). A control whose
  // content is one table is a RichTextTable control, and Word refuses "Replace" on those (ContentControl.insertOoxml
  // reference); it also adds a paragraph of its own after a table that ends a control (office-js #116).
  { id: STYLE_IDS["after-table"], name: "SBC Sau bảng", ...centered, size: 2 },
  // The empty paragraphs that end a section (before and after a landscape appendix).
  { id: STYLE_IDS["section-break"], name: SECTION_BREAK_STYLE_NAME, ...centered, size: 2 },
];

const FONT = `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>`;

function styleXml(d: StyleDef): string {
  const ppr =
    (d.keepNext ? "<w:keepNext/>" : "") +
    (d.pageBreakBefore ? "<w:pageBreakBefore/>" : "") +
    `<w:spacing w:before="${d.before ?? 0}" w:after="${d.after ?? 0}" w:line="${d.line ?? 240}" w:lineRule="auto"/>` +
    `<w:ind w:left="${d.left ?? 0}" w:right="0" w:firstLine="${d.firstLine ?? 0}"/>` +
    `<w:jc w:val="${d.align}"/>` +
    (d.outline !== undefined ? `<w:outlineLvl w:val="${d.outline}"/>` : "");
  const rpr =
    FONT +
    (d.bold ? "<w:b/><w:bCs/>" : '<w:b w:val="0"/><w:bCs w:val="0"/>') +
    (d.italic ? "<w:i/><w:iCs/>" : '<w:i w:val="0"/><w:iCs w:val="0"/>') +
    `<w:color w:val="000000"/><w:sz w:val="${d.size}"/><w:szCs w:val="${d.size}"/>` +
    (d.underline ? `<w:u w:val="single"/>` : "") +
    `<w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/>`;
  return `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${d.id}"><w:name w:val="${d.name}"/><w:qFormat/><w:pPr>${ppr}</w:pPr><w:rPr>${rpr}</w:rPr></w:style>`;
}

const tableStyle =
  `<w:style w:type="table" w:customStyle="1" w:styleId="${TABLE_STYLE_ID}"><w:name w:val="SBC Bảng"/>` +
  `<w:tblPr><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
  `<w:tcPr><w:vAlign w:val="center"/></w:tcPr></w:style>`;

/** Only our styles: what an inserted block carries into the user's document. */
export function reportStyleElements(): string {
  return DEFS.map(styleXml).join("") + tableStyle;
}

/** A complete styles part for a standalone .docx. */
export function stylesPartXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${FONT}<w:sz w:val="${BODY_SIZE}"/><w:szCs w:val="${BODY_SIZE}"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    reportStyleElements() +
    `</w:styles>`
  );
}
