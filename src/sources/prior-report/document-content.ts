// A prior report reduced to what a reader of its figures needs: paragraphs and tables, in document order.
// Both the .docx reader and the pasted-text reader produce this, so everything after them is format-blind. It is
// the shape the report checker reads (src/domain/checker/checked-document.ts), under the reader's names.
import type { CheckedBlock, CheckedDocument, CheckedParagraph, CheckedTable } from "../../domain/checker/checked-document";

export type ParagraphBlock = CheckedParagraph;
export type TableBlock = CheckedTable;
export type ContentBlock = CheckedBlock;
export type DocumentContent = CheckedDocument;

export function paragraphsOf(content: DocumentContent): string[] {
  return content.blocks.filter((b): b is ParagraphBlock => b.kind === "paragraph").map((b) => b.text);
}
