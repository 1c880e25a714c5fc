// The spreadsheet side of the pane (papaparse, and read-excel-file behind it), loaded when a table is pasted
// or imported. The rules live in src/sources/spreadsheet/.
export { pasteIntoTable } from "../sources/spreadsheet/paste-block";
export { cellsOfSpreadsheetFile, SpreadsheetError } from "../sources/spreadsheet/spreadsheet-file";
export { readContributorSheet } from "../sources/spreadsheet/contributor-sheet";
export { tableDraftOf } from "../domain/figures-draft";
