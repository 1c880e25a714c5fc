import type {
  Block,
  ContributorTableContent,
  HeaderContent,
  ParagraphModel,
  SignatureContent,
  SiteTableContent,
} from "../domain/report-model";
import { NOT_REPORTED_CELL, siteFigureCells } from "../domain/site-table";
import type { ContributorRow } from "../domain/contributor-table";
import { formatInteger } from "../domain/vietnamese-number";
import { STYLE_IDS, TABLE_STYLE_ID } from "./styles";
import { cell, contentControl, para, row, run, runs, table, type RunFormat } from "./wordml";
import { PORTRAIT, type Layout } from "./page-layout";

// Report blocks → WordprocessingML body content. The same strings go into a .docx and into Word's
// insertOoxml, so what the CLI writes and what the add-in inserts are byte for byte the same.

function paragraphXml(p: ParagraphModel): string {
  const style = STYLE_IDS[p.role];
  const keepNext = p.role === "heading1" || p.role === "heading2";
  return para({ style, keepNext }, runs(p.runs));
}

/** Approximate printed width of a line of Times New Roman, for the rules drawn under header lines. */
function textWidthTwips(text: string, halfPoints: number, bold: boolean): number {
  const em = (halfPoints / 2) * 20;
  let width = 0;
  for (const ch of text) {
    if (ch === " ") width += 0.25;
    else if (ch === ch.toLocaleUpperCase("vi-VN") && /\p{L}/u.test(ch)) width += bold ? 0.72 : 0.68;
    else width += bold ? 0.5 : 0.45;
  }
  return Math.round(width * em);
}

/** An empty paragraph whose top border is a centred rule of `length` within a cell of `cellWidth`. */
function rule(cellWidth: number, length: number, spacing: { before: number; after?: number } = { before: 60 }): string {
  const clamped = Math.min(length, cellWidth - 200);
  const side = Math.max(0, Math.round((cellWidth - clamped) / 2));
  return para({
    style: STYLE_IDS["header-cell"],
    topRule: true,
    indentLeft: side,
    indentRight: side,
    spacingBefore: spacing.before,
    ...(spacing.after !== undefined ? { spacingAfter: spacing.after } : {}),
  });
}

/** ND30: under the summary line, a rule a third to a half as long as the line, centred. */
function summaryRule(p: ParagraphModel, layout: Layout): string {
  const text = p.runs.map((r) => r.text).join("");
  const longestLine = Math.min(textWidthTwips(text, 28, true), layout.textWidth);
  return rule(layout.textWidth, Math.round(longestLine * 0.4), { before: 120, after: 240 });
}

export const HEADER_COLUMNS = (layout: Layout) => {
  const left = Math.round(layout.textWidth * 0.4);
  return [left, layout.textWidth - left] as const;
};

function headerXml(h: HeaderContent, layout: Layout): string {
  return h.format === "hd36" ? partyHeaderXml(h, layout) : stateHeaderXml(h, layout);
}

/** Nghị định 30/2020, Phụ lục I: governing and issuing body left, national title and motto right. */
function stateHeaderXml(h: HeaderContent, layout: Layout): string {
  const [leftW, rightW] = HEADER_COLUMNS(layout);
  const cellStyle = STYLE_IDS["header-cell"];
  const issuerWidth = Math.min(textWidthTwips(h.issuer, 26, true), leftW);
  const left =
    (h.governingBody ? para({ style: cellStyle }, run(h.governingBody)) : "") +
    para({ style: STYLE_IDS["header-issuer"] }, run(h.issuer)) +
    // ND30: the line under the issuing body is a third to a half of the text's length.
    rule(leftW, Math.round(issuerWidth * 0.4)) +
    para({ style: cellStyle, spacingBefore: 60 }, run(h.numberLine));
  const right =
    para({ style: STYLE_IDS["header-national"] }, run(h.nationalTitle)) +
    para({ style: STYLE_IDS["header-motto"] }, run(h.motto ?? "")) +
    // ND30: the line under the motto is as long as the motto.
    rule(rightW, textWidthTwips(h.motto ?? "", 28, true)) +
    para({ style: STYLE_IDS["header-date"], spacingBefore: 60 }, run(h.placeDate));
  return table({ widths: [leftW, rightW], borders: false }, row({}, cell({ width: leftW }, left) + cell({ width: rightW }, right)));
}

/**
 * Hướng dẫn 36-HD/VPTW, Mục II.1 and Phụ lục 1 (the layout of page 1): left, the directly superior body over
 * the issuing body, a star, then "Số 12-BC/…"; right, "ĐẢNG CỘNG SẢN VIỆT NAM" with a solid line as long as it
 * (II.1.1), then the place and date (II.1.4).
 */
function partyHeaderXml(h: HeaderContent, layout: Layout): string {
  // Halves: a Party issuer is long at 14 pt bold ("BAN TUYÊN GIÁO VÀ DÂN VẬN") and the title needs no more.
  const leftW = Math.round(layout.textWidth / 2);
  const rightW = layout.textWidth - leftW;
  const left =
    (h.governingBody ? para({ style: STYLE_IDS["party-superior"] }, run(h.governingBody)) : "") +
    para({ style: STYLE_IDS["party-issuer"] }, run(h.issuer)) +
    para({ style: STYLE_IDS["party-star"] }, run("*")) +
    para({ style: STYLE_IDS["party-number"] }, run(h.numberLine));
  const right =
    para({ style: STYLE_IDS["party-title"] }, run(h.nationalTitle)) +
    rule(rightW, textWidthTwips(h.nationalTitle, 30, true)) +
    para({ style: STYLE_IDS["header-date"], spacingBefore: 120 }, run(h.placeDate));
  return table({ widths: [leftW, rightW], borders: false }, row({}, cell({ width: leftW }, left) + cell({ width: rightW }, right)));
}

function signatureXml(s: SignatureContent, layout: Layout): string {
  const leftW = Math.round(layout.textWidth * 0.45);
  const rightW = layout.textWidth - leftW;
  // HD 36 (Phụ lục 3, 9): "Nơi nhận" 14 pt underlined, the recipients 12 pt; ND30: 12 pt bold italic, 11 pt.
  const party = s.format === "hd36";
  const left =
    para({ style: STYLE_IDS[party ? "party-recipients-heading" : "recipients-heading"] }, run(s.recipientsHeading)) +
    s.recipientLines.map((l) => para({ style: STYLE_IDS[party ? "party-recipients" : "recipients"] }, run(l))).join("");
  const sig = STYLE_IDS.signature;
  const right =
    (s.authority ? para({ style: sig }, run(s.authority)) : "") +
    para({ style: sig }, run(s.title)) +
    // Room for the hand signature and the seal.
    para({ style: sig, spacingBefore: 1700 }, run(s.name));
  return table(
    { widths: [leftW, rightW], borders: false },
    row({ cantSplit: true }, cell({ width: leftW }, left) + cell({ width: rightW }, right)),
  );
}

export function contributorColumnWidths(monthCount: number, layout: Layout): number[] {
  const stt = 620;
  const month = layout.landscape ? 800 : 760;
  const total = 960;
  const name = layout.textWidth - stt - total - month * monthCount;
  return [stt, Math.max(name, 1800), ...new Array<number>(monthCount).fill(month), total];
}

// What the two appendix tables share: centred cells with the name left, a heading row repeated on every page, bold
// group and total rows, no row split across pages. Body cells carry no properties: the grid gives their widths, the
// table style their vertical centring. At 500 rows × 14 months that is most of the package Word on the web has to
// take in one insertOoxml.
const tableText = (text: string, f: RunFormat = {}) => para({ style: STYLE_IDS["table-text"] }, text ? run(text, f) : "");
const tableName = (text: string, bold = false) => para({ style: STYLE_IDS["table-text-left"] }, run(text, { bold }));

/** One cell per value, the second (the name) left-aligned. */
function bodyCells(values: readonly string[], bold: boolean): string {
  return values.map((v, i) => cell({}, i === 1 ? tableName(v, bold) : tableText(v, { bold }))).join("");
}

/** The heading row, repeated at the top of every page; `small` headings at 11 pt. */
function headingRow(headings: readonly string[], widths: readonly number[], small: (i: number) => boolean): string {
  const headingCell = (h: string, i: number) =>
    cell({ width: widths[i]! }, para({ style: STYLE_IDS["table-heading"] }, run(h, small(i) ? { size: 22 } : {})));
  return row({ header: true, cantSplit: true }, headings.map(headingCell).join(""));
}

/** "I" and the group's name across the rest of the row. */
function groupRow(numeral: string, name: string, widths: readonly number[]): string {
  const spanWidth = widths.slice(1).reduce((s, w) => s + w, 0);
  return row(
    { cantSplit: true },
    cell({}, tableText(numeral, { bold: true })) + cell({ width: spanWidth, span: widths.length - 1 }, tableName(name, true)),
  );
}

const bodyRow = (values: readonly string[]) => row({ cantSplit: true }, bodyCells(values, false));
const totalRow = (values: readonly string[]) => row({ cantSplit: true }, bodyCells(["", "Tổng cộng", ...values], true));
const appendixTable = (widths: readonly number[], rows: string) =>
  table({ widths, borders: true, center: true, style: TABLE_STYLE_ID, compact: true }, rows);

function contributorsXml(c: ContributorTableContent, layout: Layout): string {
  const widths = contributorColumnWidths(c.table.months.length, layout);
  const monthCell = (v: number) => (v === 0 ? "" : formatInteger(v));
  // "Tháng" and the month number on two lines: a narrow column must never break the word itself.
  // Month headings at 11 pt: "Tháng" in bold just fits a 760-twip column.
  const headings = c.headings.map((h) => h.replace(/^Tháng /, "Tháng\n"));
  let rows = headingRow(headings, widths, (i) => i >= 2 && i < headings.length - 1);
  for (const group of c.table.groups) {
    rows += groupRow(group.numeral, group.name, widths);
    rows += group.rows
      .map((r: ContributorRow) => bodyRow([String(r.stt), r.name, ...r.months.map(monthCell), formatInteger(r.total)]))
      .join("");
  }
  rows += totalRow([...c.table.monthTotals.map(monthCell), formatInteger(c.table.grandTotal)]);
  return appendixTable(widths, rows);
}

/** STT, the site's name (at least a third of the page), then the figure columns sharing the rest evenly. */
export function siteColumnWidths(figureCount: number, layout: Layout): number[] {
  const stt = 620;
  const figure = Math.floor(Math.min(1500, (layout.textWidth - stt - Math.round(layout.textWidth / 3)) / Math.max(figureCount, 1)));
  const name = layout.textWidth - stt - figure * figureCount;
  return [stt, name, ...new Array<number>(figureCount).fill(figure)];
}

/** One row per site; a listed site that has not reported says so across its figure columns. */
function sitesXml(c: SiteTableContent, layout: Layout): string {
  const figures = c.table.columns.length;
  const widths = siteColumnWidths(figures, layout);
  const figuresWidth = widths.slice(2).reduce((s, w) => s + w, 0);
  let rows = headingRow(c.headings, widths, (i) => i >= 2);
  for (const group of c.table.groups) {
    if (c.table.grouped) rows += groupRow(group.numeral, group.name, widths);
    for (const r of group.rows) {
      const values = siteFigureCells(r);
      rows += values
        ? bodyRow([String(r.stt), r.name, ...values])
        : row(
            { cantSplit: true },
            bodyCells([String(r.stt), r.name], false) +
              cell({ width: figuresWidth, span: figures }, tableText(NOT_REPORTED_CELL, { italic: true })),
          );
    }
  }
  rows += totalRow(c.table.totals.map((t) => formatInteger(t)));
  return appendixTable(widths, rows);
}

/** Closes a table block inside its control, so the control never holds a table alone (see styles.ts). */
const AFTER_TABLE = para({ style: STYLE_IDS["after-table"] });

/** The block's content, without its content control: what a refresh puts inside an existing control. */
export function blockInnerXml(block: Block, layout: Layout = PORTRAIT): string {
  const c = block.content;
  switch (c.kind) {
    case "paragraphs":
      return c.paragraphs.map((p) => paragraphXml(p) + (p.role === "summary" ? summaryRule(p, layout) : "")).join("");
    case "header":
      return headerXml(c, layout) + AFTER_TABLE;
    case "signature":
      return signatureXml(c, layout) + AFTER_TABLE;
    case "contributor-table":
      return contributorsXml(c, layout) + AFTER_TABLE;
    case "site-table":
      return sitesXml(c, layout) + AFTER_TABLE;
  }
}

/** The block wrapped in its tagged content control. */
export function blockXml(block: Block, layout: Layout = PORTRAIT): string {
  return contentControl(block.tag, block.title, blockInnerXml(block, layout));
}
