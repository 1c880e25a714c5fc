import { useId, useState } from "react";
import { Button, Checkbox, Field, Input } from "@fluentui/react-components";
import { periodLabel, type Period } from "../domain/period";
import type { Strings } from "./i18n";
import { priorRows } from "./prior-rows";
import { Section, useLayout } from "./ui";
import type { AppliedSites } from "./state";
import type { SiteReview } from "./use-site-rollup";

export interface RollupPanelProps {
  t: Strings;
  busy: boolean;
  /** The report's period, when there is a report to roll up into. */
  period: Period | null;
  applied: AppliedSites | null;
  /** Hand-written reports that can be reviewed, by file name. */
  reviewable: ReadonlyMap<string, unknown>;
  review: SiteReview | null;
  onFiles(files: File[]): void;
  onReview(source: string): void;
  onUseReviewed(name: string, keys: string[], period: Period): void;
  onCancelReview(): void;
  onClear(): void;
}

/** "10. Tổng hợp báo cáo các trang thành phần": many files at once; what was used, left out (why) and who is missing. */
export function RollupPanel(props: RollupPanelProps): React.JSX.Element {
  const { t, applied } = props;
  const styles = useLayout();
  const inputId = useId();
  const outcome = applied?.outcome;

  return (
    <Section id="rollup" title={t.rollupSection}>
      <p className={styles.hint}>{t.rollupIntro}</p>
      <Field label={t.rollupFiles} hint={props.period ? t.rollupFilesHint(periodLabel(props.period)) : t.rollupNeedData}>
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
              if (files.length) props.onFiles(files);
            }}
          />
        )}
      </Field>
      {outcome && (
        <div role="region" aria-label={t.rollupResults} data-testid="rollup-results">
          <p style={{ margin: 0 }}>
            <strong>{t.rollupUsed(outcome.used.length)}</strong>
          </p>
          {outcome.used.length > 0 && (
            <ul className={styles.list} data-testid="rollup-used">
              {outcome.used.map((u) => (
                <li key={u.source}>
                  {u.name}{" "}
                  <span className={styles.hint}>
                    ({u.source}
                    {u.replaced ? `; ${t.rollupReplaced}` : ""})
                  </span>
                </li>
              ))}
            </ul>
          )}
          {outcome.kept.length > 0 && <p style={{ margin: "4px 0 0" }}>{t.rollupKept(outcome.kept)}</p>}
          {outcome.leftOut.length > 0 && (
            <>
              <p style={{ margin: "8px 0 0" }}>
                <strong>{t.rollupLeftOut(outcome.leftOut.length)}</strong>
              </p>
              <ul className={styles.list} data-testid="rollup-left-out">
                {outcome.leftOut.map((l) => (
                  <li key={l.source}>
                    <strong>{l.source}</strong>
                    {l.name ? ` (${l.name})` : ""}: {l.reason}
                    {props.reviewable.has(l.source) && (
                      <div style={{ marginTop: 4 }}>
                        <Button size="small" onClick={() => props.onReview(l.source)} disabled={props.busy}>
                          {t.rollupReview}
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
                <strong>{t.rollupMissing(outcome.missing.length)}</strong> {outcome.missing.join(", ")}.
              </>
            ) : applied.sites.expected?.length ? (
              t.rollupNoneMissing(applied.sites.expected.length)
            ) : (
              t.rollupNoList
            )}
          </p>
          <p className={styles.hint} style={{ marginTop: 8 }}>
            {t.rollupNext}
          </p>
          <div className={styles.row} style={{ marginTop: 4 }}>
            <Button onClick={props.onClear} disabled={props.busy}>
              {t.rollupClear}
            </Button>
          </div>
        </div>
      )}
      {props.review && props.period && <ReviewView key={props.review.source} {...props} review={props.review} period={props.period} />}
    </Section>
  );
}

/** A hand-written site report's figures as read: nothing is ticked until she has checked each against the report. */
function ReviewView(props: RollupPanelProps & { review: SiteReview; period: Period }): React.JSX.Element {
  const { t, review } = props;
  const styles = useLayout();
  const rows = priorRows(review.extract).filter((r) => r.key !== "trang_thanh_phan");
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [name, setName] = useState(() => review.source.replace(/\.[^.]+$/, ""));
  const read = review.extract.period;
  const period = read ?? props.period;

  return (
    <div className={styles.notice} role="region" aria-label={t.rollupReviewTitle(review.source)} data-testid="rollup-review">
      <p style={{ margin: 0 }}>
        <strong>{t.rollupReviewTitle(review.source)}</strong>
      </p>
      <p className={styles.hint}>{read ? t.rollupReviewPeriod(periodLabel(read)) : t.rollupReviewNoPeriod(periodLabel(props.period))}</p>
      <Field label={t.rollupReviewName} required>
        <Input value={name} onChange={(_, d) => setName(d.value)} disabled={props.busy} />
      </Field>
      {rows.length === 0 ? (
        <p style={{ margin: 0 }}>{t.rollupReviewNothing}</p>
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
                {t.rollupReviewSentence(r.source)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.row} style={{ marginTop: 8 }}>
        <Button
          appearance="primary"
          disabled={props.busy || ticked.size === 0 || name.trim() === ""}
          onClick={() => props.onUseReviewed(name.trim(), [...ticked], period)}
        >
          {t.rollupReviewUse(ticked.size)}
        </Button>
        <Button onClick={props.onCancelReview} disabled={props.busy}>
          {t.rollupReviewCancel}
        </Button>
      </div>
    </div>
  );
}
