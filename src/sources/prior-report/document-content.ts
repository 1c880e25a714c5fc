// A prior report reduced to what a reader of its figures needs: paragraphs and tables, in document order.
// Both the .docx reader and the pasted-text reader produce this, so everything after them is format-blind.

export interface ParagraphBlock {
  kind: "paragraph";
  /** Text of the runs joined; a tab is "\t", a line break inside the paragraph is "\n". */
  text: string;
}

export interface TableBlock {
  kind: "table";
  /** Cell texts row by row; a cell merged across columns is followed by empty cells so columns line up. */
  rows: string[][];
}

export type ContentBlock = ParagraphBlock | TableBlock;

export interface DocumentContent {
  blocks: ContentBlock[];
}

export function paragraphsOf(content: DocumentContent): string[] {
  return content.blocks.filter((b): b is ParagraphBlock => b.kind === "paragraph").map((b) => b.text);
}
