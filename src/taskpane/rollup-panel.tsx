import { useId, useState } from "react";
import { Button, Checkbox, Field, Input } from "@fluentui/react-components";
import { periodLabel, type Period } from "../domain/period";
import type { Lang, Strings } from "./i18n";
import { ROLLUP_STRINGS, type RollupStrings } from "./rollup-strings";
import type { ReportModel } from "../domain/report-model";
import type { PaneTools } from "./pane-tools";
import { useSiteRollup, type SiteReview } from "./use-site-rollup";
import { priorRows } from "./prior-rows";
import { Section, useLayout } from "./ui";
import type { AppliedSites } from "./state";

export interface RollupPanelProps {
  pane: PaneTools;
  lang: Lang;
  busy: boolean;
  /** The report the sites are rolled up into (its data: the province's, with the sites so far). */
  model: ReportModel | null;
  applied: AppliedSites | null;
}

interface ViewProps {
  t: Strings;
  s: RollupStrings;
  busy: boolean;
  period: Period | null;
  applied: AppliedSites | null;
  rollup: ReturnType<typeof useSiteRollup>;
}

/** "10. Tổng hợp báo cáo các trang thành phần": many files at once; what was used, left out (why) and who is missing. */
export function RollupPanel(props: RollupPanelProps): React.JSX.Element {
  const s = ROLLUP_STRINGS[props.lang];
  // The roll-up's handlers live in this chunk with its panel: nothing of it is on the first screen.
  const rollup = useSiteRollup(props.pane, s, props.model);
  return (
    <RollupView
      t={props.pane.t}
      s={s}
      busy={props.busy}
      period={props.model?.data.period ?? null}
      applied={props.applied}
      rollup={rollup}
    />
  );
}

function RollupView(props: ViewProps): React.JSX.Element {
  const { t, s, applied, rollup } = props;
  const styles = useLayout();
  const inputId = useId();
  const outcome = applied?.outcome;

  return (
    <Section id="rollup" title={t.rollupSection}>
      <p className={styles.hint}>{s.rollupIntro}</p>
      <Field label={s.rollupFiles} hint={props.period ? s.rollupFilesHint(periodLabel(props.period)) : s.rollupNeedData}>
        {(fieldProps) => (
          <input
            {...fieldProps}
            id={fieldProps.id ?? inputId}
            className={styles.native}
            type="file"
            multiple
            accept=".json,.docx,.txt"
            disabled={props.busy || props.period === null}
            onChange={(e) => {
              const files = Array.from(e.currentTarget.files ?? []);
              e.currentTarget.value = "";
              if (files.length) rollup.onFiles(files);
            }}
          />
        )}
      </Field>
      {outcome && (
        <div role="region" aria-label={s.rollupResults} data-testid="rollup-results">
          <p style={{ margin: 0 }}>
            <strong>{s.rollupUsed(outcome.used.length)}</strong>
          </p>
          {outcome.used.length > 0 && (
            <ul className={styles.list} data-testid="rollup-used">
              {outcome.used.map((u) => (
                <li key={u.source}>
                  {u.name}{" "}
                  <span className={styles.hint}>
                    ({u.source}
                    {u.replaced ? `; ${s.rollupReplaced}` : ""})
                  </span>
                </li>
              ))}
            </ul>
          )}
          {outcome.kept.length > 0 && <p style={{ margin: "4px 0 0" }}>{s.rollupKept(outcome.kept)}</p>}
          {outcome.leftOut.length > 0 && (
            <>
              <p style={{ margin: "8px 0 0" }}>
                <strong>{s.rollupLeftOut(outcome.leftOut.length)}</strong>
              </p>
              <ul className={styles.list} data-testid="rollup-left-out">
                {outcome.leftOut.map((l) => (
                  <li key={l.source}>
                    <strong>{l.source}</strong>
                    {l.name ? ` (${l.name})` : ""}: {l.reason}
                    {rollup.reviewable.has(l.source) && (
                      <div style={{ marginTop: 4 }}>
                        <Button size="small" onClick={() => rollup.onReview(l.source)} disabled={props.busy}>
                          {s.rollupReview}
                        </Button>
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p style={{ margin: "8px 0 0" }} data-testid="rollup-missing">
            {outcome.missing.length ? (
              <>
                <strong>{s.rollupMissing(outcome.missing.length)}</strong> {outcome.missing.join(", ")}.
              </>
            ) : applied.sites.expected?.length ? (
              s.rollupNoneMissing(applied.sites.expected.length)
            ) : (
              s.rollupNoList
            )}
          </p>
          <p className={styles.hint} style={{ marginTop: 8 }}>
            {s.rollupNext}
          </p>
          <div className={styles.row} style={{ marginTop: 4 }}>
            <Button onClick={rollup.onClear} disabled={props.busy}>
              {s.rollupClear}
            </Button>
          </div>
        </div>
      )}
      {rollup.review && props.period && <ReviewView key={rollup.review.source} {...props} review={rollup.review} period={props.period} />}
    </Section>
  );
}

/** A hand-written site report's figures as read: nothing is ticked until she has checked each against the report. */
function ReviewView(props: ViewProps & { review: SiteReview; period: Period }): React.JSX.Element {
  const { review, s, rollup } = props;
  const styles = useLayout();
  const rows = priorRows(review.extract).filter((r) => r.key !== "trang_thanh_phan");
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [name, setName] = useState(() => review.source.replace(/\.[^.]+$/, ""));
  const read = review.extract.period;
  const period = read ?? props.period;

  return (
    <div className={styles.notice} role="region" aria-label={s.rollupReviewTitle(review.source)} data-testid="rollup-review">
      <p style={{ margin: 0 }}>
        <strong>{s.rollupReviewTitle(review.source)}</strong>
      </p>
      <p className={styles.hint}>{read ? s.rollupReviewPeriod(periodLabel(read)) : s.rollupReviewNoPeriod(periodLabel(props.period))}</p>
      <Field label={s.rollupReviewName} required>
        <Input value={name} onChange={(_, d) => setName(d.value)} disabled={props.busy} />
      </Field>
      {rows.length === 0 ? (
        <p style={{ margin: 0 }}>{s.rollupReviewNothing}</p>
      ) : (
        <ul className={styles.list} style={{ listStyle: "none", paddingLeft: 0 }}>
          {rows.map((r) => (
            <li key={r.key}>
              <Checkbox
                checked={ticked.has(r.key)}
                disabled={props.busy}
                label={`${r.shown} ${r.noun}`}
                onChange={(_, d) =>
                  setTicked((s) => {
                    const next = new Set(s);
                    if (d.checked) next.add(r.key);
                    else next.delete(r.key);
                    return next;
                  })
                }
              />
              <span className={styles.hint} style={{ display: "block", paddingLeft: 32 }}>
                {s.rollupReviewSentence(r.source)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.row} style={{ marginTop: 8 }}>
        <Button
          appearance="primary"
          disabled={props.busy || ticked.size === 0 || name.trim() === ""}
          onClick={() => rollup.onUseReviewed(name.trim(), [...ticked], period)}
        >
          {s.rollupReviewUse(ticked.size)}
        </Button>
        <Button onClick={rollup.onCancelReview} disabled={props.busy}>
          {s.rollupReviewCancel}
        </Button>
      </div>
    </div>
  );
}
