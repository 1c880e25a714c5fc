import { Field, Input, Select } from "@fluentui/react-components";
import type { Period } from "../domain/period";
import { liveLabels, switchKind, type PeriodKind as Kind } from "../domain/period-choice";
import { toRoman } from "../domain/numbering";
import type { Strings } from "./i18n";
import { Section, useLayout } from "./ui";

export interface PeriodPanelProps {
  t: Strings;
  /** The pane's choice; null means the data file's period. */
  period: Period | null;
  filePeriod: Period | undefined;
  /** Site name for the live summary line. */
  site: string | undefined;
  reportNumber: string;
  reportDate: string;
  asOf: string;
  filePlaceholders: { reportNumber?: string; reportDate?: string; asOf?: string };
  disabled: boolean;
  onPeriod(p: Period | null): void;
  onField(field: "reportNumber" | "reportDate" | "asOf", value: string): void;
}

export function PeriodPanel(props: PeriodPanelProps): React.JSX.Element {
  const { t, period } = props;
  const styles = useLayout();
  const shown = period ?? props.filePeriod;
  const labels = shown ? liveLabels(shown, props.site) : null;
  const kinds: Array<[Kind, string]> = [
    ["month", t.kindMonth],
    ["quarter", t.kindQuarter],
    ["half", t.kindHalf],
    ["nine-months", t.kindNine],
    ["year", t.kindYear],
    ["range", t.kindRange],
  ];
  const setYear = (value: string): void => {
    if (!period || period.kind === "range") return;
    const year = Number.parseInt(value, 10);
    props.onPeriod({ ...period, year: Number.isFinite(year) ? year : 0 });
  };

  return (
    <Section id="period" title={t.periodSection}>
      <Field label={t.periodKind}>
        <Select
          value={period?.kind ?? ""}
          disabled={props.disabled}
          onChange={(_, d) => props.onPeriod(d.value === "" ? null : switchKind(d.value as Kind, period ?? props.filePeriod))}
        >
          <option value="">{t.periodFromFile}</option>
          {kinds.map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      {period && period.kind !== "range" && (
        <div className={styles.row}>
          <Field label={t.periodYear} className={styles.grow}>
            <Input
              type="number"
              min={2000}
              max={2100}
              value={period.year ? String(period.year) : ""}
              onChange={(_, d) => setYear(d.value)}
              disabled={props.disabled}
            />
          </Field>
          {period.kind === "month" && (
            <Field label={t.periodMonth} className={styles.grow}>
              <Select
                value={String(period.index)}
                onChange={(_, d) => props.onPeriod({ ...period, index: Number(d.value) })}
                disabled={props.disabled}
              >
                {Array.from({ length: 12 }, (_, i) => (
                  <option key={i} value={String(i + 1)}>{`${t.periodMonth} ${i + 1}`}</option>
                ))}
              </Select>
            </Field>
          )}
          {period.kind === "quarter" && (
            <Field label={t.periodQuarter} className={styles.grow}>
              <Select
                value={String(period.index)}
                onChange={(_, d) => props.onPeriod({ ...period, index: Number(d.value) })}
                disabled={props.disabled}
              >
                {[1, 2, 3, 4].map((i) => (
                  <option key={i} value={String(i)}>{`${t.periodQuarter} ${toRoman(i)}`}</option>
                ))}
              </Select>
            </Field>
          )}
          {period.kind === "half" && (
            <Field label={t.periodHalf} className={styles.grow}>
              <Select
                value={String(period.index)}
                onChange={(_, d) => props.onPeriod({ ...period, index: Number(d.value) })}
                disabled={props.disabled}
              >
                <option value="1">{t.halfFirst}</option>
                <option value="2">{t.halfSecond}</option>
              </Select>
            </Field>
          )}
        </div>
      )}
      {period && period.kind === "range" && (
        <div className={styles.row}>
          <Field label={t.rangeFrom} className={styles.grow}>
            <Input
              value={period.from}
              placeholder="2024-01"
              onChange={(_, d) => props.onPeriod({ ...period, from: d.value.trim() })}
              disabled={props.disabled}
            />
          </Field>
          <Field label={t.rangeTo} className={styles.grow}>
            <Input
              value={period.to}
              placeholder="2024-04"
              onChange={(_, d) => props.onPeriod({ ...period, to: d.value.trim() })}
              disabled={props.disabled}
            />
          </Field>
        </div>
      )}
      <div className={styles.notice} aria-live="polite" data-testid="period-labels">
        <strong>{t.labelsHeading}: </strong>
        {shown === undefined ? t.labelsNone : labels === null ? t.labelsInvalid : `${labels.current} → ${labels.next}`}
        {labels?.summary && <p className={styles.hint}>{`${t.summaryLine}: ${labels.summary}`}</p>}
      </div>
      <div className={styles.row}>
        <Field label={t.reportNumber} className={styles.grow}>
          <Input
            value={props.reportNumber}
            placeholder={props.filePlaceholders.reportNumber}
            onChange={(_, d) => props.onField("reportNumber", d.value)}
            disabled={props.disabled}
          />
        </Field>
        <Field label={t.reportDate} className={styles.grow}>
          <Input
            value={props.reportDate}
            placeholder={props.filePlaceholders.reportDate}
            onChange={(_, d) => props.onField("reportDate", d.value)}
            disabled={props.disabled}
          />
        </Field>
      </div>
      <Field label={t.asOf} hint={t.fromFileHint}>
        <Input
          value={props.asOf}
          placeholder={props.filePlaceholders.asOf}
          onChange={(_, d) => props.onField("asOf", d.value)}
          disabled={props.disabled}
        />
      </Field>
    </Section>
  );
}
