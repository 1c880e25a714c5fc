import { useCallback } from "react";
import type { TableGroupDraft } from "../domain/figures-draft";
import { loadSheet } from "./lazy-parts";
import type { PaneTools } from "./pane-tools";
import { sheetProblems } from "./sheet-outcome";
import { rowCount } from "./prior-text";

/**
 * The contributor grid's paste and import. What a pasted block or a sheet means is decided in
 * src/sources/spreadsheet/; this hook only feeds the result to the state and says what happened.
 */
export function useTable({ t, stateRef, dispatch, fail }: PaneTools, monthCount: number) {
  const setTable = useCallback(
    (table: TableGroupDraft[]) => dispatch({ type: "figures", figures: { ...stateRef.current.figures, table } }),
    [],
  );

  const onPasteBlock = (text: string, at: { group: number; row: number; column: number }) => {
    void loadSheet().then(
      (sheet) => {
        try {
          const r = sheet.pasteIntoTable(stateRef.current.figures.table, text, at, monthCount);
          setTable(r.table);
          if (r.kind === "table") {
            dispatch({
              type: "tableOutcome",
              outcome: { message: t.pastedTable(r.units, r.groups), problems: sheetProblems(t, r.monthColumns, monthCount, r.problems) },
            });
          } else {
            dispatch({ type: "tableOutcome", outcome: { message: t.pastedCells(r.rows, r.columns), problems: [] } });
          }
        } catch (err) {
          fail(err instanceof Error ? err.message : String(err));
        }
      },
      () => fail(t.loadPartFailed),
    );
    return null;
  };

  const onImport = (file: File) => {
    dispatch({ type: "busy", label: t.busyLoad });
    void loadSheet().then(
      async (sheet) => {
        try {
          const cells = await sheet.cellsOfSpreadsheetFile(file.name, new Uint8Array(await file.arrayBuffer()));
          const read = sheet.readContributorSheet(cells, monthCount);
          setTable(sheet.tableDraftOf(read.groups));
          const units = rowCount(read.groups);
          const problems = sheetProblems(t, read.monthColumns, monthCount, [...read.problems, ...read.mismatches]);
          dispatch({ type: "tableOutcome", outcome: { message: t.importedTable(file.name, units, read.groups.length), problems } });
        } catch (err) {
          dispatch({ type: "busy", label: null });
          fail(t.importFailed(file.name, err instanceof Error ? err.message : String(err)));
        }
      },
      () => fail(t.loadPartFailed),
    );
  };

  return { setTable, onPasteBlock, onImport };
}
