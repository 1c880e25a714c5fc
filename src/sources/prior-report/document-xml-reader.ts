import { SaxesParser, type SaxesTagNS } from "saxes";
import { nfc } from "../../domain/text";
import type { ContentBlock, DocumentContent } from "./document-content";
import { PriorReportError } from "./prior-report-error";
import { refuseDoctype } from "./safe-xml";
import { MAX_PARAGRAPHS, MAX_TEXT_CHARS } from "./reader-limits";

// Reads word/document.xml the way a person sees it — runs joined (a figure typed as "2." + "682.057" in two runs
// is one number), deleted revisions left out, tables as rows of cells — in one streaming pass (saxes) with an
// explicit stack: no DOM, no recursion. A DOM of a crafted part (440,000 short paragraphs in a 1 MB .docx) took
// minutes and gigabytes; here the counts below stop it as soon as one is passed, and memory stays that of the text.

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/** Flat OPC, as Word's getOoxml() returns a body: the main part is a pkg:part holding w:document in pkg:xmlData. */
const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const MAIN_PART_NAME = "/word/document.xml";

/** Elements of any kind: a heavily formatted 100-page report stays under a few hundred thousand. */
export const MAX_ELEMENTS = 1_000_000;
/** Word nests tables and content controls a few levels deep; thousands of levels is a crafted file. */
export const MAX_DEPTH = 256;

/** Wrappers whose content belongs to the surrounding text (content controls, tracked insertions, links). */
const TRANSPARENT = new Set(["sdt", "sdtContent", "ins", "moveTo", "customXml", "smartTag", "hyperlink", "fldSimple", "dir", "bdo"]);

type Frame =
  | { kind: "package" }
  | { kind: "part" }
  | { kind: "partData" }
  | { kind: "document" }
  | { kind: "blocks"; blocks: ContentBlock[] }
  | { kind: "cell"; blocks: ContentBlock[]; span: number; row: string[] }
  | { kind: "paragraph"; parts: string[]; blocks: ContentBlock[] }
  | { kind: "inline"; paragraph: { parts: string[] } }
  | { kind: "run"; paragraph: { parts: string[] } }
  | { kind: "t"; paragraph: { parts: string[] } }
  | { kind: "table"; rows: string[][] }
  | { kind: "row"; cells: string[]; rows: string[][] }
  | { kind: "rowProps"; row: string[] }
  | { kind: "cellProps"; cell: { span: number } }
  | { kind: "skip" };

/** Skipped content has no state; one frame serves every skipped element. */
const SKIP: Frame = { kind: "skip" };

function gridValue(tag: SaxesTagNS): number {
  const attr = Object.values(tag.attributes).find((a) => a.local === "val" && (a.uri === W || a.name === "w:val"));
  const v = Number(attr?.value ?? "");
  return Number.isInteger(v) && v > 0 && v < 64 ? v : 0;
}

function cellText(blocks: readonly ContentBlock[]): string {
  return blocks
    .map((b) => (b.kind === "paragraph" ? b.text : b.rows.map((r) => r.join("\t")).join("\n")))
    .join("\n")
    .trim();
}

function tooMuch(what: string): PriorReportError {
  return new PriorReportError(`tệp .docx có ${what} — đây không giống một báo cáo Word bình thường nên không đọc.`);
}

/** The frame a W element opens inside `parent`; anything not read (properties, deletions, drawings) is skipped. */
function child(parent: Frame, local: string, tag: SaxesTagNS): Frame {
  switch (parent.kind) {
    case "blocks":
    case "cell":
      if (local === "p") return { kind: "paragraph", parts: [], blocks: parent.blocks };
      if (local === "tbl") {
        const rows: string[][] = [];
        parent.blocks.push({ kind: "table", rows });
        return { kind: "table", rows };
      }
      if (parent.kind === "cell" && local === "tcPr") return { kind: "cellProps", cell: parent };
      if (TRANSPARENT.has(local)) return { kind: "blocks", blocks: parent.blocks };
      return SKIP;
    case "paragraph":
    case "inline": {
      const paragraph = parent.kind === "paragraph" ? parent : parent.paragraph;
      if (local === "r") return { kind: "run", paragraph };
      if (TRANSPARENT.has(local)) return { kind: "inline", paragraph };
      return SKIP;
    }
    case "run":
      switch (local) {
        case "t":
          return { kind: "t", paragraph: parent.paragraph };
        case "tab":
          parent.paragraph.parts.push("\t");
          break;
        case "br":
        case "cr":
          parent.paragraph.parts.push("\n");
          break;
        case "noBreakHyphen":
          parent.paragraph.parts.push("-");
          break;
        default:
          // w:delText, w:instrText (field codes), w:drawing, w:sym, footnote marks: not running text.
          break;
      }
      return SKIP;
    case "t":
      return { kind: "t", paragraph: parent.paragraph };
    case "table":
      if (local === "tr") return { kind: "row", cells: [], rows: parent.rows };
      if (TRANSPARENT.has(local)) return { kind: "table", rows: parent.rows };
      return SKIP;
    case "row":
      if (local === "trPr") return { kind: "rowProps", row: parent.cells };
      if (local === "tc") return { kind: "cell", blocks: [], span: 1, row: parent.cells };
      if (TRANSPARENT.has(local)) return { kind: "row", cells: parent.cells, rows: parent.rows };
      return SKIP;
    case "rowProps":
      if (local === "gridBefore") parent.row.unshift(...Array.from({ length: gridValue(tag) }, () => ""));
      return SKIP;
    case "cellProps":
      if (local === "gridSpan") parent.cell.span = Math.max(1, gridValue(tag));
      return SKIP;
    case "document":
    case "package":
    case "part":
    case "partData":
    case "skip":
      return SKIP;
  }
}

/** Paragraphs and tables of a document part's body (or of a flat package's main part), in order. */
export function readDocumentXml(xml: string, partName: string): DocumentContent {
  refuseDoctype(xml, partName);
  const body: ContentBlock[] = [];
  const stack: Frame[] = [];
  let elements = 0;
  let paragraphs = 0;
  let chars = 0;
  const parser = new SaxesParser({ xmlns: true });
  const broken = (): PriorReportError =>
    new PriorReportError(`thành phần ${partName} của tệp .docx bị hỏng (XML không hợp lệ) — mở tệp bằng Word, lưu lại rồi thử lại.`);

  parser.on("error", () => {
    throw broken();
  });
  parser.on("opentag", (tag) => {
    if (++elements > MAX_ELEMENTS) throw tooMuch(`hơn ${MAX_ELEMENTS.toLocaleString("vi-VN")} phần tử XML`);
    if (stack.length >= MAX_DEPTH) throw tooMuch(`các phần tử lồng nhau sâu hơn ${MAX_DEPTH} cấp`);
    const isW = tag.uri === W;
    const parent = stack[stack.length - 1];
    let frame: Frame;
    if (!parent) {
      if (tag.uri === PKG && tag.local === "package") frame = { kind: "package" };
      else if (!isW || tag.local !== "document") throw notWordDocument();
      else frame = { kind: "document" };
    } else if (parent.kind === "package") {
      const name = Object.values(tag.attributes).find((a) => a.local === "name" && a.uri === PKG)?.value;
      frame = tag.uri === PKG && tag.local === "part" && name === MAIN_PART_NAME ? { kind: "part" } : SKIP;
    } else if (parent.kind === "part") {
      frame = tag.uri === PKG && tag.local === "xmlData" ? { kind: "partData" } : SKIP;
    } else if (parent.kind === "partData") {
      frame = isW && tag.local === "document" ? { kind: "document" } : SKIP;
    } else if (parent.kind === "document") {
      // Only w:body is read; its blocks are the result.
      frame = isW && tag.local === "body" ? { kind: "blocks", blocks: body } : SKIP;
    } else frame = isW ? child(parent, tag.local, tag) : SKIP;
    if (frame.kind === "paragraph" && ++paragraphs > MAX_PARAGRAPHS) {
      throw tooMuch(`hơn ${MAX_PARAGRAPHS.toLocaleString("vi-VN")} đoạn văn`);
    }
    stack.push(frame);
  });
  const onText = (text: string): void => {
    const top = stack[stack.length - 1];
    if (top?.kind !== "t") return;
    chars += text.length;
    if (chars > MAX_TEXT_CHARS) throw tooMuch(`hơn ${MAX_TEXT_CHARS.toLocaleString("vi-VN")} ký tự chữ`);
    top.paragraph.parts.push(text);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", () => {
    const frame = stack.pop();
    if (!frame) return;
    if (frame.kind === "paragraph") frame.blocks.push({ kind: "paragraph", text: nfc(frame.parts.join("")) });
    else if (frame.kind === "row") frame.rows.push(frame.cells);
    else if (frame.kind === "cell") {
      frame.row.push(cellText(frame.blocks));
      for (let i = 1; i < frame.span; i++) frame.row.push("");
    }
  });
  parser.write(xml).close();
  if (elements === 0) throw notWordDocument();
  return { blocks: body };
}

export function notWordDocument(): PriorReportError {
  return new PriorReportError("tệp không phải văn bản Word (.docx) — hãy chọn tệp báo cáo lưu ở định dạng .docx.");
}
