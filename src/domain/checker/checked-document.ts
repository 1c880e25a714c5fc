// The report as the checker reads it: paragraphs and tables in document order, as the .docx reader, the text
// reader and the Word pane produce them (src/sources/prior-report/document-content.ts has the same shape).

export interface CheckedParagraph {
  kind: "paragraph";
  /** Text of the runs joined; a tab is "\t", a line break inside the paragraph is "\n". */
  text: string;
}

export interface CheckedTable {
  kind: "table";
  /** Cell texts row by row (a cell's paragraphs joined by "\n"); a merged cell is followed by empty cells. */
  rows: string[][];
}

export type CheckedBlock = CheckedParagraph | CheckedTable;

export interface CheckedDocument {
  blocks: CheckedBlock[];
}
