import type { ReportModel } from "../domain/report-model";
import { blockInnerXml } from "./blocks";
import type { Block } from "../domain/report-model";
import { LANDSCAPE, PAGE, PORTRAIT, type Layout } from "./page-layout";
import { STYLE_IDS } from "./styles";
import { R_NS, W_NS, contentControl, para } from "./wordml";

// The main document part. Body content (blocks) is kept apart from section properties, because Word's
// insertOoxml takes body content only: the section layout belongs to the whole document.

export const HEADER_REL_ID = "rIdSbcHeader";
export const FIRST_HEADER_REL_ID = "rIdSbcHeaderFirst";

function sectionProps(landscape: boolean, titlePage: boolean, withHeaders = true): string {
  const size = landscape
    ? `<w:pgSz w:w="${PAGE.height}" w:h="${PAGE.width}" w:orient="landscape"/>`
    : `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>`;
  const headers = !withHeaders
    ? ""
    : `<w:headerReference w:type="default" r:id="${HEADER_REL_ID}"/>` +
      (titlePage ? `<w:headerReference w:type="first" r:id="${FIRST_HEADER_REL_ID}"/>` : "");
  return (
    `<w:sectPr>${headers}${size}` +
    `<w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" w:header="${PAGE.header}" w:footer="${PAGE.footer}" w:gutter="0"/>` +
    (titlePage ? `<w:pgNumType w:start="1"/>` : "") +
    `<w:cols w:space="720"/>` +
    // ND30: no page number on the first page.
    (titlePage ? `<w:titlePg/>` : "") +
    `</w:sectPr>`
  );
}

/** An empty paragraph that ends a section (ECMA-376 §17.6.17: a paragraph's w:sectPr closes the section it ends). */
function sectionBreak(sectPr: string): string {
  return para({ style: STYLE_IDS["section-break"], sectionProps: sectPr });
}

/**
 * A wide table inserted on its own into a portrait document gets a landscape section of its own. The paragraph
 * before it ends *her* section, whose pages above keep their own layout: it carries her section's properties
 * (`hostSection`, read from the document), else ND30's portrait page. The paragraph after the table ends the
 * landscape section, and a last plain paragraph is the one that takes the replaced paragraph's properties in
 * Word (see src/word/insert-report.ts), so the section break itself is never rewritten.
 */
export function ownLandscapeSection(blockXml: string, hostSection?: string): string {
  return (
    sectionBreak(hostSection ?? sectionProps(false, false, false)) +
    blockXml +
    sectionBreak(sectionProps(true, false, false)) +
    para({ style: STYLE_IDS.body })
  );
}

export interface BodyOptions {
  /**
   * For insertion into an existing document: section properties carry no header references (the
   * inserted package has no header parts; the document keeps its own page numbers) and the appendix
   * section is closed by a paragraph of its own, since Word keeps the document's final sectPr.
   */
  forInsertion?: boolean;
  /** Her section's properties (w:sectPr XML) for the break before the appendix, so her pages above keep them. */
  hostSection?: string;
}

export interface RenderedBlock {
  block: Block;
  /** The block's content without its content control. */
  inner: string;
}

/** The page a block sits on: appendix blocks share the appendix section's orientation. */
export function blockLayout(model: ReportModel, block: Block): Layout {
  return block.part === "appendix" && model.appendixLandscape ? LANDSCAPE : PORTRAIT;
}

/** Renders every block once; the body, the fingerprints and the insert packages all reuse the result. */
export function renderBlocks(model: ReportModel): RenderedBlock[] {
  return model.blocks.map((block) => ({
    block,
    inner: blockInnerXml(block, blockLayout(model, block)),
  }));
}

/** All blocks in order; the appendix starts a new section, landscape when its table is wide. */
export function reportBodyXml(model: ReportModel, options: BodyOptions = {}, rendered = renderBlocks(model)): string {
  const insertion = options.forInsertion ?? false;
  let body = "";
  let inAppendix = false;
  for (const { block, inner } of rendered) {
    if (block.part === "appendix" && !inAppendix) {
      inAppendix = true;
      body += sectionBreak(insertion ? (options.hostSection ?? sectionProps(false, true, false)) : sectionProps(false, true, true));
    }
    body += contentControl(block.tag, block.title, inner);
  }
  if (!insertion) {
    // Word expects the body to end with a paragraph, not a table.
    return body + para({ style: STYLE_IDS.body });
  }
  // Inserted in place of a paragraph, whose mark Word keeps (insert-report.ts): without an appendix section that
  // mark follows the last block; with one, a plain last paragraph takes it, after the break closing the appendix.
  if (inAppendix) body += sectionBreak(sectionProps(model.appendixLandscape, false, false)) + para({ style: STYLE_IDS.body });
  return body;
}

export function finalSectionProps(model: ReportModel): string {
  const hasAppendix = model.blocks.some((b) => b.part === "appendix");
  return hasAppendix ? sectionProps(model.appendixLandscape, false) : sectionProps(false, true);
}

export function documentPartXml(bodyXml: string, sectPr: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${bodyXml}${sectPr}</w:body></w:document>`
  );
}

function headerPart(content: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="${W_NS}" xmlns:r="${R_NS}">${content}</w:hdr>`;
}

/** Page number at the top centre, from page 2 (the first page uses the empty first-page header). */
export function pageNumberHeaderXml(): string {
  const field =
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
    `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  return headerPart(para({ style: STYLE_IDS["page-number"] }, field));
}

export function emptyHeaderXml(): string {
  return headerPart(para({ style: STYLE_IDS["page-number"] }));
}
