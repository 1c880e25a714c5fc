import JSZip from "jszip";

// Test fixture: builds minimal, valid WordprocessingML packages in memory, so each test states exactly the
// runs, tables and parts it reads back — including the awkward ones Word produces (a figure split over runs).

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** One run; "\t" becomes <w:tab/> and "\n" <w:br/>, as Word stores them. */
export function run(text: string): string {
  const parts = text.split(/(\t|\n)/).filter((s) => s !== "");
  const inner = parts.map((s) => (s === "\t" ? "<w:tab/>" : s === "\n" ? "<w:br/>" : `<w:t xml:space="preserve">${esc(s)}</w:t>`)).join("");
  return `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman"/></w:rPr>${inner}</w:r>`;
}

/** A paragraph of one run per string: p("Đã đăng ", "2.", "682.057", " lượt") splits the figure over runs. */
export function p(...runs: string[]): string {
  return `<w:p><w:pPr><w:jc w:val="both"/></w:pPr>${runs.map(run).join("")}</w:p>`;
}

/** A paragraph from raw inner XML, for deleted revisions, hyperlinks and content controls. */
export function rawP(innerXml: string): string {
  return `<w:p>${innerXml}</w:p>`;
}

export interface CellSpec {
  text: string;
  span?: number;
}

/** A table; a cell given as { text, span } is merged across `span` grid columns (w:gridSpan). */
export function table(rows: Array<Array<string | CellSpec>>): string {
  const body = rows
    .map((row) => {
      const cells = row
        .map((c) => {
          const cell = typeof c === "string" ? { text: c } : c;
          const span = cell.span && cell.span > 1 ? `<w:tcPr><w:gridSpan w:val="${cell.span}"/></w:tcPr>` : "<w:tcPr/>";
          const paras = cell.text
            .split("\n")
            .map((line) => (line ? p(line) : "<w:p/>"))
            .join("");
          return `<w:tc>${span}${paras}</w:tc>`;
        })
        .join("");
      return `<w:tr>${cells}</w:tr>`;
    })
    .join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${body}</w:tbl>`;
}

export function documentXml(blocks: string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:document xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<w:body>${blocks.join("")}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
  );
}

export interface PackageOptions {
  /** Replaces the generated word/document.xml text. */
  documentXml?: string;
  /** Contents of customXml/item1.xml, item2.xml, … */
  customXml?: string[];
  /** Any further entries, verbatim. */
  extra?: Record<string, string | Uint8Array>;
  /** Leave out word/document.xml and the relationship to it (a zip that is not a Word document). */
  withoutDocument?: boolean;
  /** "STORE" keeps the parts' bytes as they are, for tests that alter them in place. */
  compression?: "STORE" | "DEFLATE";
}

export async function buildDocx(blocks: string[], options: PackageOptions = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const add = (name: string, data: string | Uint8Array): void => {
    zip.file(name, data, { createFolders: false });
  };
  add(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  if (!options.withoutDocument) {
    add(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    );
    add("word/document.xml", options.documentXml ?? documentXml(blocks));
  }
  (options.customXml ?? []).forEach((xml, i) => add(`customXml/item${i + 1}.xml`, xml));
  for (const [name, data] of Object.entries(options.extra ?? {})) add(name, data);
  return zip.generateAsync({ type: "uint8array", compression: options.compression ?? "DEFLATE" });
}

/**
 * Rewrites the uncompressed size an archive declares for one entry (local header and central directory), to
 * build archives whose declared sizes lie in either direction.
 */
export function patchDeclaredSize(bytes: Uint8Array, entryName: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(entryName);
  const matchesAt = (offset: number): boolean => name.every((b, i) => out[offset + i] === b);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && view.getUint16(i + 26, true) === name.length && matchesAt(i + 30)) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50 && view.getUint16(i + 28, true) === name.length && matchesAt(i + 46)) view.setUint32(i + 24, size, true);
  }
  return out;
}
