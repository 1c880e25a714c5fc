import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { METRIC_KEYS, TEXT_KEYS, type FiguresDraft, type InputProblem, type MetricDraft, type TextKey } from "../domain/figures-draft";
import { metricFieldLabel, type KnownMetricKey } from "../domain/metrics";
import { periodLabel, previousPeriod, samePeriodLastYear, type Period } from "../domain/period";
import { QUALIFIERS } from "../domain/vietnamese-number";
import type { Strings } from "./i18n";
import { Section, useLayout } from "./ui";

// "Số liệu": one field per figure of data format v1, labelled with its noun as the report writes it, with its
// qualifier (gần, trên, hơn, khoảng) and the value it is compared with; her own figures; the budget; her own
// texts. Values stay as she typed them (the draft); what cannot be read is said at the field, in her words.

const useStyles = makeStyles({
  metric: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1.4fr) minmax(0, 1fr) minmax(0, 1.2fr)",
    columnGap: tokens.spacingHorizontalXS,
    alignItems: "end",
  },
  full: { width: "100%", minWidth: 0 },
  fieldset: {
    border: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
});

export interface FiguresPanelProps {
  t: Strings;
  figures: FiguresDraft;
  period: Period | null;
  problems: readonly InputProblem[];
  disabled: boolean;
  onChange(figures: FiguresDraft): void;
}

function problemAt(problems: readonly InputProblem[], field: string): string | undefined {
  return problems.find((p) => p.field === field)?.message;
}

export function FiguresPanel(props: FiguresPanelProps): React.JSX.Element {
  const { t, figures, problems } = props;
  const styles = useStyles();
  const layout = useLayout();
  const set = (next: Partial<FiguresDraft>) => props.onChange({ ...figures, ...next });
  const setMetric = (key: KnownMetricKey, change: Partial<MetricDraft>) =>
    set({ metrics: { ...figures.metrics, [key]: { ...figures.metrics[key], ...change } } });
  const compared = props.period
    ? (() => {
        try {
          return periodLabel(
            figures.priorPeriod ?? (figures.compareWith === "previous" ? previousPeriod(props.period) : samePeriodLastYear(props.period)),
          );
        } catch {
          return null;
        }
      })()
    : null;

  return (
    <Section id="figures" title={t.figuresSection}>
      <p className={layout.hint}>{t.figuresHint}</p>
      <Field label={t.compareWith} hint={compared ? t.comparedPeriod(compared) : undefined}>
        <Select
          value={figures.priorPeriod ? "file" : figures.compareWith}
          onChange={(_, d) => {
            if (d.value === "file") return;
            const { priorPeriod: _dropped, ...rest } = figures;
            void _dropped;
            props.onChange({ ...rest, compareWith: d.value === "previous" ? "previous" : "last-year" });
          }}
          disabled={props.disabled}
        >
          {figures.priorPeriod && <option value="file">{t.compareFile}</option>}
          <option value="last-year">{t.compareLastYear}</option>
          <option value="previous">{t.comparePrevious}</option>
        </Select>
      </Field>
      {METRIC_KEYS.map((key) => {
        const label = metricFieldLabel(key);
        const m = figures.metrics[key];
        const valueProblem = problemAt(problems, `metric:${key}`);
        const priorProblem = problemAt(problems, `prior:${key}`);
        return (
          <div key={key} className={styles.metric}>
            <Field label={label} validationMessage={valueProblem} validationState={valueProblem ? "error" : "none"}>
              <Input
                className={styles.full}
                inputMode="numeric"
                value={m.value}
                onChange={(_, d) => setMetric(key, { value: d.value })}
                disabled={props.disabled}
              />
            </Field>
            <Field label={t.qualifier}>
              <Select
                className={styles.full}
                aria-label={t.qualifierOf(label)}
                value={m.qualifier}
                onChange={(_, d) =>
                  setMetric(key, {
                    qualifier: (QUALIFIERS as readonly string[]).includes(d.value) ? (d.value as MetricDraft["qualifier"]) : "",
                  })
                }
                disabled={props.disabled}
              >
                <option value="">{t.qualifierNone}</option>
                {QUALIFIERS.map((q) => (
                  <option key={q} value={q}>
                    {q}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t.priorValue} validationMessage={priorProblem} validationState={priorProblem ? "error" : "none"}>
              <Input
                className={styles.full}
                aria-label={t.priorOf(label)}
                inputMode="numeric"
                value={m.prior}
                onChange={(_, d) => setMetric(key, { prior: d.value })}
                disabled={props.disabled}
              />
            </Field>
          </div>
        );
      })}

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t.customFigures}</legend>
        {figures.custom.map((c, i) => {
          const change = (patch: Partial<typeof c>) => set({ custom: figures.custom.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
          const problem = problemAt(problems, `custom:${i}:value`) ?? problemAt(problems, `custom:${i}:label`);
          return (
            <div key={i} className={styles.metric}>
              <Field label={t.customLabel(i + 1)} validationMessage={problem} validationState={problem ? "error" : "none"}>
                <Input className={styles.full} value={c.label} onChange={(_, d) => change({ label: d.value })} disabled={props.disabled} />
              </Field>
              <Field label={t.customValue}>
                <Input
                  className={styles.full}
                  aria-label={t.customValueOf(c.label || String(i + 1))}
                  inputMode="numeric"
                  value={c.value}
                  onChange={(_, d) => change({ value: d.value })}
                  disabled={props.disabled}
                />
              </Field>
              <Field label={t.priorValue}>
                <Input
                  className={styles.full}
                  aria-label={t.priorOf(c.label || String(i + 1))}
                  inputMode="numeric"
                  value={c.prior}
                  onChange={(_, d) => change({ prior: d.value })}
                  disabled={props.disabled}
                />
              </Field>
            </div>
          );
        })}
        <div className={layout.row}>
          <Button onClick={() => set({ custom: [...figures.custom, { label: "", value: "", prior: "" }] })} disabled={props.disabled}>
            {t.addCustom}
          </Button>
          {figures.custom.length > 0 && (
            <Button onClick={() => set({ custom: figures.custom.slice(0, -1) })} disabled={props.disabled}>
              {t.removeCustom}
            </Button>
          )}
        </div>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t.budgetLegend}</legend>
        {(["allocated", "spent"] as const).map((k) => {
          const problem = problemAt(problems, `budget:${k}`);
          return (
            <Field
              key={k}
              label={k === "allocated" ? t.budgetAllocated : t.budgetSpent}
              hint={t.moneyHint}
              validationMessage={problem}
              validationState={problem ? "error" : "none"}
            >
              <Input
                inputMode="numeric"
                value={figures.budget[k]}
                onChange={(_, d) => set({ budget: { ...figures.budget, [k]: d.value } })}
                disabled={props.disabled}
              />
            </Field>
          );
        })}
        {figures.budget.items.map((item, i) => {
          const change = (patch: Partial<typeof item>) =>
            set({ budget: { ...figures.budget, items: figures.budget.items.map((x, j) => (j === i ? { ...x, ...patch } : x)) } });
          const problem = problemAt(problems, `budget:item:${i}`) ?? problemAt(problems, `budget:item:${i}:label`);
          return (
            <div key={i} className={styles.metric} style={{ gridTemplateColumns: "minmax(0, 1.6fr) minmax(0, 1fr)" }}>
              <Field label={t.budgetItemLabel(i + 1)} validationMessage={problem} validationState={problem ? "error" : "none"}>
                <Input
                  className={styles.full}
                  value={item.label}
                  onChange={(_, d) => change({ label: d.value })}
                  disabled={props.disabled}
                />
              </Field>
              <Field label={t.budgetItemAmount}>
                <Input
                  className={styles.full}
                  aria-label={t.budgetItemAmountOf(i + 1)}
                  inputMode="numeric"
                  value={item.amount}
                  onChange={(_, d) => change({ amount: d.value })}
                  disabled={props.disabled}
                />
              </Field>
            </div>
          );
        })}
        <div className={layout.row}>
          <Button
            onClick={() => set({ budget: { ...figures.budget, items: [...figures.budget.items, { label: "", amount: "" }] } })}
            disabled={props.disabled}
          >
            {t.addBudgetItem}
          </Button>
        </div>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t.textsLegend}</legend>
        {TEXT_KEYS.map((k: TextKey) => (
          <Field key={k} label={t.textLabels[k]} hint={k === "opening" ? t.openingHint : t.listHint}>
            <Textarea
              value={figures.texts[k]}
              onChange={(_, d) => set({ texts: { ...figures.texts, [k]: d.value } })}
              rows={k === "opening" ? 3 : 2}
              resize="vertical"
              disabled={props.disabled}
            />
          </Field>
        ))}
      </fieldset>
    </Section>
  );
}
