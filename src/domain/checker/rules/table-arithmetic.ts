import { formatInteger } from "../../vietnamese-number";
import { full, shortened, type Finding } from "../finding";
import type { LaidOutTable } from "../report-layout";
import { cellNumber, columnSum, consistentGrandTotal, rowSum, shapeOf, type TableShape } from "../table-shape";

// table-arithmetic: in a table with a "Tổng cộng" column, each row's figures add up to its total; in a table with a
// total row, each column's figures add up to the total row's. Which figure is wrong — a month or the total — is
// not known, so these have no fix: the message gives the sum.

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
        const f = mismatch(shape, r, totalColumn, rowSum(shape, r), `Cột tổng của dòng "${name.slice(0, 60)}" không khớp`);
        if (f) findings.push(f);
      }
    }
    if (totalRow !== null) {
      const columns = totalColumn !== null ? [...valueColumns, totalColumn] : valueColumns;
      for (const c of columns) {
        const heading = table.rows
          .slice(0, shape.firstRow)
          .map((r) => (r[c] ?? "").trim())
          .filter(Boolean)
          .join(" ");
        if (c === totalColumn && consistentGrandTotal(shape) !== null) continue;
        // A grand total that matches neither way is given against the total row's figures.
        const sum = c === totalColumn ? rowSum(shape, totalRow) : columnSum(shape, dataRows, c);
        const f = mismatch(shape, totalRow, c, sum, `Dòng tổng cộng, cột "${heading || c + 1}" không khớp`);
        if (f) findings.push(f);
      }
    }
  }
  return findings;
}
