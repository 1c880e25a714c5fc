import type { TextRun } from "../domain/report-model";
import { escapeXmlAttr, escapeXmlText } from "./xml-escape";

// WordprocessingML primitives. Element order inside pPr/rPr/tcPr follows wml.xsd: Word repairs or rejects
// documents that break it, so these helpers are the only place that writes those property blocks.

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Half-points, as WordprocessingML counts font sizes. */
  size?: number;
}

export function runProps(f: RunFormat): string {
  let p = "";
  if (f.bold) p += "<w:b/><w:bCs/>";
  if (f.italic) p += "<w:i/><w:iCs/>";
  if (f.size) p += `<w:sz w:val="${f.size}"/><w:szCs w:val="${f.size}"/>`;
  if (f.underline) p += `<w:u w:val="single"/>`;
  return p ? `<w:rPr>${p}</w:rPr>` : "";
}

/** Line breaks inside a text become w:br, tabs w:tab, so multi-line values survive. */
export function run(text: string, f: RunFormat = {}): string {
  const props = f.bold || f.italic || f.size || f.underline ? runProps(f) : "";
  // Fast path for the thousands of table cells that hold a bare number or a plain name.
  if (!/[\n\t]|^\s|\s$|\s\s/.test(text)) return `<w:r>${props}<w:t>${escapeXmlText(text)}</w:t></w:r>`;
  const parts = text.split(/(\n|\t)/);
  let body = "";
  for (const part of parts) {
    if (part === "\n") body += "<w:br/>";
    else if (part === "\t") body += "<w:tab/>";
    // xml:space only where Word would otherwise drop spaces: most cells hold a bare number.
    else if (part)
      body += /^\s|\s$|\s\s/.test(part) ? `<w:t xml:space="preserve">${escapeXmlText(part)}</w:t>` : `<w:t>${escapeXmlText(part)}</w:t>`;
  }
  return `<w:r>${props}${body}</w:r>`;
}

export function runs(items: readonly TextRun[], extra: RunFormat = {}): string {
  return items.map((r) => run(r.text, { ...extra, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}) })).join("");
}

export interface ParagraphFormat {
  style: string;
  keepNext?: boolean;
  /** A rule drawn above an empty paragraph: the short lines under the issuer and the motto. */
  topRule?: boolean;
  indentLeft?: number;
  indentRight?: number;
  spacingBefore?: number;
  spacingAfter?: number;
  /** Raw sectPr XML: this paragraph ends a section. */
  sectionProps?: string;
}

export function paragraphProps(f: ParagraphFormat): string {
  let p = `<w:pStyle w:val="${escapeXmlAttr(f.style)}"/>`;
  if (f.keepNext) p += "<w:keepNext/>";
  if (f.topRule) p += `<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>`;
  if (f.spacingBefore !== undefined || f.spacingAfter !== undefined) {
    p += `<w:spacing${f.spacingBefore !== undefined ? ` w:before="${f.spacingBefore}"` : ""}${f.spacingAfter !== undefined ? ` w:after="${f.spacingAfter}"` : ""}/>`;
  }
  if (f.indentLeft !== undefined || f.indentRight !== undefined) {
    p += `<w:ind w:left="${f.indentLeft ?? 0}" w:right="${f.indentRight ?? 0}" w:firstLine="0"/>`;
  }
  if (f.sectionProps) p += f.sectionProps;
  return `<w:pPr>${p}</w:pPr>`;
}

export function para(f: ParagraphFormat, content = ""): string {
  return `<w:p>${paragraphProps(f)}${content}</w:p>`;
}

export interface CellFormat {
  /** Omitted in a fixed-layout table's body cells: the table grid gives every column its width. */
  width?: number;
  /** Horizontal cell merge (gridSpan). */
  span?: number;
  verticalCenter?: boolean;
}

export function cell(f: CellFormat, content: string): string {
  let p = f.width !== undefined ? `<w:tcW w:w="${f.width}" w:type="dxa"/>` : "";
  if (f.span && f.span > 1) p += `<w:gridSpan w:val="${f.span}"/>`;
  if (f.verticalCenter) p += `<w:vAlign w:val="center"/>`;
  // A cell must end with a paragraph even when empty.
  return `<w:tc>${p ? `<w:tcPr>${p}</w:tcPr>` : ""}${content || "<w:p/>"}</w:tc>`;
}

export interface RowFormat {
  /** Repeat this row at the top of every page the table spans. */
  header?: boolean;
  /** Keep the row on one page. */
  cantSplit?: boolean;
}

export function row(f: RowFormat, cells: string): string {
  let p = "";
  if (f.cantSplit) p += "<w:cantSplit/>";
  if (f.header) p += "<w:tblHeader/>";
  return `<w:tr>${p ? `<w:trPr>${p}</w:trPr>` : ""}${cells}</w:tr>`;
}

export interface TableFormat {
  widths: readonly number[];
  borders: boolean;
  /** Centre the table between the margins. */
  center?: boolean;
  /** A table style (w:tblStyle) for what every cell shares. */
  style?: string;
  /** Unprefixed elements under a default namespace: for tables of thousands of cells (see table()). */
  compact?: boolean;
}

export function table(f: TableFormat, rows: string): string {
  const total = f.widths.reduce((s, w) => s + w, 0);
  const side = f.borders ? `w:val="single" w:sz="4" w:space="0" w:color="000000"` : `w:val="nil"`;
  const borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map((b) => `<w:${b} ${side}/>`).join("");
  const grid = f.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  if (f.compact) {
    // The table's own namespace is declared as the default one, so its thousands of elements need no "w:"
    // prefix (attributes keep theirs): the same XML to any namespace-aware reader, about a fifth smaller.
    const inner = (
      `<w:tblPr>${f.style ? `<w:tblStyle w:val="${escapeXmlAttr(f.style)}"/>` : ""}<w:tblW w:w="${total}" w:type="dxa"/>${f.center ? `<w:jc w:val="center"/>` : ""}` +
      `<w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
      `<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>` +
      `<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>` +
      `<w:tblGrid>${grid}</w:tblGrid>${rows}`
    ).replace(/<(\/?)w:/g, "<$1");
    return `<w:tbl xmlns="${W_NS}">${inner}</w:tbl>`;
  }
  return (
    `<w:tbl><w:tblPr>${f.style ? `<w:tblStyle w:val="${escapeXmlAttr(f.style)}"/>` : ""}<w:tblW w:w="${total}" w:type="dxa"/>${f.center ? `<w:jc w:val="center"/>` : ""}` +
    `<w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`
  );
}

/** A block-level content control: Word finds it again by its tag. */
export function contentControl(tag: string, title: string, content: string): string {
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeXmlAttr(title)}"/><w:tag w:val="${escapeXmlAttr(tag)}"/></w:sdtPr>` +
    `<w:sdtContent>${content}</w:sdtContent></w:sdt>`
  );
}
