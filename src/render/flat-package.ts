import type { Block, ReportModel } from "../domain/report-model";
import { blockXml } from "./blocks";
import { blockLayout, reportBodyXml } from "./document";
import { reportStyleElements } from "./styles";
import { R_NS, W_NS } from "./wordml";

// Word's insertOoxml takes a flat OPC package (pkg:package). It carries the body content and our styles;
// Word adds styles the document lacks and leaves the document's own styles alone.

const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function part(name: string, contentType: string, xml: string): string {
  return `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
}

/** Wraps body content (paragraphs, tables, content controls) for Range/ContentControl.insertOoxml. */
export function insertPackage(bodyXml: string): string {
  return (
    `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>` +
    `<pkg:package xmlns:pkg="${PKG_NS}">` +
    part(
      "/_rels/.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ) +
    part(
      "/word/_rels/document.xml.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${DOC_REL}/styles" Target="styles.xml"/></Relationships>`,
    ) +
    part(
      "/word/document.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${bodyXml}</w:body></w:document>`,
    ) +
    part(
      "/word/styles.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
      `<w:styles xmlns:w="${W_NS}">${reportStyleElements()}</w:styles>`,
    ) +
    `</pkg:package>`
  );
}

/** The whole report, ready for insertion at the cursor. */
export function reportInsertPackage(model: ReportModel): string {
  return insertPackage(reportBodyXml(model, { forInsertion: true }));
}

/** One block in its content control, for "insert this block at the cursor". */
export function blockInsertPackage(model: ReportModel, block: Block): string {
  return insertPackage(blockXml(block, blockLayout(model, block)));
}
