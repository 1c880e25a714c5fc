import type { TableGroupDraft } from "../../domain/figures-draft";
import { tableDraftOf } from "../../domain/figures-draft";
import { fromRoman } from "../../domain/numbering";
import { readContributorSheet, type Cell } from "./contributor-sheet";
import { cellsOfPastedText } from "./spreadsheet-file";

// What a block of cells pasted into the grid means. A whole appendix (a header row with STT, group rows with
// Roman numerals, numbered units) replaces the table, read like an imported sheet. Anything else is cells:
// they fill the grid from the cell it was pasted into, rightwards and downwards, adding rows as needed.

export type PasteResult =
  | { kind: "table"; table: TableGroupDraft[]; units: number; groups: number; problems: string[]; monthColumns: number }
  | { kind: "cells"; table: TableGroupDraft[]; rows: number; columns: number };

function looksLikeAppendix(cells: Cell[][]): boolean {
  const first = cells.map((r) => String(r[0] ?? "").trim()).filter(Boolean);
  if (first.some((c) => /^stt$/i.test(c))) return true;
  const roman = first.filter((c) => fromRoman(c.replace(/[./)]$/, "")) !== null).length;
  const numbered = first.filter((c) => /^\d+$/.test(c)).length;
  return (roman > 0 && numbered > 0) || (numbered >= 2 && numbered === first.length && cells.every((r) => r.length >= 3));
}

export function pasteIntoTable(
  table: readonly TableGroupDraft[],
  text: string,
  at: { group: number; row: number; column: number },
  monthCount: number,
): PasteResult {
  const cells = cellsOfPastedText(text);
  if (looksLikeAppendix(cells)) {
    const read = readContributorSheet(cells, monthCount);
    return {
      kind: "table",
      table: tableDraftOf(read.groups),
      units: read.groups.reduce((n, g) => n + g.rows.length, 0),
      groups: read.groups.length,
      problems: [...read.problems, ...read.mismatches],
      monthColumns: read.monthColumns,
    };
  }
  const next = table.map((g) => ({ ...g, rows: g.rows.map((r) => ({ ...r, months: [...r.months] })) }));
  const group = next[at.group] ?? (next[next.length] = { name: "", rows: [] });
  const width = 1 + monthCount;
  let columns = 0;
  cells.forEach((line, i) => {
    const r = at.row + i;
    while (group.rows.length <= r) group.rows.push({ name: "", months: new Array<string>(monthCount).fill("") });
    const row = group.rows[r]!;
    line.forEach((value, j) => {
      const c = at.column + j;
      if (c >= width) return;
      columns = Math.max(columns, j + 1);
      const v = String(value ?? "").trim();
      if (c === 0) row.name = v;
      else row.months[c - 1] = v;
    });
  });
  return { kind: "cells", table: next, rows: cells.length, columns };
}
