import { useId, useState } from "react";
import { Button, Checkbox, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Period } from "../domain/period";
import { formatQualified } from "../domain/vietnamese-number";
import { candidatePriorPeriods, chosenFigures, defaultTicks, priorRows } from "./prior-rows";
import { rowCount, safeLabel } from "./prior-text";
import type { PriorExtractShown, PriorPanelProps } from "./prior-panel";
import { useLayout } from "./ui";

// What was read from last period's report: the figures with their sentences and tick boxes, the figures that
// could not be placed, the reader's warnings, and the two buttons that apply them.

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  cell: {
    textAlign: "start",
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  number: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  source: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export default function ExtractView(props: PriorPanelProps & { extract: PriorExtractShown }): React.JSX.Element {
  const { t, extract } = props;
  const report = extract.report;
  const layout = useLayout();
  const styles = useStyles();
  const ids = useId();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => defaultTicks(report));
  const [pickedPeriod, setPickedPeriod] = useState<Period | null>(null);
  const [confirmSeed, setConfirmSeed] = useState(false);
  const rows = priorRows(report);
  const candidates = report.period === null && props.currentPeriod ? candidatePriorPeriods(props.currentPeriod) : [];
  const period = report.period ?? pickedPeriod;
  const seedGroups = report.contributors ?? [];
  const seedRows = rowCount(seedGroups);

  const toggle = (key: string, on: boolean): void =>
    setTicked((s) => {
      const next = new Set(s);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const apply = (): void => {
    if (period) props.onApply(period, chosenFigures(report, ticked), extract.from);
  };

  const seed = (): void => {
    setConfirmSeed(false);
    props.onSeed({ groups: seedGroups, from: extract.from });
  };

  // Replacing a table that has this period's own rows loses its monthly figures: that needs a second, explicit yes.
  const needsConfirm = props.currentContributorRows > 0 && props.seed === null;
  const why = !props.hasData ? t.priorNeedData : period === null ? null : ticked.size === 0 ? t.priorNothingTicked : null;

  return (
    <div className={layout.section} style={{ borderBottom: "none", paddingBottom: 0 }} data-testid="prior-extract">
      <p style={{ margin: 0 }}>{t.priorReadFrom(extract.from)}</p>
      {report.period ? (
        <p style={{ margin: 0 }} data-testid="prior-period">
          {t.priorPeriodFound(safeLabel(report.period))}
          {report.origin === "embedded" ? t.priorPeriodEmbedded : report.periodSource ? t.priorPeriodLine(report.periodSource) : ""}
        </p>
      ) : (
        <div className={layout.notice} data-testid="prior-period">
          <p style={{ margin: 0 }}>{t.priorPeriodMissing}</p>
          {candidates.length > 0 && (
            <Field label={t.priorPeriodPick}>
              <Select
                value={pickedPeriod ? String(candidates.findIndex((c) => safeLabel(c) === safeLabel(pickedPeriod))) : ""}
                onChange={(_, d) => setPickedPeriod(d.value === "" ? null : (candidates[Number(d.value)] ?? null))}
                disabled={props.disabled}
              >
                <option value="">{t.priorPeriodPickNone}</option>
                {candidates.map((c, i) => (
                  <option key={i} value={String(i)}>
                    {safeLabel(c)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </div>
      )}
      {report.warnings.length > 0 && (
        <div className={layout.notice} role="note" data-testid="prior-warnings">
          <strong>{t.priorWarnings}</strong>
          <ul className={layout.list}>
            {report.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {rows.length === 0 ? (
        <p className={layout.hint}>{t.priorNoFigures}</p>
      ) : (
        <table className={styles.table} data-testid="prior-figures">
          <caption className={styles.caption}>{t.priorTableCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.cell}>
                {t.priorColUse}
              </th>
              <th scope="col" className={styles.cell}>
                {t.priorColMetric}
              </th>
              <th scope="col" className={styles.cell}>
                {t.priorColValue}
              </th>
              <th scope="col" className={styles.cell}>
                {t.priorColSource}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-key={r.key}>
                <td className={styles.cell}>
                  <Checkbox
                    aria-label={t.priorTick(r.noun, r.shown)}
                    checked={ticked.has(r.key)}
                    onChange={(_, d) => toggle(r.key, d.checked === true)}
                    disabled={props.disabled}
                  />
                </td>
                <th scope="row" className={styles.cell} style={{ fontWeight: "normal" }}>
                  {r.noun}
                </th>
                <td className={`${styles.cell} ${styles.number}`}>{r.shown}</td>
                <td className={`${styles.cell} ${styles.source}`}>{r.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.unmapped.length > 0 && (
        <details data-testid="prior-unmapped">
          <summary className={layout.native}>{t.priorUnmapped(report.unmapped.length)}</summary>
          <ul className={layout.list}>
            {report.unmapped.map((u, i) => (
              <li key={i} style={{ marginTop: 4 }}>
                <strong>
                  {formatQualified(u.value, u.qualifier, { padSmall: false })}
                  {u.noun ? ` ${u.noun}` : ""}
                </strong>
                {` — ${t.priorUnmappedReason}: ${u.reason}`}
                <br />
                <span className={styles.source}>“{u.source}”</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {rows.length > 0 && (
        <div className={layout.row}>
          <Button
            appearance="primary"
            onClick={apply}
            disabled={props.disabled || why !== null || period === null}
            aria-describedby={why ? `${ids}-why` : undefined}
          >
            {t.priorApply}
          </Button>
          {why && (
            <span id={`${ids}-why`} className={layout.hint}>
              {why}
            </span>
          )}
        </div>
      )}
      {seedRows > 0 && (
        <div className={layout.row} style={{ flexDirection: "column", alignItems: "start" }}>
          <p className={layout.hint} id={`${ids}-seed`}>
            {t.seedHint(seedRows)}
          </p>
          {confirmSeed ? (
            <div className={layout.notice} role="group" aria-labelledby={`${ids}-confirm`}>
              <p id={`${ids}-confirm`} style={{ margin: 0 }}>
                {t.seedConfirm(props.currentContributorRows)}
              </p>
              <div className={layout.row}>
                <Button appearance="primary" onClick={seed} disabled={props.disabled}>
                  {t.seedConfirmYes}
                </Button>
                <Button onClick={() => setConfirmSeed(false)} disabled={props.disabled}>
                  {t.cancel}
                </Button>
              </div>
            </div>
          ) : (
            <Button
              onClick={() => (needsConfirm ? setConfirmSeed(true) : seed())}
              disabled={props.disabled || !props.hasData}
              aria-describedby={`${ids}-seed`}
            >
              {t.seedUse}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
