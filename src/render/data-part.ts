import { DOMParser } from "@xmldom/xmldom";
import { escapeXmlAttr, escapeXmlText } from "./xml-escape";

// The validated data travels inside the document as a custom XML part in our own namespace, so a later
// report (or a refresh on another machine) reads last period's figures back exactly, not from the prose.

export const DATA_PART_NAMESPACE = "urn:soanbaocao:report:v1";
export const GENERATOR = "Soạn báo cáo";

export interface BlockRecord {
  tag: string;
  /** Fingerprint of the block's text as inserted: a refresh compares it to tell the user's edits apart. */
  hash: string;
}

export interface DataPartContent {
  /** The validated ReportData, as JSON text. */
  dataJson: string;
  blocks: BlockRecord[];
  /** Where the data came from (a file name or https URL), so "Cập nhật số liệu" can reload it. */
  source?: string;
}

/**
 * The root declares our namespace as the default one (xmlns="…"): that is how Office finds a part by namespace
 * (the CustomXmlParts.getByNamespaceAsync samples all use a default xmlns). Parts written with the earlier
 * "sbc:" prefix read back the same (parseDataPartXml is namespace-aware).
 */
export function buildDataPartXml(content: DataPartContent): string {
  const blocks = content.blocks.map((b) => `<block tag="${escapeXmlAttr(b.tag)}" hash="${escapeXmlAttr(b.hash)}"/>`).join("");
  const source = content.source ? `<source>${escapeXmlText(content.source)}</source>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<report xmlns="${DATA_PART_NAMESPACE}" version="1" generator="${escapeXmlAttr(GENERATOR)}">` +
    `<data format="application/json">${escapeXmlText(content.dataJson)}</data>` +
    `<blocks>${blocks}</blocks>${source}</report>`
  );
}

/** Word on the web refuses custom XML parts above 1 MB; documents must stay usable there. */
export const DATA_PART_LIMIT_BYTES = 1024 * 1024;

/** UTF-8 length, counted without TextEncoder (absent in some hosts' webviews). */
export function dataPartBytes(xml: string): number {
  let bytes = 0;
  for (const ch of xml) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export class DataPartError extends Error {}

/** Reads a part written by buildDataPartXml; refuses DTDs so no entity is ever expanded. */
export function parseDataPartXml(xml: string): DataPartContent {
  if (/<!DOCTYPE/i.test(xml)) throw new DataPartError("phần dữ liệu nhúng có khai báo DOCTYPE — không đọc vì lý do an toàn.");
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => {
      if (level !== "warning") errors.push(msg);
    },
  }).parseFromString(xml, "text/xml");
  const root = doc.documentElement;
  if (errors.length || !root || root.namespaceURI !== DATA_PART_NAMESPACE || root.localName !== "report") {
    throw new DataPartError("phần dữ liệu nhúng bị hỏng hoặc không phải của Soạn báo cáo.");
  }
  const dataEl = root.getElementsByTagNameNS(DATA_PART_NAMESPACE, "data")[0];
  if (!dataEl) throw new DataPartError("phần dữ liệu nhúng không có số liệu.");
  const blocks: BlockRecord[] = [];
  const blockEls = root.getElementsByTagNameNS(DATA_PART_NAMESPACE, "block");
  for (let i = 0; i < blockEls.length; i++) {
    const el = blockEls[i]!;
    blocks.push({ tag: el.getAttribute("tag") ?? "", hash: el.getAttribute("hash") ?? "" });
  }
  const sourceEl = root.getElementsByTagNameNS(DATA_PART_NAMESPACE, "source")[0];
  const out: DataPartContent = { dataJson: dataEl.textContent ?? "", blocks };
  if (sourceEl?.textContent) out.source = sourceEl.textContent;
  return out;
}
