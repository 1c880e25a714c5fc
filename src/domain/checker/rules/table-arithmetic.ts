import { formatInteger } from "../../vietnamese-number";
import { full, shortened, type Finding } from "../finding";
import type { LaidOutTable } from "../report-layout";
import { cellNumber, shapeOf, type TableShape } from "../table-shape";

// table-arithmetic: in a table with a "Tổng cộng" column, each row's figures add up to its total; in a table with a
// total row, each column's figures add up to the total row's. Which figure is wrong — a month or the total — is
// not known, so these have no fix: the message gives the sum.

function total(shape: TableShape, rows: number[], col: number): number {
  return rows.reduce((sum, r) => sum + (cellNumber(shape.table.rows[r]![col] ?? "") ?? 0), 0);
}

function mismatch(shape: TableShape, row: number, col: number, sum: number, what: string): Finding | null {
  const text = shape.table.rows[row]![col] ?? "";
  const stated = cellNumber(text);
  if (stated === null || stated === sum) return null;
  const trimmed = text.trim();
  const offset = text.length - text.trimStart().length;
  return {
    rule: "table-arithmetic",
    severity: "error",
    message: `${what}: ô ghi ${trimmed === "" ? "trống" : trimmed}, cộng lại được ${formatInteger(sum)}.`,
    where: shortened(shape.table.rows[row]!.filter((c) => c.trim()).join(" | ")),
    found: trimmed,
    expected: formatInteger(sum),
    at: shape.table.cellAt(row, col, offset, trimmed.length),
  };
}

export function tableArithmetic(tables: readonly LaidOutTable[]): Finding[] {
  const findings: Finding[] = [];
  for (const table of tables) {
    const shape = shapeOf(table);
    if (!shape || shape.valueColumns.length === 0) continue;
    const { totalColumn, totalRow, dataRows, valueColumns } = shape;
    if (totalColumn !== null) {
      for (const r of dataRows) {
        if (full(findings)) return findings;
        const name = (table.rows[r]![shape.stt + 1] ?? "").trim();
        const sum = valueColumns.reduce((s, c) => s + (cellNumber(table.rows[r]![c] ?? "") ?? 0), 0);
        const f = mismatch(shape, r, totalColumn, sum, `Cột tổng của dòng "${name.slice(0, 60)}" không khớp`);
        if (f) findings.push(f);
      }
    }
    if (totalRow !== null) {
      const columns = totalColumn !== null ? [...valueColumns, totalColumn] : valueColumns;
      const rowSum = (r: number): number => valueColumns.reduce((s, c) => s + (cellNumber(table.rows[r]![c] ?? "") ?? 0), 0);
      for (const c of columns) {
        const heading = table.rows
          .slice(0, shape.firstRow)
          .map((r) => (r[c] ?? "").trim())
          .filter(Boolean)
          .join(" ");
        let sum = total(shape, dataRows, c);
        if (c === totalColumn) {
          // The grand total adds up two ways: the total row's figures and the rows' totals. One wrong cell elsewhere
          // breaks one of them and is its own finding; the grand total is wrong only when it matches neither.
          const across = rowSum(totalRow);
          if (sum === cellNumber(table.rows[totalRow]![c] ?? "")) continue;
          sum = across;
        }
        const f = mismatch(shape, totalRow, c, sum, `Dòng tổng cộng, cột "${heading || c + 1}" không khớp`);
        if (f) findings.push(f);
      }
    }
  }
  return findings;
}
