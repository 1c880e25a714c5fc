import type { Element, Node } from "@xmldom/xmldom";
import { nfc } from "../../domain/text";
import { DATA_PART_NAMESPACE } from "../../render/data-part";
import type { ContentBlock, DocumentContent } from "./document-content";
import { PriorReportError } from "./prior-report-error";
import { parseUntrustedXml } from "./safe-xml";
import { SafeZip, type ZipLimits, DOCX_LIMITS } from "./safe-zip";

// Reads the text of a Word document the way a person sees it: runs joined (a figure typed as "2." + "682.057"
// in two runs is one number), deleted revisions left out, tables as rows of cells.

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const OFFICE_DOCUMENT_REL = /\/officeDocument$/;
const ELEMENT_NODE = 1;

/** A custom XML part larger than this is not one of ours: ours holds one report's numbers. */
const MAX_DATA_PART_BYTES = 5 * 1024 * 1024;

export interface DocxReadResult {
  content: DocumentContent;
  /** Texts of custom XML parts in the add-in's namespace (normally one). */
  dataParts: string[];
}

function elementChildren(node: Node): Element[] {
  const out: Element[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) out.push(c as Element);
  return out;
}

function isW(el: Element, localName: string): boolean {
  return el.namespaceURI === W && el.localName === localName;
}

/** Wrappers whose content belongs to the surrounding text (content controls, tracked insertions, links). */
const TRANSPARENT = new Set(["sdt", "sdtContent", "ins", "moveTo", "customXml", "smartTag", "hyperlink", "fldSimple", "dir", "bdo"]);
/** Content a reader does not see as running text: deleted revisions, math, drawings and text boxes. */
const SKIPPED = new Set(["del", "moveFrom", "pPr", "rPr", "sdtPr", "sdtEndPr", "tcPr", "trPr", "tblPr", "tblGrid", "sectPr"]);

function runText(run: Element): string {
  let text = "";
  for (const child of elementChildren(run)) {
    if (child.namespaceURI !== W) continue;
    switch (child.localName) {
      case "t":
        text += child.textContent ?? "";
        break;
      case "tab":
        text += "\t";
        break;
      case "br":
      case "cr":
        text += "\n";
        break;
      case "noBreakHyphen":
        text += "-";
        break;
      default:
        // w:delText, w:instrText (field codes), w:drawing, w:sym, footnote marks: not running text.
        break;
    }
  }
  return text;
}

function paragraphText(p: Element): string {
  let text = "";
  const walk = (node: Element): void => {
    for (const child of elementChildren(node)) {
      if (child.namespaceURI !== W) continue;
      if (child.localName === "r") text += runText(child);
      else if (TRANSPARENT.has(child.localName ?? "")) walk(child);
    }
  };
  walk(p);
  return nfc(text);
}

function cellText(tc: Element): string {
  const parts: string[] = [];
  for (const block of readBlocks(tc)) {
    if (block.kind === "paragraph") parts.push(block.text);
    else parts.push(block.rows.map((r) => r.join("\t")).join("\n"));
  }
  return parts.join("\n").trim();
}

function gridValue(parent: Element | undefined, name: string): number {
  if (!parent) return 0;
  const el = elementChildren(parent).find((c) => isW(c, name));
  const v = Number(el?.getAttributeNS(W, "val") ?? el?.getAttribute("w:val") ?? "");
  return Number.isInteger(v) && v > 0 && v < 64 ? v : 0;
}

function tableRows(tbl: Element): string[][] {
  const rows: string[][] = [];
  const collectRows = (node: Element): void => {
    for (const child of elementChildren(node)) {
      if (isW(child, "tr")) rows.push(rowCells(child));
      else if (child.namespaceURI === W && TRANSPARENT.has(child.localName ?? "")) collectRows(child);
    }
  };
  collectRows(tbl);
  return rows;
}

function rowCells(tr: Element): string[] {
  const cells: string[] = [];
  const trPr = elementChildren(tr).find((c) => isW(c, "trPr"));
  for (let i = 0; i < gridValue(trPr, "gridBefore"); i++) cells.push("");
  const collectCells = (node: Element): void => {
    for (const child of elementChildren(node)) {
      if (isW(child, "tc")) {
        cells.push(cellText(child));
        const span = gridValue(
          elementChildren(child).find((c) => isW(c, "tcPr")),
          "gridSpan",
        );
        for (let i = 1; i < span; i++) cells.push("");
      } else if (child.namespaceURI === W && TRANSPARENT.has(child.localName ?? "")) {
        collectCells(child);
      }
    }
  };
  collectCells(tr);
  return cells;
}

function readBlocks(container: Element): ContentBlock[] {
  const blocks: ContentBlock[] = [];
  for (const child of elementChildren(container)) {
    if (child.namespaceURI !== W || SKIPPED.has(child.localName ?? "")) continue;
    if (child.localName === "p") blocks.push({ kind: "paragraph", text: paragraphText(child) });
    else if (child.localName === "tbl") blocks.push({ kind: "table", rows: tableRows(child) });
    else if (TRANSPARENT.has(child.localName ?? "")) blocks.push(...readBlocks(child));
  }
  return blocks;
}

/** The main part is wherever the package relationships say; word/document.xml when they say nothing. */
async function mainPartName(zip: SafeZip): Promise<string> {
  if (zip.has("_rels/.rels")) {
    const rels = parseUntrustedXml(await zip.readText("_rels/.rels"), "_rels/.rels");
    const list = rels.getElementsByTagName("Relationship");
    for (let i = 0; i < list.length; i++) {
      const rel = list[i]!;
      if (OFFICE_DOCUMENT_REL.test(rel.getAttribute("Type") ?? "")) {
        const target = (rel.getAttribute("Target") ?? "").replace(/^\//, "");
        if (target && zip.has(target)) return target;
      }
    }
  }
  if (zip.has("word/document.xml")) return "word/document.xml";
  throw notWord();
}

function notWord(): PriorReportError {
  return new PriorReportError("tệp không phải văn bản Word (.docx) — hãy chọn tệp báo cáo kỳ trước lưu ở định dạng .docx.");
}

export async function readDocx(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): Promise<DocxReadResult> {
  const zip = await SafeZip.open(bytes, limits);
  const main = await mainPartName(zip);
  const doc = parseUntrustedXml(await zip.readText(main), main);
  const root = doc.documentElement;
  if (!root || !isW(root, "document")) throw notWord();
  const body = elementChildren(root).find((c) => isW(c, "body"));
  const content: DocumentContent = { blocks: body ? readBlocks(body) : [] };

  const dataParts: string[] = [];
  for (const name of zip
    .names()
    .filter((n) => /^customXml\/item\d+\.xml$/i.test(n))
    .sort()) {
    const declared = zip.entries.get(name)?.declaredSize ?? 0;
    if (declared > MAX_DATA_PART_BYTES) continue;
    const text = await zip.readText(name);
    if (text.includes(DATA_PART_NAMESPACE)) dataParts.push(text);
  }
  return { content, dataParts };
}
