import JSZip from "jszip";
import type { ReportModel } from "../domain/report-model";
import { textFingerprint } from "../domain/fingerprint";
import { DATA_PART_NAMESPACE } from "./data-part";
import { dataPartFor } from "./block-fingerprint";
import {
  documentPartXml,
  emptyHeaderXml,
  finalSectionProps,
  FIRST_HEADER_REL_ID,
  HEADER_REL_ID,
  pageNumberHeaderXml,
  renderBlocks,
  reportBodyXml,
} from "./document";
import { stylesPartXml } from "./styles";
import { escapeXmlText } from "./xml-escape";
import { W_NS } from "./wordml";

// Packaging of a standalone .docx (OPC zip). Parts are written in a fixed order with fixed timestamps so the
// same data always gives the same bytes.

const XML_DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`;
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A GUID derived from the content (two fingerprints of it), so the same data always gives the same bytes. */
function stableGuid(seed: string): string {
  const h = (textFingerprint(seed) + textFingerprint(`${seed}#guid`)).toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-A${h.slice(17, 20)}-${h.slice(20, 32)}}`;
}

const contentTypes =
  `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
  `<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
  `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
  `<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
  `<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>` +
  `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
  `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
  `</Types>`;

const rootRels =
  `${XML_DECL}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="word/document.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
  `<Relationship Id="rId3" Type="${DOC_REL}/extended-properties" Target="docProps/app.xml"/>` +
  `</Relationships>`;

const documentRels =
  `${XML_DECL}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rIdSbcStyles" Type="${DOC_REL}/styles" Target="styles.xml"/>` +
  `<Relationship Id="rIdSbcSettings" Type="${DOC_REL}/settings" Target="settings.xml"/>` +
  `<Relationship Id="${HEADER_REL_ID}" Type="${DOC_REL}/header" Target="header1.xml"/>` +
  `<Relationship Id="${FIRST_HEADER_REL_ID}" Type="${DOC_REL}/header" Target="header2.xml"/>` +
  `<Relationship Id="rIdSbcData" Type="${DOC_REL}/customXml" Target="../customXml/item1.xml"/>` +
  `</Relationships>`;

const settings =
  `${XML_DECL}<w:settings xmlns:w="${W_NS}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>` +
  `<w:characterSpacingControl w:val="doNotCompress"/>` +
  `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
  `<w:themeFontLang w:val="vi-VN"/></w:settings>`;

function itemProps(guid: string): string {
  return (
    `${XML_DECL}<ds:datastoreItem ds:itemID="${guid}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${DATA_PART_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}

const itemRels =
  `${XML_DECL}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${DOC_REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`;

function coreProps(title: string, creator: string, isoDate: string): string {
  return (
    `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeXmlText(title)}</dc:title><dc:creator>${escapeXmlText(creator)}</dc:creator><dc:language>vi-VN</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${isoDate}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${isoDate}</dcterms:modified>` +
    `</cp:coreProperties>`
  );
}

const appProps = `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Soạn báo cáo</Application></Properties>`;

export interface DocxOptions {
  /** Remembered so "Cập nhật số liệu" can reload the same file or URL later. */
  source?: string;
  /** DEFLATE level 1–9; 3 measured fastest here with output within a few percent of 6 (npm run bench). */
  compressionLevel?: number;
}

export interface DocxParts {
  [path: string]: string;
}

/** Every part of the package as text, in the order they are zipped. */
export function docxParts(model: ReportModel, options: DocxOptions = {}): DocxParts {
  const rendered = renderBlocks(model);
  const dataXml = dataPartFor(model, options.source, rendered);
  const summary = model.blocks.find((b) => b.tag.endsWith(":title"));
  const title =
    summary && summary.content.kind === "paragraphs"
      ? summary.content.paragraphs.map((p) => p.runs.map((r) => r.text).join("")).join(" ")
      : "Báo cáo";
  const date = model.data.report.date.length === 10 ? model.data.report.date : `${model.data.report.date}-01`;
  return {
    "[Content_Types].xml": contentTypes,
    "_rels/.rels": rootRels,
    "docProps/core.xml": coreProps(title, model.data.unit.name, `${date}T00:00:00Z`),
    "docProps/app.xml": appProps,
    "word/document.xml": documentPartXml(reportBodyXml(model, {}, rendered), finalSectionProps(model)),
    "word/_rels/document.xml.rels": documentRels,
    "word/styles.xml": stylesPartXml(),
    "word/settings.xml": settings,
    "word/header1.xml": pageNumberHeaderXml(),
    "word/header2.xml": emptyHeaderXml(),
    "customXml/item1.xml": dataXml,
    "customXml/itemProps1.xml": itemProps(stableGuid(dataXml)),
    "customXml/_rels/item1.xml.rels": itemRels,
  };
}

const FIXED_DATE = new Date(Date.UTC(2020, 0, 1));

export async function buildDocx(model: ReportModel, options: DocxOptions = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  // Encoding natively here is several times faster than letting jszip convert strings to UTF-8 itself.
  const utf8 = new TextEncoder();
  for (const [path, xml] of Object.entries(docxParts(model, options))) {
    zip.file(path, utf8.encode(xml), { date: FIXED_DATE, createFolders: false, binary: true });
  }
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: options.compressionLevel ?? 3 },
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
}
