// Small DOM helpers over @xmldom/xmldom for WordprocessingML. Browser-safe: no Node built-ins.
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { Document as XDocument, Element as XElement, Node as XNode } from "@xmldom/xmldom";

export type { XDocument, XElement, XNode };

export const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  w15: "http://schemas.microsoft.com/office/word/2012/wordml",
  pkg: "http://schemas.microsoft.com/office/2006/xmlPackage",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  ct: "http://schemas.openxmlformats.org/package/2006/content-types",
  ds: "http://schemas.openxmlformats.org/officeDocument/2006/customXml",
  we: "http://schemas.microsoft.com/office/webextensions/webextension/2010/11",
  wetp: "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11",
  xml: "http://www.w3.org/XML/1998/namespace",
} as const;

export const ELEMENT_NODE = 1;

export class XmlInputError extends Error {}

/** Parses XML, refusing DTDs so no entity is ever expanded (team rule for untrusted XML). */
export function parseXml(xml: string, what: string): XDocument {
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  if (/<!DOCTYPE/i.test(text)) throw new XmlInputError(`${what}: DOCTYPE is refused`);
  const errors: string[] = [];
  let doc: XDocument;
  try {
    doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== "warning") errors.push(msg);
      },
    }).parseFromString(text, "text/xml");
  } catch (e) {
    throw new XmlInputError(`${what}: ${(e as Error).message}`);
  }
  if (errors.length || !doc.documentElement) throw new XmlInputError(`${what}: ${errors[0] ?? "no root element"}`);
  return doc;
}

export function serializeXml(doc: XDocument): string {
  const body = new XMLSerializer().serializeToString(doc.documentElement ?? doc);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
}

export function serializeNode(node: XNode): string {
  return new XMLSerializer().serializeToString(node);
}

export function isElement(node: XNode | null | undefined): node is XElement {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** A w:* element. Branded so that a failed isW() check does not narrow an XElement to `never`. */
export type WElement = XElement & { readonly __wordml?: true };

export function isW(node: XNode | null | undefined, localName: string): node is WElement {
  return isElement(node) && node.namespaceURI === NS.w && node.localName === localName;
}

export function childElements(parent: XNode): XElement[] {
  const out: XElement[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (isElement(n)) out.push(n);
  return out;
}

export function firstW(parent: XNode, localName: string): XElement | null {
  for (let n = parent.firstChild; n; n = n.nextSibling) if (isW(n, localName)) return n;
  return null;
}

/** Descendant w:* elements in document order (pre-order), optionally including `root` itself. */
export function descendantsW(root: XNode, localName: string, includeSelf = false): XElement[] {
  const out: XElement[] = [];
  const walk = (n: XNode): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (!isElement(c)) continue;
      if (isW(c, localName)) out.push(c);
      walk(c);
    }
  };
  if (includeSelf && isW(root, localName)) out.push(root as XElement);
  walk(root);
  return out;
}

export function wAttr(el: XElement, localName: string): string | null {
  return el.hasAttributeNS(NS.w, localName) ? el.getAttributeNS(NS.w, localName) : null;
}

export function createW(doc: XDocument, localName: string, attrs: Record<string, string> = {}): XElement {
  const el = doc.createElementNS(NS.w, `w:${localName}`);
  for (const [k, v] of Object.entries(attrs)) el.setAttributeNS(NS.w, `w:${k}`, v);
  return el;
}

/** A run with the given text; tabs and line breaks become w:tab / w:br as Word stores them. */
export function createRun(doc: XDocument, text: string, rPr?: XElement | null): XElement {
  const r = createW(doc, "r");
  if (rPr) r.appendChild(rPr.cloneNode(true));
  const pieces = text.split(/(\t|\n|\v)/);
  for (const piece of pieces) {
    if (piece === "") continue;
    if (piece === "\t") r.appendChild(createW(doc, "tab"));
    else if (piece === "\n" || piece === "\v") r.appendChild(createW(doc, "br"));
    else {
      const t = createW(doc, "t");
      t.setAttributeNS(NS.xml, "xml:space", "preserve");
      t.appendChild(doc.createTextNode(piece));
      r.appendChild(t);
    }
  }
  return r;
}

export function createParagraph(doc: XDocument, text: string, pPr?: XElement | null, rPr?: XElement | null): XElement {
  const p = createW(doc, "p");
  if (pPr) p.appendChild(pPr.cloneNode(true));
  if (text !== "") p.appendChild(createRun(doc, text, rPr));
  return p;
}

// Subtrees whose text Word does not show as document text (deleted revisions, field codes, properties).
const SKIPPED_TEXT_CONTAINERS = new Set(["del", "moveFrom", "pPr", "rPr", "sdtPr", "sdtEndPr", "instrText", "delText", "fldData"]);

/** Text of inline content (a paragraph, a run-level control): what Word shows, without the paragraph mark. */
export function inlineText(node: XNode): string {
  return inlineTextOfNodes(Array.from(childNodes(node)));
}

function childNodes(node: XNode): XNode[] {
  const out: XNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** Text of a sequence of inline nodes (runs, hyperlinks, run-level controls), each node included. */
export function inlineTextOfNodes(nodes: XNode[]): string {
  let out = "";
  const visit = (c: XNode): void => {
    if (!isElement(c)) return;
    if (c.namespaceURI === NS.w) {
      const name = c.localName ?? "";
      if (SKIPPED_TEXT_CONTAINERS.has(name)) return;
      switch (name) {
        case "t":
          out += c.textContent ?? "";
          return;
        case "tab":
        case "ptab":
          out += "\t";
          return;
        case "br":
          out += wAttr(c, "type") === "page" ? "\f" : "\v";
          return;
        case "cr":
          out += "\v";
          return;
        case "noBreakHyphen":
          out += "\u2011";
          return;
        case "txbxContent":
        case "footnoteReference":
        case "endnoteReference":
          return;
      }
    }
    for (let g = c.firstChild; g; g = g.nextSibling) visit(g);
  };
  nodes.forEach(visit);
  return out;
}

/**
 * How table text reads. "word" (the default): as Word reports it, every cell's text followed by the end-of-cell
 * mark "\r\u0007" and every row closed by one more (the table is one entry). "tabs": a row per entry, its
 * cells joined with "\t" — easier to read in a test, but kinder than Word.
 */
export const textRules: { cellMarkers: "word" | "tabs" } = { cellMarkers: "word" };

const CELL_END = "\r\u0007";

/**
 * Text of block content as a list of "paragraph" strings, to be joined with "\r".
 * Tables follow `textRules.cellMarkers` (each cell's own paragraphs joined with "\r").
 */
export function blockTexts(node: XNode): string[] {
  if (!isElement(node) || node.namespaceURI !== NS.w) return [];
  switch (node.localName) {
    case "p":
      return [inlineText(node)];
    case "tbl": {
      const rows = childElements(node)
        .filter((c) => isW(c, "tr") || isW(c, "sdt"))
        .flatMap((r) => (isW(r, "sdt") ? childElements(firstW(r, "sdtContent") ?? r).filter((c) => isW(c, "tr")) : [r]));
      const cellTexts = (tr: XElement) =>
        childElements(tr)
          .filter((c) => isW(c, "tc"))
          .map((tc) => childElements(tc).flatMap(blockTexts).join("\r"));
      if (textRules.cellMarkers === "word")
        return [
          rows
            .map(
              (tr) =>
                cellTexts(tr)
                  .map((t) => t + CELL_END)
                  .join("") + CELL_END,
            )
            .join(""),
        ];
      return rows.map((tr) => cellTexts(tr).join("\t"));
    }
    case "sdt": {
      const content = firstW(node, "sdtContent");
      return content ? contentTexts(content) : [];
    }
    case "sdtContent":
    case "customXml":
    case "body":
      return contentTexts(node);
    default:
      return [];
  }
}

function contentTexts(container: XElement): string[] {
  const kids = childElements(container);
  if (isBlockContainer(container)) return kids.flatMap(blockTexts);
  return [inlineTextOfNodes(kids)];
}

const BLOCK_CONTAINERS = new Set(["body", "tc", "txbxContent", "hdr", "ftr", "footnote", "endnote", "comment", "docPartBody"]);

/** Whether children of `el` are block-level (paragraphs, tables, block controls) rather than runs. */
export function isBlockContainer(el: XElement): boolean {
  if (el.namespaceURI !== NS.w) return false;
  if (BLOCK_CONTAINERS.has(el.localName ?? "")) return true;
  if (el.localName === "sdtContent" || el.localName === "customXml") {
    const owner = el.localName === "sdtContent" ? el.parentNode : el;
    const parent = owner?.parentNode;
    return isElement(parent) && isBlockContainer(parent);
  }
  if (el.localName === "sdt") {
    const parent = el.parentNode;
    return isElement(parent) && isBlockContainer(parent);
  }
  return false;
}

/** Text of any node: block nodes as "\r"-joined paragraphs, inline nodes as their run text. */
export function nodeText(node: XNode): string {
  if (!isElement(node)) return "";
  const parent = node.parentNode;
  if (isElement(parent) && isBlockContainer(parent)) return blockTexts(node).join("\r");
  return inlineTextOfNodes([node]);
}
