import type { ContributorGroup } from "../../domain/report-data";
import { readCount } from "../../domain/typed-input";

// A contributor table from cells — pasted from Excel or LibreOffice (tab-separated text), a .csv or an .xlsx
// sheet — laid out as the report's own appendix: STT | unit | one column per month | optional total; group rows
// with a Roman numeral (or text only); a "Tổng cộng" row. What cannot be read is listed with its row number and
// left out; a total that does not add up is reported and never corrected (the months are what count). Nothing
// is guessed: a row whose month cells are not numbers is not read at all.

export type Cell = string | number | boolean | null | undefined;

export interface SheetReading {
  groups: ContributorGroup[];
  /** Rows left out, and why ("Hàng 7: …"). */
  problems: string[];
  /** Totals in the sheet that differ from the sum of their months. */
  mismatches: string[];
  /** Month columns found (compared with the period's by the caller). */
  monthColumns: number;
}

const ROMAN = /^(?=[IVXLC])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})[./)]?$/i;
const TOTAL = /^t[ổo]ng(\s+c[ộo]ng)?\s*:?$/iu;
export const DEFAULT_GROUP = "CÁC ĐƠN VỊ GỬI TIN, BÀI";

const text = (c: Cell): string => (c === null || c === undefined ? "" : String(c)).normalize("NFC").replace(/\s+/g, " ").trim();

function trimRow(row: readonly Cell[]): string[] {
  const cells = row.map(text);
  while (cells.length && cells[cells.length - 1] === "") cells.pop();
  return cells;
}

function countOf(cell: string): number | null {
  if (cell === "" || cell === "-") return 0;
  const r = readCount(cell);
  return r.ok && r.value !== undefined ? r.value : null;
}

/** Where the header row says the month columns are: between the unit's column and "Tổng cộng" (if any). */
function headerShape(cells: string[]): { months: number; total: boolean } | null {
  if (!/^stt$/i.test(cells[0] ?? "") && !/tên/i.test(cells[1] ?? "")) return null;
  const total = TOTAL.test(cells[cells.length - 1] ?? "");
  return { months: cells.length - 2 - (total ? 1 : 0), total };
}

/**
 * `expectedMonths`: the chosen period's month count, used when the sheet has no header row to tell whether its
 * last column is a total.
 */
export function readContributorSheet(rows: readonly (readonly Cell[])[], expectedMonths: number): SheetReading {
  const groups: ContributorGroup[] = [];
  const problems: string[] = [];
  const mismatches: string[] = [];
  let shape: { months: number; total: boolean } | null = null;
  let current: ContributorGroup | null = null;
  const sums: number[] = [];

  rows.forEach((row, i) => {
    const n = i + 1;
    const cells = trimRow(row);
    if (cells.length === 0) return;
    const header = headerShape(cells);
    if (header) {
      shape = header;
      return;
    }
    const filled = cells.filter((c) => c !== "");
    // A group row: a Roman numeral and a name, or a single text cell.
    if ((ROMAN.test(cells[0] ?? "") && filled.length === 2 && cells[1]) || (filled.length === 1 && countOf(filled[0]!) === null)) {
      const name = ROMAN.test(cells[0] ?? "") ? cells[1]! : filled[0]!;
      if (TOTAL.test(name)) return;
      current = { group: name, rows: [] };
      groups.push(current);
      return;
    }
    const name = cells[1] ?? "";
    const isTotalRow = TOTAL.test(name) || TOTAL.test(cells[0] ?? "");
    const s =
      shape ??
      (cells.length - 2 === expectedMonths + 1
        ? { months: expectedMonths, total: true }
        : { months: Math.max(cells.length - 2, expectedMonths), total: false });
    shape ??= s;
    const monthCells = Array.from({ length: s.months }, (_, m) => cells[2 + m] ?? "");
    const months = monthCells.map(countOf);
    const bad = months.findIndex((v) => v === null);
    if (isTotalRow) {
      if (bad >= 0) {
        problems.push(`Hàng ${n} (Tổng cộng): ô tháng thứ ${bad + 1} "${monthCells[bad]}" không phải số — bỏ qua hàng tổng.`);
        return;
      }
      months.forEach((v, m) => {
        if (v !== (sums[m] ?? 0))
          mismatches.push(`Hàng ${n} (Tổng cộng): tháng thứ ${m + 1} ghi ${v}, nhưng các đơn vị cộng lại ${sums[m] ?? 0}.`);
      });
      const grand = s.total ? countOf(cells[2 + s.months] ?? "") : null;
      const sum = sums.reduce((a, b) => a + b, 0);
      if (s.total && grand !== null && grand !== sum) mismatches.push(`Hàng ${n} (Tổng cộng): tổng ghi ${grand}, nhưng cộng lại ${sum}.`);
      return;
    }
    if (name === "") {
      problems.push(`Hàng ${n}: không có tên đơn vị (cột thứ hai) — không đọc hàng này.`);
      return;
    }
    if (bad >= 0) {
      problems.push(`Hàng ${n} (${name}): ô tháng thứ ${bad + 1} "${monthCells[bad]}" không phải số — không đọc hàng này.`);
      return;
    }
    const values = months as number[];
    if (s.total) {
      const stated = countOf(cells[2 + s.months] ?? "");
      const sum = values.reduce((a, b) => a + b, 0);
      if (stated !== null && (cells[2 + s.months] ?? "") !== "" && stated !== sum) {
        mismatches.push(`Hàng ${n} (${name}): tổng ghi ${stated}, nhưng các tháng cộng lại ${sum} — báo cáo dùng số của các tháng.`);
      }
    }
    if (cells.length > 2 + s.months + (s.total ? 1 : 0)) {
      problems.push(`Hàng ${n} (${name}): có nhiều cột hơn dòng tiêu đề — các cột thừa bị bỏ qua.`);
    }
    values.forEach((v, m) => (sums[m] = (sums[m] ?? 0) + v));
    if (!current) {
      current = { group: DEFAULT_GROUP, rows: [] };
      groups.push(current);
    }
    current.rows.push({ name, months: values });
  });

  const monthColumns = (shape as { months: number } | null)?.months ?? 0;
  return { groups: groups.filter((g) => g.rows.length > 0), problems, mismatches, monthColumns };
}
