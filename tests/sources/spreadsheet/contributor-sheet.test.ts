import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { readContributorSheet, DEFAULT_GROUP } from "../../../src/sources/spreadsheet/contributor-sheet";
import {
  cellsOfCsv,
  cellsOfPastedText,
  cellsOfSpreadsheetFile,
  cellsOfXlsx,
  SpreadsheetError,
} from "../../../src/sources/spreadsheet/spreadsheet-file";
import { tempDir } from "../../helpers/office-consumers";
import { buildDocx } from "../../../src/render/docx-package";
import { buildReport } from "../../../src/domain/build-report";
import { exampleData } from "../../helpers/report-fixtures";

// The contributor table as it comes from Excel: pasted cells, a .csv, an .xlsx made by LibreOffice Calc.

const TSV = [
  "STT\tTên đơn vị\tTháng 1\tTháng 2\tTháng 3\tTổng cộng",
  "I\tCÁC ĐƠN VỊ THUỘC BAN BIÊN TẬP",
  "1\tVăn phòng HĐND và UBND xã\t6\t8\t9\t23",
  "2\tPhòng Kinh tế\t3\t\t4\t7",
  "II\tCÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI",
  "1\tĐoàn Thanh niên xã\t1.002\t2\t0\t1.004",
  "\tTổng cộng\t1.011\t10\t13\t1.034",
].join("\r\n");

test("pasted cells: groups, units, empty cells as zero, totals checked", () => {
  const r = readContributorSheet(cellsOfPastedText(TSV), 3);
  expect(r.groups).toEqual([
    {
      group: "CÁC ĐƠN VỊ THUỘC BAN BIÊN TẬP",
      rows: [
        { name: "Văn phòng HĐND và UBND xã", months: [6, 8, 9] },
        { name: "Phòng Kinh tế", months: [3, 0, 4] },
      ],
    },
    { group: "CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI", rows: [{ name: "Đoàn Thanh niên xã", months: [1002, 2, 0] }] },
  ]);
  expect(r.problems).toEqual([]);
  expect(r.mismatches).toEqual([]);
  expect(r.monthColumns).toBe(3);
});

test("a total that does not add up is reported, never corrected; an unreadable row is named and left out", () => {
  const rows = cellsOfPastedText(["1\tPhòng A\t1\t2\t3\t7", "2\tPhòng B\t1\tx\t1\t2", "\tTổng cộng\t1\t2\t3\t6"].join("\n"));
  const r = readContributorSheet(rows, 3);
  expect(r.groups).toEqual([{ group: DEFAULT_GROUP, rows: [{ name: "Phòng A", months: [1, 2, 3] }] }]);
  expect(r.mismatches).toEqual(["Hàng 1 (Phòng A): tổng ghi 7, nhưng các tháng cộng lại 6 — báo cáo dùng số của các tháng."]);
  expect(r.problems).toEqual(['Hàng 2 (Phòng B): ô tháng thứ 2 "x" không phải số — không đọc hàng này.']);
});

test("without a header row the period's month count tells whether the last column is a total", () => {
  expect(readContributorSheet(cellsOfPastedText("1\tPhòng A\t1\t2\t3"), 3).groups[0]!.rows[0]!.months).toEqual([1, 2, 3]);
  expect(readContributorSheet(cellsOfPastedText("1\tPhòng A\t1\t2\t3\t6"), 3).groups[0]!.rows[0]!.months).toEqual([1, 2, 3]);
});

test("a .csv (UTF-8, commas or semicolons) reads the same; another encoding is refused with how to save", () => {
  const csv = TSV.replace(/\t/g, ";");
  expect(readContributorSheet(cellsOfCsv(new TextEncoder().encode(`\uFEFF${csv}`)), 3).groups).toHaveLength(2);
  const latin = Uint8Array.from([0x50, 0x68, 0xf2, 0x6e, 0x67]);
  expect(() => cellsOfCsv(latin)).toThrow(/CSV UTF-8/);
});

describe("an .xlsx made by LibreOffice Calc from the same table", () => {
  let xlsx: Uint8Array;
  beforeAll(() => {
    const dir = tempDir();
    const csv = path.join(dir, "bang.csv");
    writeFileSync(csv, TSV.replace(/\t/g, ","));
    execFileSync("soffice", ["--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", dir, csv], {
      stdio: "pipe",
      timeout: 120_000,
    });
    xlsx = new Uint8Array(readFileSync(path.join(dir, "bang.xlsx")));
  }, 120_000);

  test("gives the same groups, rows and totals", async () => {
    const r = readContributorSheet(await cellsOfXlsx(xlsx), 3);
    expect(r.groups).toEqual(readContributorSheet(cellsOfPastedText(TSV), 3).groups);
    expect(r.mismatches).toEqual([]);
  });

  test("hostile or wrong files get a Vietnamese refusal", async () => {
    await expect(cellsOfSpreadsheetFile("bang.xls", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]))).rejects.toThrow(/\.xls\)/);
    await expect(cellsOfXlsx(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]))).rejects.toThrow(SpreadsheetError);
    await expect(cellsOfXlsx(new Uint8Array(6 * 1024 * 1024).fill(0x50))).rejects.toThrow(/5 MB/);
    // A zip without a worksheet: a report .docx renamed .xlsx.
    const docx = await buildDocx(buildReport(exampleData()));
    await expect(cellsOfSpreadsheetFile("bang.xlsx", docx)).rejects.toThrow(/không có trang tính/);
  });
});
