import { fromRoman, toRoman } from "../../numbering";
import { full, shortened, type Finding, type TextEdit } from "../finding";
import type { LaidOutTable } from "../report-layout";
import { GROUP_MARK, shapeOf, type TableShape } from "../table-shape";

// stt-sequence: the STT column counts 1, 2, 3 within each group and starts again at 1 after a group row
// ("I/ CÁC ĐƠN VỊ …"); the groups count I, II, III. A gap or a repeat is one finding at the row where it
// happens; its fix renumbers that row and the rest of its group.

function cellEdit(table: LaidOutTable, row: number, col: number, found: string, replacement: string): TextEdit {
  const offset = found.length - found.trimStart().length;
  return { at: table.cellAt(row, col, offset, found.trim().length), found: found.trim(), replacement };
}

function sttFindings(shape: TableShape): Finding[] {
  const { table, stt } = shape;
  const findings: Finding[] = [];
  const groupStarts = new Set(shape.groupRows);
  const data = new Set(shape.dataRows);
  // Data rows by group, in order.
  const groups: number[][] = [[]];
  for (let r = shape.firstRow; r < table.rows.length; r++) {
    if (groupStarts.has(r)) groups.push([]);
    else if (data.has(r)) groups[groups.length - 1]!.push(r);
  }
  const sttOf = (r: number): number => Number(table.rows[r]![stt]!.trim().replace(/\.$/u, ""));
  for (const rows of groups) {
    // `shift`: how far the written numbers are from the corrected ones since the last slip.
    let previous = 0;
    let shift = 0;
    rows.forEach((r, i) => {
      // Each slip's fix covers the rest of its group: past the listed findings, looking on would be quadratic.
      if (full(findings)) return;
      const value = sttOf(r);
      const expected = previous + 1;
      previous = expected;
      if (value - shift === expected) return;
      shift = value - expected;
      const cell = table.rows[r]![stt]!;
      const name = (table.rows[r]![stt + 1] ?? "").trim();
      const before = i > 0 ? sttOf(rows[i - 1]!) : 0;
      const what =
        value === before
          ? `STT ${value} bị lặp`
          : value > before
            ? `STT nhảy từ ${before} sang ${value}`
            : `STT ${value} sai thứ tự sau ${before}`;
      const fix: TextEdit[] = [];
      rows.slice(i).forEach((row, k) => {
        const text = table.rows[row]![stt]!;
        const want = String(expected + k) + (text.trim().endsWith(".") ? "." : "");
        if (want !== text.trim()) fix.push(cellEdit(table, row, stt, text, want));
      });
      findings.push({
        rule: "stt-sequence",
        severity: "error",
        message: `${what} (dòng "${name.slice(0, 60)}"); phải là ${expected}, các dòng sau trong nhóm đánh lại theo.`,
        where: shortened(table.rows[r]!.filter((c) => c.trim()).join(" | ")),
        found: cell.trim(),
        expected: String(expected),
        at: cellEdit(table, r, stt, cell, "").at,
        fix,
      });
    });
  }
  // Group rows: I, II, III (or A, B, C).
  let previousGroup = 0;
  for (const r of shape.groupRows) {
    const cell = table.rows[r]![stt]!;
    const mark = GROUP_MARK.exec(cell.trim())![1]!;
    const roman = fromRoman(mark);
    const value = roman ?? mark.charCodeAt(0) - 64;
    if (value !== previousGroup + 1 && roman !== null) {
      const expected = toRoman(previousGroup + 1);
      findings.push({
        rule: "stt-sequence",
        severity: "error",
        message: `Nhóm "${mark}" đứng sau nhóm ${previousGroup ? toRoman(previousGroup) : "(đầu bảng)"}; phải là ${expected}.`,
        where: shortened(cell),
        found: mark,
        expected,
        at: table.cellAt(r, stt, cell.indexOf(mark), mark.length),
        fix: [{ at: table.cellAt(r, stt, cell.indexOf(mark), mark.length), found: mark, replacement: expected }],
      });
    }
    previousGroup = value === previousGroup + 1 || roman === null ? value : previousGroup + 1;
  }
  return findings;
}

export function sttSequence(tables: readonly LaidOutTable[]): Finding[] {
  return tables.flatMap((t) => {
    const shape = shapeOf(t);
    return shape ? sttFindings(shape) : [];
  });
}
