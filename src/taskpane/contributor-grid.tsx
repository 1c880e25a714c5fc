import { useEffect, useRef, useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { tableTotals, type InputProblem, type TableGroupDraft } from "../domain/figures-draft";
import { formatInteger } from "../domain/vietnamese-number";
import { toRoman } from "../domain/numbering";
import type { Strings } from "./i18n";
import { FileField, Section, useLayout } from "./ui";

// "Bảng đơn vị": the contributor table as a grid — groups, units, one column per month of the chosen period,
// row and column totals as she types. Keyboard as in a spreadsheet (arrows, Enter); cells copied from Excel or
// LibreOffice pasted into a cell fill the grid from there, and a whole appendix pasted (STT, groups, totals) is
// read as such; an .xlsx or .csv can be imported. The grid scrolls inside its own frame, never the pane.

const useStyles = makeStyles({
  frame: { overflowX: "auto", maxWidth: "100%", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: 0 },
  head: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  input: {
    border: "none",
    padding: "4px",
    font: "inherit",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  month: { width: "3.2em", textAlign: "right" },
  name: { width: "12em" },
  total: { padding: "2px 4px", textAlign: "right", fontWeight: tokens.fontWeightSemibold },
  group: { backgroundColor: tokens.colorNeutralBackground3 },
  bad: { backgroundColor: tokens.colorPaletteRedBackground2 },
});

export interface PasteOutcome {
  /** What the pasted or imported block changed, in her words (to announce). */
  message: string;
  /** Rows not read and totals that did not add up. */
  problems: string[];
}

export interface ContributorGridProps {
  t: Strings;
  table: TableGroupDraft[];
  /** "Tháng 1" … for the chosen period; null when no period is chosen yet. */
  monthHeadings: string[] | null;
  problems: readonly InputProblem[];
  disabled: boolean;
  onChange(table: TableGroupDraft[]): void;
  /** A pasted block (tab-separated cells) at a cell: returns the new table and what it did. */
  onPasteBlock(text: string, at: { group: number; row: number; column: number }): PasteOutcome | null;
  onImport(file: File): void;
  /** The outcome of the last paste or import, shown under the grid. */
  outcome: PasteOutcome | null;
}

/** Column 0 is the unit's name, 1..n the months. */
function cellId(g: number, r: number, c: number): string {
  return `grid-${g}-${r}-${c}`;
}

export function ContributorGrid(props: ContributorGridProps): React.JSX.Element {
  const { t, table, monthHeadings } = props;
  const styles = useStyles();
  const layout = useLayout();
  const frame = useRef<HTMLDivElement>(null);
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  // One tab stop for the whole grid (ARIA grid pattern): the cell last visited; arrows move within.
  const [active, setActive] = useState<string>(cellId(0, 0, 0));
  const months = monthHeadings?.length ?? 0;
  const totals = tableTotals(table, months);
  const bad = new Set(props.problems.filter((p) => p.field.startsWith("table:")).map((p) => p.field));

  const focus = (id: string) => {
    const el = frame.current?.querySelector<HTMLElement>(`#${id}`);
    el?.focus();
  };
  // Once the cell or group that appeared (or stayed) is in the DOM.
  useEffect(() => {
    if (!focusAfter) return;
    focus(focusAfter);
    setFocusAfter(null);
  }, [focusAfter]);
  // The grid's one tab stop; the first cell when the active one is gone (its row removed).
  const tabStop = frame.current?.querySelector(`#${active}`) ? active : cellId(0, 0, 0);

  const update = (next: TableGroupDraft[], then?: string) => {
    props.onChange(next);
    if (then) setFocusAfter(then);
  };
  const setCell = (g: number, r: number, c: number, value: string) =>
    update(
      table.map((group, gi) =>
        gi !== g
          ? group
          : {
              ...group,
              rows: group.rows.map((row, ri) => {
                if (ri !== r) return row;
                if (c === 0) return { ...row, name: value };
                const ms = Array.from({ length: months }, (_, m) => row.months[m] ?? "");
                ms[c - 1] = value;
                return { ...row, months: ms };
              }),
            },
      ),
    );
  const emptyRow = () => ({ name: "", months: new Array<string>(months).fill("") });

  const moveRow = (g: number, r: number, to: number) =>
    update(
      table.map((x, i) => (i !== g ? x : { ...x, rows: swap(x.rows, r, to) })),
      cellId(g, to, 0),
    );
  const removeRow = (g: number, r: number) =>
    update(
      table.map((x, i) => (i !== g ? x : { ...x, rows: x.rows.filter((_, j) => j !== r) })),
      r > 0 ? cellId(g, r - 1, 0) : `grid-group-${g}`,
    );

  /**
   * Spreadsheet keys: arrows between cells (left/right at the text's ends), Enter down; Alt+↑/↓ moves the unit,
   * Alt+Delete removes it — the row buttons are for the mouse, so the grid stays one tab stop.
   */
  const onKey = (e: React.KeyboardEvent<HTMLInputElement>, g: number, r: number, c: number) => {
    const input = e.currentTarget;
    const flat = table.flatMap((group, gi) => group.rows.map((_, ri) => [gi, ri] as const));
    const at = flat.findIndex(([gi, ri]) => gi === g && ri === r);
    const rows = table[g]?.rows.length ?? 0;
    if (e.altKey && (e.key === "ArrowUp" || e.key === "ArrowDown")) {
      const to = e.key === "ArrowUp" ? r - 1 : r + 1;
      if (to >= 0 && to < rows) {
        e.preventDefault();
        moveRow(g, r, to);
      }
      return;
    }
    if (e.altKey && e.key === "Delete") {
      e.preventDefault();
      removeRow(g, r);
      return;
    }
    let target: string | null = null;
    if (e.key === "ArrowDown" || e.key === "Enter") target = flat[at + 1] ? cellId(flat[at + 1]![0], flat[at + 1]![1], c) : null;
    else if (e.key === "ArrowUp") target = at > 0 ? cellId(flat[at - 1]![0], flat[at - 1]![1], c) : null;
    else if (e.key === "ArrowLeft" && input.selectionStart === 0 && input.selectionEnd === 0 && c > 0) target = cellId(g, r, c - 1);
    else if (e.key === "ArrowRight" && input.selectionStart === input.value.length && c < months) target = cellId(g, r, c + 1);
    if (target) {
      e.preventDefault();
      focus(target);
    }
  };

  const onPaste = (e: React.ClipboardEvent<HTMLInputElement>, g: number, r: number, c: number) => {
    const text = e.clipboardData.getData("text/plain");
    if (!text.includes("\t") && !text.trim().includes("\n")) return;
    e.preventDefault();
    props.onPasteBlock(text, { group: g, row: r, column: c });
  };

  return (
    <Section id="table" title={t.tableSection}>
      <p className={layout.hint}>{t.tableHint}</p>
      {monthHeadings === null ? (
        <p className={layout.hint}>{t.tableNeedsPeriod}</p>
      ) : (
        <div className={styles.frame} ref={frame} role="region" aria-label={t.tableGrid} tabIndex={-1}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={styles.head} scope="col">
                  {t.tableStt}
                </th>
                <th className={styles.head} scope="col">
                  {t.tableUnit}
                </th>
                {monthHeadings.map((h) => (
                  <th key={h} className={styles.head} scope="col">
                    {h}
                  </th>
                ))}
                <th className={styles.head} scope="col">
                  {t.tableTotal}
                </th>
                <th className={styles.head} scope="col">
                  <span style={{ position: "absolute", left: -9999 }}>{t.tableActions}</span>
                </th>
              </tr>
            </thead>
            {table.map((group, g) => (
              <tbody key={g}>
                <tr className={styles.group}>
                  <td className={styles.cell}>{toRoman(g + 1)}</td>
                  <td className={styles.cell} colSpan={months + 2}>
                    <input
                      id={`grid-group-${g}`}
                      className={styles.input}
                      style={{ width: "100%" }}
                      aria-label={t.groupName(g + 1)}
                      value={group.name}
                      disabled={props.disabled}
                      onChange={(e) => update(table.map((x, i) => (i === g ? { ...x, name: e.currentTarget.value } : x)))}
                      onKeyDown={(e) => {
                        // Alt+↑/↓ moves the whole group, as for a unit.
                        if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
                        const to = e.key === "ArrowUp" ? g - 1 : g + 1;
                        if (to < 0 || to >= table.length) return;
                        e.preventDefault();
                        update(swap(table, g, to), `grid-group-${to}`);
                      }}
                    />
                  </td>
                  <td className={styles.cell} style={{ whiteSpace: "nowrap" }}>
                    <Button
                      size="small"
                      appearance="subtle"
                      tabIndex={-1}
                      aria-label={t.moveUp(group.name || String(g + 1))}
                      disabled={props.disabled || g === 0}
                      onClick={() => update(swap(table, g, g - 1), `grid-group-${g - 1}`)}
                    >
                      ↑
                    </Button>
                    <Button
                      size="small"
                      appearance="subtle"
                      tabIndex={-1}
                      aria-label={t.moveDown(group.name || String(g + 1))}
                      disabled={props.disabled || g === table.length - 1}
                      onClick={() => update(swap(table, g, g + 1), `grid-group-${g + 1}`)}
                    >
                      ↓
                    </Button>
                    <Button
                      size="small"
                      appearance="subtle"
                      aria-label={t.removeGroup(group.name || String(g + 1))}
                      disabled={props.disabled}
                      onClick={() =>
                        update(
                          table.filter((_, i) => i !== g),
                          g > 0 ? `grid-group-${g - 1}` : undefined,
                        )
                      }
                    >
                      ✕
                    </Button>
                  </td>
                </tr>
                {group.rows.map((row, r) => (
                  <tr key={r}>
                    <td className={styles.cell} style={{ textAlign: "right", padding: "2px 4px" }}>
                      {r + 1}
                    </td>
                    {[row.name, ...Array.from({ length: months }, (_, m) => row.months[m] ?? "")].map((value, c) => {
                      const field = c === 0 ? `table:${g}:${r}:name` : `table:${g}:${r}:${c - 1}`;
                      const label = c === 0 ? t.unitNameOf(g + 1, r + 1) : t.monthOf(row.name || t.rowNumber(r + 1), monthHeadings[c - 1]!);
                      return (
                        <td key={c} className={`${styles.cell} ${bad.has(field) ? styles.bad : ""}`}>
                          <input
                            id={cellId(g, r, c)}
                            className={`${styles.input} ${c === 0 ? styles.name : styles.month}`}
                            aria-label={label}
                            aria-invalid={bad.has(field) || undefined}
                            inputMode={c === 0 ? "text" : "numeric"}
                            value={value}
                            tabIndex={tabStop === cellId(g, r, c) ? 0 : -1}
                            onFocus={() => setActive(cellId(g, r, c))}
                            disabled={props.disabled}
                            onChange={(e) => setCell(g, r, c, e.currentTarget.value)}
                            onKeyDown={(e) => onKey(e, g, r, c)}
                            onPaste={(e) => onPaste(e, g, r, c)}
                          />
                        </td>
                      );
                    })}
                    <td className={`${styles.cell} ${styles.total}`} aria-label={t.rowTotalOf(row.name || t.rowNumber(r + 1))}>
                      {formatInteger(totals.rows[g]?.[r] ?? 0)}
                    </td>
                    <td className={styles.cell} style={{ whiteSpace: "nowrap" }}>
                      <Button
                        size="small"
                        appearance="subtle"
                        tabIndex={-1}
                        aria-label={t.moveUp(row.name || t.rowNumber(r + 1))}
                        disabled={props.disabled || r === 0}
                        onClick={() => moveRow(g, r, r - 1)}
                      >
                        ↑
                      </Button>
                      <Button
                        size="small"
                        appearance="subtle"
                        tabIndex={-1}
                        aria-label={t.moveDown(row.name || t.rowNumber(r + 1))}
                        disabled={props.disabled || r === group.rows.length - 1}
                        onClick={() => moveRow(g, r, r + 1)}
                      >
                        ↓
                      </Button>
                      <Button
                        size="small"
                        appearance="subtle"
                        tabIndex={-1}
                        aria-label={t.removeRow(row.name || t.rowNumber(r + 1))}
                        disabled={props.disabled}
                        onClick={() => removeRow(g, r)}
                      >
                        ✕
                      </Button>
                    </td>
                  </tr>
                ))}
                <tr>
                  <td className={styles.cell} />
                  <td className={styles.cell} colSpan={months + 3}>
                    <Button
                      size="small"
                      disabled={props.disabled}
                      onClick={() =>
                        update(
                          table.map((x, i) => (i !== g ? x : { ...x, rows: [...x.rows, emptyRow()] })),
                          cellId(g, group.rows.length, 0),
                        )
                      }
                    >
                      {t.addRow(group.name || String(g + 1))}
                    </Button>
                  </td>
                </tr>
              </tbody>
            ))}
            <tfoot>
              <tr>
                <td className={styles.cell} />
                <th className={styles.head} scope="row">
                  {t.tableTotal}
                </th>
                {totals.months.map((v, m) => (
                  <td key={m} className={`${styles.cell} ${styles.total}`} aria-label={t.monthTotalOf(monthHeadings[m]!)}>
                    {formatInteger(v)}
                  </td>
                ))}
                <td className={`${styles.cell} ${styles.total}`} data-testid="grand-total" aria-label={t.grandTotal}>
                  {formatInteger(totals.grand)}
                </td>
                <td className={styles.cell} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <div className={layout.row}>
        <Button
          disabled={props.disabled || monthHeadings === null}
          onClick={() => update([...table, { name: "", rows: [emptyRow()] }], `grid-group-${table.length}`)}
        >
          {t.addGroup}
        </Button>
      </div>
      <FileField
        label={t.importTable}
        hint={t.importTableHint}
        accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={props.disabled || monthHeadings === null}
        onFile={props.onImport}
      />
      {props.outcome && (
        <div className={layout.notice} role="status" data-testid="table-outcome">
          <p style={{ margin: 0 }}>{props.outcome.message}</p>
          {props.outcome.problems.length > 0 && (
            <ul className={layout.list}>
              {props.outcome.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Section>
  );
}

function swap<T>(list: readonly T[], a: number, b: number): T[] {
  const out = [...list];
  [out[a], out[b]] = [out[b]!, out[a]!];
  return out;
}
