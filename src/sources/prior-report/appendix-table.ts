import { fromRoman } from "../../domain/numbering";
import { periodLabel, periodMonths, type Period } from "../../domain/period";
import type { ContributorGroup } from "../../domain/report-data";
import { formatInteger } from "../../domain/vietnamese-number";
import type { DocumentContent } from "./document-content";
import { readNumber } from "./figure-tokens";

// The appendix table read back: STT | Tên đơn vị | one column per month | Tổng cộng, with group rows
// ("I/ CÁC ĐƠN VỊ THUỘC BAN BIÊN TẬP"), blank cells meaning zero, and a final "Tổng cộng" row. Tables typed
// by hand skip STT numbers and miscount totals: those are reported, never silently corrected or accepted.

export interface AppendixReading {
  contributors: ContributorGroup[];
  /** Month numbers as the table heads its columns, in order. */
  months: number[];
  /** Per month, the sum over all units (blank and unreadable cells count as zero). */
  monthTotals: number[];
  /** Sum of every unit's months: what the text's article count should equal. */
  grandTotal: number;
  /** Inconsistencies found in the table, in Vietnamese, for the user to check. */
  problems: string[];
}

const DEFAULT_GROUP = "Các đơn vị";

function norm(cell: string | undefined): string {
  return (cell ?? "").replace(/\s+/g, " ").trim();
}

function monthOfLabel(label: string): number | null {
  const m = /^(?:tháng|t)?\s*(\d{1,2})(?:\s*\/\s*\d{4})?$/iu.exec(norm(label));
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 12 ? n : null;
}

const TOTAL_LABEL = /^(?:tổng\s+cộng|tổng\s+số|tổng|cộng)(?![\p{L}])/iu;

interface Layout {
  nameCol: number;
  sttCol: number;
  monthCols: number[];
  months: number[];
  totalCol: number;
  dataStart: number;
}

function layoutOf(rows: string[][]): Layout | null {
  for (let h = 0; h < Math.min(3, rows.length); h++) {
    const header = rows[h]!.map(norm);
    const sttCol = header.findIndex((c) => /^(?:stt|tt|số\s*tt)$/iu.test(c));
    const nameCol = header.findIndex((c, i) => i > sttCol && /đơn\s+vị|^tên/iu.test(c));
    let totalCol = -1;
    header.forEach((c, i) => {
      if (i > nameCol && TOTAL_LABEL.test(c)) totalCol = i;
    });
    if (sttCol < 0 || nameCol < 0 || totalCol < 0 || totalCol - nameCol < 2) continue;
    const monthCols: number[] = [];
    for (let c = nameCol + 1; c < totalCol; c++) monthCols.push(c);
    for (const labelRow of [h, h + 1]) {
      const labels = rows[labelRow]?.map(norm);
      if (!labels) continue;
      const months = monthCols.map((c) => monthOfLabel(labels[c] ?? ""));
      if (months.every((m): m is number => m !== null)) {
        return { sttCol, nameCol, monthCols, months, totalCol, dataStart: labelRow + 1 };
      }
    }
  }
  return null;
}

/** A cell's count: blank and dashes are zero; anything unreadable is null and reported. */
function cellCount(cell: string): number | null {
  const c = norm(cell);
  if (c === "" || /^[-–—]$/.test(c)) return 0;
  return /^\d+(?:[.,]\d{3})*$/.test(c) ? readNumber(c, null) : null;
}

function groupHeading(first: string, name: string): string | null {
  const m = /^([IVXLC]{1,5}|[A-H])\s*[/.)-]\s*(.*)$/u.exec(first);
  if (m && (fromRoman(m[1]!) !== null || /^[A-H]$/.test(m[1]!))) return cleanGroupName(m[2]!.trim() || name);
  if (((fromRoman(first) ?? 99) <= 20 || /^[A-H]$/.test(first)) && name) return cleanGroupName(name);
  return null;
}

/** A row with no number and no figures whose name is all capitals ("KHỐI ĐẢNG, ĐOÀN THỂ") heads a group. */
function unnumberedGroup(first: string, name: string, figures: readonly string[]): boolean {
  return (
    first === "" && name.length > 3 && name === name.toLocaleUpperCase("vi-VN") && /\p{Lu}{2}/u.test(name) && figures.every((c) => c === "")
  );
}

function cleanGroupName(s: string): string {
  return s.replace(/[:.\s]+$/u, "").trim();
}

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

export function readContributorTable(content: DocumentContent, period: Period | null): AppendixReading | null {
  for (const block of content.blocks) {
    if (block.kind !== "table") continue;
    const layout = layoutOf(block.rows);
    if (layout) return readTable(block.rows, layout, period);
  }
  return null;
}

function readTable(rows: string[][], layout: Layout, period: Period | null): AppendixReading {
  const problems: string[] = [];
  const groups: Array<ContributorGroup & { numeral: string; subtotal?: Array<number | null>; lastStt: number | null }> = [];
  const allRows: number[][] = [];
  let grandRow: Array<number | null> | null = null;
  let grandTotalStated: number | null = null;
  const width = layout.monthCols.length;

  if (period) {
    const expected = periodMonths(period).map((m) => m.month);
    if (expected.join(",") !== layout.months.join(",")) {
      problems.push(
        `Bảng phụ lục có cột tháng ${layout.months.join(", ")} nhưng kỳ báo cáo (${periodLabel(period)}) gồm tháng ${expected.join(", ")}.`,
      );
    }
  }

  const currentGroup = (): (typeof groups)[number] => {
    if (groups.length === 0) groups.push({ group: DEFAULT_GROUP, rows: [], numeral: "", lastStt: null });
    return groups[groups.length - 1]!;
  };

  for (let r = layout.dataStart; r < rows.length; r++) {
    const cells = rows[r]!.map(norm);
    if (cells.every((c) => c === "")) continue;
    const first = cells[layout.sttCol] ?? "";
    const name = cells[layout.nameCol] ?? "";
    const monthCells = layout.monthCols.map((c) => cells[c] ?? "");
    const totalCell = cells[layout.totalCol] ?? "";

    // The group label sits in the STT cell ("I/ CÁC ĐƠN VỊ…", or "I" beside the name) or, typed by hand, in the name cell.
    const labelCell = first !== "" ? first : name;
    const group =
      first !== ""
        ? groupHeading(first, name)
        : (groupHeading(name, "") ??
          (unnumberedGroup(first, name, [...monthCells, totalCell]) && !TOTAL_LABEL.test(name) ? cleanGroupName(name) : null));
    if (group !== null) {
      const numeral = /^([IVXLC]+|[A-H])(?![\p{Ll}])/u.exec(labelCell)?.[1] ?? "";
      const stated = monthCells.map(cellCount);
      const g: (typeof groups)[number] = { group: group || DEFAULT_GROUP, rows: [], numeral, lastStt: null };
      if (monthCells.some((c) => c !== "")) g.subtotal = stated;
      groups.push(g);
      continue;
    }

    const label = TOTAL_LABEL.test(first) ? first : TOTAL_LABEL.test(name) && !/^\d+$/.test(first) ? name : null;
    if (label !== null) {
      const stated = monthCells.map(cellCount);
      const laterData = rows.slice(r + 1).some((row) => row.some((c) => norm(c) !== ""));
      if (laterData) currentGroup().subtotal = stated;
      else {
        grandRow = stated;
        grandTotalStated = cellCount(totalCell);
      }
      continue;
    }

    if (!name) {
      problems.push(`Dòng ${r + 1} của bảng phụ lục (STT "${first}") không có tên đơn vị — dòng này bị bỏ qua.`);
      continue;
    }
    const g = currentGroup();
    const stt = /^\d+$/.test(first) ? Number(first) : null;
    const where = g.numeral ? `nhóm ${g.numeral}` : "bảng phụ lục";
    if (stt !== null) {
      if (g.lastStt !== null && stt !== g.lastStt + 1) {
        problems.push(
          stt > g.lastStt + 1
            ? `STT trong ${where} nhảy từ ${g.lastStt} lên ${stt} (thiếu ${stt - g.lastStt === 2 ? g.lastStt + 1 : `${g.lastStt + 1}–${stt - 1}`}).`
            : `STT ${stt} trong ${where} đứng sau STT ${g.lastStt} (lặp hoặc lùi số).`,
        );
      } else if (g.lastStt === null && stt !== 1) {
        const before = groups.length > 1 ? groups[groups.length - 2]!.lastStt : null;
        if (before === null || stt !== before + 1) problems.push(`STT trong ${where} bắt đầu từ ${stt}, không phải từ 1.`);
      }
      g.lastStt = stt;
    }
    const months = monthCells.map((c, i) => {
      const v = cellCount(c);
      if (v === null) problems.push(`Ô tháng ${layout.months[i]} của "${name}" ghi "${c}", không phải số — để trống (null), cần nhập lại.`);
      return v;
    });
    const computed = sum(months.map((v) => v ?? 0));
    const statedTotal = totalCell === "" ? null : cellCount(totalCell);
    if (totalCell !== "" && statedTotal === null) problems.push(`Ô Tổng cộng của "${name}" ghi "${totalCell}", không phải số.`);
    else if (statedTotal !== null && statedTotal !== computed) {
      problems.push(
        `Dòng "${name}": cột Tổng cộng ghi ${formatInteger(statedTotal)} nhưng cộng các tháng được ${formatInteger(computed)}.`,
      );
    }
    g.rows.push({ name, months });
    allRows.push(months.map((v) => v ?? 0));
  }

  const columnSums = (list: readonly number[][]): number[] => Array.from({ length: width }, (_, i) => sum(list.map((row) => row[i] ?? 0)));
  for (const g of groups) {
    if (!g.subtotal) continue;
    const sums = columnSums(g.rows.map((row) => row.months.map((v) => v ?? 0)));
    g.subtotal.forEach((stated, i) => {
      if (stated !== null && stated !== sums[i]) {
        problems.push(
          `Dòng cộng của nhóm ${g.numeral || g.group}, tháng ${layout.months[i]}: ghi ${formatInteger(stated)} nhưng cộng các đơn vị được ${formatInteger(sums[i]!)}.`,
        );
      }
    });
  }
  const totals = columnSums(allRows);
  const grandTotal = sum(totals);
  if (grandRow) {
    grandRow.forEach((stated, i) => {
      if (stated !== null && stated !== totals[i]) {
        problems.push(
          `Dòng Tổng cộng, tháng ${layout.months[i]}: ghi ${formatInteger(stated)} nhưng cộng các đơn vị được ${formatInteger(totals[i]!)}.`,
        );
      }
    });
    if (grandTotalStated !== null && grandTotalStated !== grandTotal) {
      problems.push(
        `Ô tổng của dòng Tổng cộng ghi ${formatInteger(grandTotalStated)} nhưng tổng số tin, bài của các đơn vị là ${formatInteger(grandTotal)}.`,
      );
    }
  }
  const contributors: ContributorGroup[] = groups.map((g) => ({ group: g.group, rows: g.rows }));
  return { contributors, months: layout.months, monthTotals: totals, grandTotal, problems };
}
