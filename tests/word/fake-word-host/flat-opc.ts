// Flat OPC ("pkg:package") as Word's insertOoxml/getOoxml use it: one XML document holding every part.
import { childElements, firstW, isW, NS, parseXml, serializeNode, XmlInputError } from "./wordml";
import type { XDocument, XElement, XNode } from "./wordml";

export interface FlatPackage {
  /** Block-level children of w:body, minus the final w:sectPr, in order. */
  bodyNodes: XElement[];
  styles: XElement | null;
  numbering: XElement | null;
  /** Relationships of the main document part (Id → {type, target, external}). */
  documentRels: Map<string, { type: string; target: string; external: boolean }>;
}

const REL_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

/** Parses a flat OPC package; throws XmlInputError naming what is wrong. */
export function parseFlatPackage(ooxml: string): FlatPackage {
  if (typeof ooxml !== "string" || ooxml.trim() === "") throw new XmlInputError("the OOXML string is empty");
  const doc = parseXml(ooxml, "OOXML package");
  const root = doc.documentElement!;
  if (root.namespaceURI !== NS.pkg || root.localName !== "package") {
    throw new XmlInputError(`the root element is <${root.nodeName}>, not <pkg:package>`);
  }
  const parts = new Map<string, XElement>();
  for (const part of childElements(root)) {
    if (part.namespaceURI !== NS.pkg || part.localName !== "part") continue;
    const name = part.getAttributeNS(NS.pkg, "name");
    if (name) parts.set(name.toLowerCase(), part);
  }
  const xmlOf = (part: XElement | undefined): XElement | null => {
    if (!part) return null;
    const data = childElements(part).find((c) => c.namespaceURI === NS.pkg && c.localName === "xmlData");
    return data ? (childElements(data)[0] ?? null) : null;
  };

  let mainName = "/word/document.xml";
  const rootRels = xmlOf(parts.get("/_rels/.rels"));
  if (rootRels) {
    for (const rel of childElements(rootRels)) {
      if (rel.getAttribute("Type") === REL_OFFICE_DOCUMENT) mainName = absolutePartName("/", rel.getAttribute("Target") ?? "");
    }
  }
  const main = xmlOf(parts.get(mainName.toLowerCase()));
  if (!main) throw new XmlInputError(`the package has no ${mainName} part with pkg:xmlData`);
  if (!isW(main, "document")) throw new XmlInputError(`the main part's root is <${main.nodeName}>, not <w:document>`);
  const body = firstW(main, "body");
  if (!body) throw new XmlInputError("the main part has no <w:body>");
  const bodyNodes = childElements(body);
  if (bodyNodes.length && isW(bodyNodes[bodyNodes.length - 1], "sectPr")) bodyNodes.pop();
  for (const node of bodyNodes) {
    if (!isAllowedBlock(node)) throw new XmlInputError(`<${node.nodeName}> cannot be a child of <w:body>`);
  }

  const documentRels = new Map<string, { type: string; target: string; external: boolean }>();
  const mainDir = mainName.slice(0, mainName.lastIndexOf("/") + 1);
  const relsName = `${mainDir}_rels/${mainName.slice(mainDir.length)}.rels`;
  const relsRoot = xmlOf(parts.get(relsName.toLowerCase()));
  let stylesName = `${mainDir}styles.xml`;
  let numberingName = `${mainDir}numbering.xml`;
  if (relsRoot) {
    for (const rel of childElements(relsRoot)) {
      const id = rel.getAttribute("Id") ?? "";
      const type = rel.getAttribute("Type") ?? "";
      const target = rel.getAttribute("Target") ?? "";
      const external = rel.getAttribute("TargetMode") === "External";
      documentRels.set(id, { type, target, external });
      if (type.endsWith("/styles")) stylesName = absolutePartName(mainDir, target);
      if (type.endsWith("/numbering")) numberingName = absolutePartName(mainDir, target);
    }
  }
  const styles = xmlOf(parts.get(stylesName.toLowerCase()));
  const numbering = xmlOf(parts.get(numberingName.toLowerCase()));
  return {
    bodyNodes,
    styles: styles && isW(styles, "styles") ? styles : null,
    numbering: numbering && isW(numbering, "numbering") ? numbering : null,
    documentRels,
  };
}

const BLOCK_ELEMENTS = new Set([
  "p",
  "tbl",
  "sdt",
  "customXml",
  "bookmarkStart",
  "bookmarkEnd",
  "proofErr",
  "permStart",
  "permEnd",
  "commentRangeStart",
  "commentRangeEnd",
  "moveFromRangeStart",
  "moveFromRangeEnd",
  "moveToRangeStart",
  "moveToRangeEnd",
  "ins",
  "del",
  "moveFrom",
  "moveTo",
  "altChunk",
]);

function isAllowedBlock(node: XElement): boolean {
  if (node.namespaceURI !== NS.w) return node.namespaceURI === "http://schemas.openxmlformats.org/markup-compatibility/2006";
  return BLOCK_ELEMENTS.has(node.localName ?? "");
}

export function absolutePartName(baseDir: string, target: string): string {
  if (target.startsWith("/")) return target;
  const segments = (baseDir + target).split("/");
  const out: string[] = [];
  for (const s of segments) {
    if (s === "..") out.pop();
    else if (s !== "." && s !== "") out.push(s);
  }
  return "/" + out.join("/");
}

const CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
const CT_NUMBERING = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
const CT_RELS = "application/vnd.openxmlformats-package.relationships+xml";

/**
 * Builds a flat package holding `nodes` as the body, plus the document's styles and numbering —
 * the shape Word's getOoxml returns, so the result can be fed back to insertOoxml.
 */
export function buildFlatPackage(nodes: XNode[], sectPr: XElement | null, styles: XDocument, numbering: XDocument | null): string {
  const bodyXml = nodes.map(serializeNode).join("") + (sectPr ? serializeNode(sectPr) : "");
  const rels =
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
    (numbering
      ? `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>`
      : "");
  const part = (name: string, type: string, xml: string): string =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  return (
    `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>` +
    `<pkg:package xmlns:pkg="${NS.pkg}">` +
    part(
      "/_rels/.rels",
      CT_RELS,
      `<Relationships xmlns="${NS.rels}"><Relationship Id="rId1" Type="${REL_OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>`,
    ) +
    part("/word/document.xml", CT_MAIN, `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:body>${bodyXml}</w:body></w:document>`) +
    part("/word/_rels/document.xml.rels", CT_RELS, `<Relationships xmlns="${NS.rels}">${rels}</Relationships>`) +
    part("/word/styles.xml", CT_STYLES, serializeNode(styles.documentElement!)) +
    (numbering ? part("/word/numbering.xml", CT_NUMBERING, serializeNode(numbering.documentElement!)) : "") +
    `</pkg:package>`
  );
}
