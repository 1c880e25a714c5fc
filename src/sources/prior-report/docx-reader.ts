import { DATA_PART_NAMESPACE } from "../../render/data-part";
import type { DocumentContent } from "./document-content";
import { notWordDocument, readDocumentXml } from "./document-xml-reader";
import { parseUntrustedXml } from "./safe-xml";
import { SafeZip, type ZipLimits, DOCX_LIMITS } from "./safe-zip";

// A .docx picked by the user: its main part (wherever the package relationships say) read as paragraphs and
// tables (document-xml-reader.ts), and the add-in's own data parts, if any.

/** A custom XML part larger than this is not one of ours: ours holds one report's numbers. */
const MAX_DATA_PART_BYTES = 5 * 1024 * 1024;
const OFFICE_DOCUMENT_REL = /\/officeDocument$/;

export interface DocxReadResult {
  content: DocumentContent;
  /** Texts of custom XML parts in the add-in's namespace (normally one). */
  dataParts: string[];
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
  throw notWordDocument();
}

export async function readDocx(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): Promise<DocxReadResult> {
  const zip = await SafeZip.open(bytes, limits);
  const main = await mainPartName(zip);
  const content = readDocumentXml(await zip.readText(main), main);
  return { content, dataParts: await dataPartsOf(zip) };
}

/**
 * Only the add-in's data parts, the text left unread: a roll-up of hundreds of site reports needs their data, and a
 * package that is not a Word document is still refused.
 */
export async function readDataParts(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): Promise<string[]> {
  const zip = await SafeZip.open(bytes, limits);
  await mainPartName(zip);
  return dataPartsOf(zip);
}

async function dataPartsOf(zip: SafeZip): Promise<string[]> {
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
  return dataParts;
}
