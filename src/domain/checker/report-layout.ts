import type { CheckedBlock, CheckedDocument } from "./checked-document";
import type { TextLocation } from "./finding";
import { parseHeadingLabel } from "./heading-label";

// Where each line of a report sits: the header (governing body, "Số:", place and date), the title with its
// summary line, the body, the closing ("Nơi nhận:", signature) and the appendix. The rules read lines with
// their zone; a line knows how to turn an offset in itself into a location in the document.

export type Zone = "header" | "title" | "body" | "closing" | "appendix";

export interface TextLine {
  text: string;
  zone: Zone;
  /** The line is a table cell's (or a tab-separated row's). */
  inTable: boolean;
  block: number;
  row?: number;
  cell?: number;
  /** Where this line starts in its paragraph's or cell's text. */
  start: number;
}

export interface LaidOutTable {
  zone: Zone;
  /** Cell texts, as in the document. */
  rows: string[][];
  /** Where each cell's text starts (a tab-separated paragraph's cells are stretches of one paragraph). */
  cellAt: (row: number, cell: number, offset: number, length: number) => TextLocation;
}

export interface ReportLayout {
  lines: TextLine[];
  tables: LaidOutTable[];
}

export function locate(line: TextLine, offset: number, length: number): TextLocation {
  const at: TextLocation = { block: line.block, offset: line.start + offset, length };
  if (line.row !== undefined) at.row = line.row;
  if (line.cell !== undefined) at.cell = line.cell;
  return at;
}

/** Clerks mark bold with "**" when a report goes through plain text: it is not part of the words. */
function decoration(text: string): number {
  return /^[*_\s]*/u.exec(text)![0].length;
}

const TITLE = /^b\s*á\s*o\s+c\s*á\s*o$/iu;
const APPENDIX_START = /^phụ\s+lục\b/iu;

/** The document type line "BÁO CÁO" (letters may be spaced out), which ends the header. */
export function isReportTitle(text: string): boolean {
  return TITLE.test(text.trim());
}

/** "PHỤ LỤC": everything after it is the appendix, not the report's running text. */
export function isAppendixStart(text: string): boolean {
  const line = text.trim();
  return APPENDIX_START.test(line) && line.length < 80;
}
const OPENING = /^(căn\s+cứ|thực\s+hiện|kính\s+gửi|theo\s+|trên\s+đây)/iu;

/** A paragraph laid out with tabs as a table row (two tabs at least, so "Tổng:\t150" is not one): its text. */
function tabRowText(block: CheckedBlock): string | null {
  return block.kind === "paragraph" && (block.text.match(/\t/g)?.length ?? 0) >= 2 ? block.text : null;
}

interface Unit {
  block: number;
  row?: number;
  cell?: number;
  text: string;
  inTable: boolean;
}

export function layOut(doc: CheckedDocument): ReportLayout {
  const units: Unit[] = [];
  const tables: Array<{ firstUnit: number; table: Omit<LaidOutTable, "zone"> }> = [];
  const blocks = doc.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind === "table") {
      tables.push({
        firstUnit: units.length,
        table: {
          rows: block.rows,
          cellAt: (row, cell, offset, length) => ({ block: b, row, cell, offset, length }),
        },
      });
      block.rows.forEach((cells, r) => cells.forEach((text, c) => units.push({ block: b, row: r, cell: c, text, inTable: true })));
      continue;
    }
    // Consecutive tab-separated paragraphs (two at least): a table typed with tabs, or one that lost its cells on the way.
    let end = b;
    while (end < blocks.length && tabRowText(blocks[end]!) !== null) end++;
    if (end - b >= 2) {
      const first = b;
      const rows: string[][] = [];
      const starts: number[][] = [];
      for (; b < end; b++) {
        const text = tabRowText(blocks[b]!)!;
        const cells = text.split("\t");
        let pos = 0;
        starts.push(
          cells.map((c) => {
            const at = pos;
            pos += c.length + 1;
            return at;
          }),
        );
        rows.push(cells);
        units.push({ block: b, text, inTable: true });
      }
      b--;
      tables.push({
        firstUnit: units.length - rows.length,
        table: {
          rows,
          cellAt: (row, cell, offset, length) => ({ block: first + row, offset: starts[row]![cell]! + offset, length }),
        },
      });
      continue;
    }
    units.push({ block: b, text: block.text, inTable: false });
  }

  // Zones: the title "BÁO CÁO" ends the header; "Nơi nhận" starts the closing; "PHỤ LỤC" after that starts the
  // appendix.
  const zones: Zone[] = new Array<Zone>(units.length).fill("body");
  const titleAt = units.findIndex((u) => !u.inTable && isReportTitle(u.text.replace(/[*_]/g, "")));
  let zone: Zone = titleAt >= 0 ? "header" : "body";
  // The summary line under the title: a line or two, up to a blank line, the opening or the first heading.
  let summaryLines = 0;
  for (let i = 0; i < units.length; i++) {
    const text = units[i]!.text.slice(decoration(units[i]!.text)).trim();
    if (i === titleAt) zone = "title";
    else if (zone === "title") {
      const ends = (text === "" && summaryLines > 0) || summaryLines >= 2 || OPENING.test(text) || parseHeadingLabel(text) !== null;
      if (ends) zone = "body";
      else if (text !== "") summaryLines++;
    }
    if ((zone === "body" || zone === "title") && /^nơi\s+nhận/iu.test(text)) zone = "closing";
    if (zone !== "header" && zone !== "appendix" && !units[i]!.inTable && isAppendixStart(text) && i > titleAt) {
      zone = "appendix";
    }
    zones[i] = zone;
  }

  const lines: TextLine[] = [];
  units.forEach((u, i) => {
    let start = 0;
    for (const piece of u.text.split("\n")) {
      const skip = decoration(piece);
      const line: TextLine = {
        text: piece.slice(skip).replace(/[*_\s]+$/u, ""),
        zone: zones[i]!,
        inTable: u.inTable,
        block: u.block,
        start: start + skip,
      };
      if (u.row !== undefined) line.row = u.row;
      if (u.cell !== undefined) line.cell = u.cell;
      lines.push(line);
      start += piece.length + 1;
    }
  });
  return {
    lines,
    tables: tables.map((t) => ({ ...t.table, zone: zones[t.firstUnit] ?? "body" })),
  };
}
