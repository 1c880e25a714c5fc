import { XMLSerializer } from "@xmldom/xmldom";
import type { Document as XDocument, Element as XElement } from "@xmldom/xmldom";
import { parseUntrustedXml } from "../sources/prior-report/safe-xml";

// Reading the flat OPC packages Word returns from getOoxml(): her section's page setup (for the break before
// a landscape appendix) and a control's content (to put a block back after a failed refresh). Word wrote them,
// but they carry her document's content, so they are parsed like any other input: no DOCTYPE, no entities.

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export class PackageReadError extends Error {}

function parse(xml: string): XDocument {
  return parseUntrustedXml(xml, "gói OOXML do Word trả về");
}

function children(el: XElement, ns: string, name: string): XElement[] {
  const out: XElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as XElement).namespaceURI === ns && (n as XElement).localName === name) out.push(n as XElement);
  }
  return out;
}

/** The w:body of the package's main document part. */
function mainBody(doc: XDocument): XElement {
  const root = doc.documentElement!;
  const docs =
    root.namespaceURI === PKG
      ? children(root, PKG, "part")
          .filter((p) => /document\.xml$/.test(p.getAttributeNS(PKG, "name") ?? p.getAttribute("pkg:name") ?? ""))
          .flatMap((p) => children(p, PKG, "xmlData"))
          .flatMap((d) => children(d, W, "document"))
      : root.namespaceURI === W && root.localName === "document"
        ? [root]
        : [];
  const body = docs.flatMap((d) => children(d, W, "body"))[0];
  if (!body) throw new PackageReadError("gói OOXML không có phần nội dung (w:body)");
  return body;
}

/**
 * Her section's properties as the package gives them (its body's last w:sectPr), without header and footer
 * references: their parts are not in the package we insert, and a dangling reference is not ours to invent.
 * Null when the package has none.
 */
export function sectionPropsOf(ooxml: string): string | null {
  const body = mainBody(parse(ooxml));
  const sect = children(body, W, "sectPr").pop();
  if (!sect) return null;
  const copy = sect.cloneNode(true) as XElement;
  for (const name of ["headerReference", "footerReference"]) for (const r of children(copy, W, name)) copy.removeChild(r);
  // Serialised alone, the element repeats the w: declaration its package root had: the insert package has it.
  return new XMLSerializer().serializeToString(copy).replace(/ xmlns:w="[^"]*"/, "");
}

/**
 * The package of a control as getOoxml() returned it, turned into a package of the control's content only
 * (the same styles and parts), for ContentControl.insertOoxml(…, "Replace") to put it back.
 */
export function controlContentPackage(ooxml: string, tag: string): string {
  const doc = parse(ooxml);
  const body = mainBody(doc);
  const sdts = Array.from(body.getElementsByTagNameNS(W, "sdt"));
  const sdt = sdts.find((s) => Array.from(s.getElementsByTagNameNS(W, "tag")).some((t) => t.getAttributeNS(W, "val") === tag)) ?? sdts[0];
  const content = sdt ? children(sdt, W, "sdtContent")[0] : undefined;
  if (!content) throw new PackageReadError(`gói OOXML không có khối ${tag}`);
  const kept = Array.from(content.childNodes);
  while (body.firstChild) body.removeChild(body.firstChild);
  for (const n of kept) body.appendChild(n);
  return new XMLSerializer().serializeToString(doc);
}
