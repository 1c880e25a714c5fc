import type { ReportModel } from "../domain/report-model";
import { textFingerprint } from "../domain/fingerprint";
import { buildDataPartXml, type BlockRecord } from "./data-part";
import { renderBlocks, type RenderedBlock } from "./document";
import { generatedXmlText } from "./xml-text";

// What a refresh compares a control's text against, and the data part that carries it. Kept apart from the
// .docx packaging so the ribbon's refresh command does not ship JSZip.

/** The fingerprint of a block's rendered content: what a refresh compares the control's text against. */
export function renderedFingerprint(innerXml: string): string {
  return textFingerprint(generatedXmlText(innerXml));
}

/** The fingerprints a refresh compares against, one per block. */
export function blockRecords(rendered: readonly RenderedBlock[]): BlockRecord[] {
  return rendered.map(({ block, inner }) => ({ tag: block.tag, hash: renderedFingerprint(inner) }));
}

export function dataPartFor(model: ReportModel, source?: string, rendered = renderBlocks(model)): string {
  return buildDataPartXml({ dataJson: JSON.stringify(model.data), blocks: blockRecords(rendered), ...(source ? { source } : {}) });
}
