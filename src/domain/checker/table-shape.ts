import type { LaidOutTable } from "./report-layout";

// What a statistics table holds, read the way a person reads it: the header rows up to the first numbered row,
// an "STT" column, the name column, one column per month or item, a "Tổng cộng" column; group rows ("I/ CÁC ĐƠN
// VỊ …", "II") that restart the numbering; data rows; and the total row at the bottom.

export interface TableShape {
  table: LaidOutTable;
  stt: number;
  /** First row after the header. */
  firstRow: number;
  /** Columns whose cells are figures (month or item columns), not the total column. */
  valueColumns: number[];
  totalColumn: number | null;
  dataRows: number[];
  groupRows: number[];
  totalRow: number | null;
}

const STT_HEADER = /^(?:stt|tt|số\s*tt|số\s*thứ\s*tự)\.?$/iu;
const TOTAL = /^(?:tổng\s*cộng|tổng\s*số|tổng|cộng)\s*:?$/iu;
export const GROUP_MARK = /^([IVXLC]+|[A-ZĐ])\s*[./)]?(?:\s+\S.*)?$/u;

/** A figure in a cell: "1.225", "1,225", "80", "" (empty means zero, as the appendix writes it). */
export function cellNumber(text: string): number | null {
  const t = text.replace(/\s+/g, "");
  if (t === "" || t === "-") return 0;
  if (/^\d{1,3}(?:[.,]\d{3})+$/u.test(t)) return Number(t.replace(/[.,]/g, ""));
  if (/^\d+$/u.test(t)) return Number(t);
  return null;
}

export function shapeOf(table: LaidOutTable): TableShape | null {
  const rows = table.rows;
  const headerRow = rows.findIndex((r, i) => i < 4 && r.some((c) => STT_HEADER.test(c.trim())));
  if (headerRow < 0) return null;
  const stt = rows[headerRow]!.findIndex((c) => STT_HEADER.test(c.trim()));
  let firstRow = headerRow + 1;
  // A second header row (the month numbers under "Tháng") has nothing in the STT column.
  while (firstRow < rows.length && firstRow <= headerRow + 2 && (rows[firstRow]![stt] ?? "").trim() === "") firstRow++;
  const width = Math.max(...rows.map((r) => r.length));
  const header = (c: number): string =>
    rows
      .slice(0, firstRow)
      .map((r) => r[c] ?? "")
      .join(" ");
  let totalColumn: number | null = null;
  for (let c = width - 1; c > stt; c--) {
    if (/tổng|cộng/iu.test(header(c))) {
      totalColumn = c;
      break;
    }
  }
  const dataRows: number[] = [];
  const groupRows: number[] = [];
  let totalRow: number | null = null;
  for (let r = firstRow; r < rows.length; r++) {
    const first = (rows[r]![stt] ?? "").trim();
    const name = (rows[r]![stt + 1] ?? "").trim();
    if (TOTAL.test(first) || (first === "" && TOTAL.test(name))) totalRow = r;
    else if (/^\d+\.?$/u.test(first)) dataRows.push(r);
    else if (GROUP_MARK.test(first)) groupRows.push(r);
  }
  // Figure columns: after the name, before the total, every data row's cell a figure or empty.
  const valueColumns: number[] = [];
  for (let c = stt + 2; c < (totalColumn ?? width); c++) {
    if (dataRows.length > 0 && dataRows.every((r) => cellNumber(rows[r]![c] ?? "") !== null)) valueColumns.push(c);
  }
  return { table, stt, firstRow, valueColumns, totalColumn, dataRows, groupRows, totalRow };
}

/** The figure in a cell, an unreadable one counting as nothing (its row or column is judged by the others). */
function figureAt(shape: TableShape, row: number, col: number): number {
  return cellNumber(shape.table.rows[row]![col] ?? "") ?? 0;
}

/** A row's figures added up (its value columns, not its total). */
export function rowSum(shape: TableShape, row: number): number {
  return shape.valueColumns.reduce((s, c) => s + figureAt(shape, row, c), 0);
}

/** A column's figures over the given rows. */
export function columnSum(shape: TableShape, rows: readonly number[], col: number): number {
  return rows.reduce((s, r) => s + figureAt(shape, r, col), 0);
}

/**
 * The table's grand total when it agrees with its rows — the rows' totals, or the total row's figures; else null.
 * One wrong cell elsewhere breaks one of the two and is that cell's finding; the grand total is wrong only when it
 * matches neither.
 */
export function consistentGrandTotal(shape: TableShape): number | null {
  const { table, totalRow, totalColumn, dataRows } = shape;
  if (totalRow === null || totalColumn === null) return null;
  const stated = cellNumber(table.rows[totalRow]![totalColumn] ?? "");
  if (stated === null) return null;
  return stated === columnSum(shape, dataRows, totalColumn) || stated === rowSum(shape, totalRow) ? stated : null;
}
