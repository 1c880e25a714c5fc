import { Suspense, lazy } from "react";
import { Button, Field, Spinner } from "@fluentui/react-components";
import type { PriorReportExtract } from "../sources/prior-report/extract-prior-report";
import type { PriorFigure } from "../domain/prior-figures";
import type { FieldProblem } from "../domain/validation-message";
import type { Period } from "../domain/period";
import type { Strings } from "./i18n";
import type { AppliedPrior, ContributorSeed } from "./state";
import { rowCount, safeLabel } from "./prior-text";
import { FileField, ProblemList, Section, useLayout } from "./ui";

// "Lấy số liệu kỳ trước": last period's report is read (in App, lazily), its figures listed with the sentence
// each came from, and only the ones the secretary ticks become `prior`. Nothing here decides what a figure is.
// The list itself is a lazy chunk too: it is drawn only after a report was read.

/** Called with the reader, so the list is ready when the figures are. */
export const loadPriorView = () => import(/* webpackChunkName: "prior-view" */ "./prior-extract-view");
const ExtractView = lazy(loadPriorView);

export interface PriorExtractShown {
  /** Changes with every read, so a new report starts from its own default ticks. */
  id: number;
  /** “file.docx” or a description of the open document's data. */
  from: string;
  report: PriorReportExtract;
}

export interface PriorPanelProps {
  t: Strings;
  inWord: boolean;
  disabled: boolean;
  hasData: boolean;
  /** This period as the report will use it (the pane's choice, else the file's). */
  currentPeriod: Period | null;
  /** Rows in this period's own table; 0 when it has none. */
  currentContributorRows: number;
  extract: PriorExtractShown | null;
  applied: AppliedPrior | null;
  seed: ContributorSeed | null;
  /** The engine's problems with the applied figures (e.g. a prior period that does not end before this one). */
  problems: readonly FieldProblem[];
  onFile(file: File): void;
  onStartFrom(file: File): void;
  onUseStored(): void;
  onApply(period: Period, figures: PriorFigure[], from: string): void;
  onRemove(): void;
  onSeed(seed: ContributorSeed): void;
  onRemoveSeed(): void;
}

export function PriorPanel(props: PriorPanelProps): React.JSX.Element {
  const { t } = props;
  const styles = useLayout();
  return (
    <Section id="prior" title={t.priorSection}>
      <FileField
        label={t.startFrom}
        hint={t.startFromHint}
        accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
        disabled={props.disabled}
        onFile={props.onStartFrom}
      />
      <p className={styles.hint}>{t.priorIntro}</p>
      <FileField
        label={t.priorFile}
        hint={t.priorFileHint}
        accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
        disabled={props.disabled}
        onFile={props.onFile}
      />
      {props.inWord && (
        <Field hint={t.priorStoredHint}>
          <div className={styles.row}>
            <Button onClick={props.onUseStored} disabled={props.disabled}>
              {t.priorUseStored}
            </Button>
          </div>
        </Field>
      )}
      {props.applied && (
        <div className={styles.notice} data-testid="prior-applied">
          <p style={{ margin: 0 }}>{t.priorActive(props.applied.figures.length, safeLabel(props.applied.period), props.applied.from)}</p>
          <div className={styles.row}>
            <Button size="small" onClick={props.onRemove} disabled={props.disabled}>
              {t.priorRemove}
            </Button>
          </div>
        </div>
      )}
      <ProblemList id="prior-problems" title={t.priorProblems(props.problems.length)} problems={props.problems} errorWord={t.errorPrefix} />
      {props.seed && (
        <div className={styles.notice} data-testid="prior-seeded">
          <p style={{ margin: 0 }}>{t.seedActive(rowCount(props.seed.groups), props.seed.from)}</p>
          <div className={styles.row}>
            <Button size="small" onClick={props.onRemoveSeed} disabled={props.disabled}>
              {t.seedRemove}
            </Button>
          </div>
        </div>
      )}
      {props.extract && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <ExtractView key={props.extract.id} {...props} extract={props.extract} />
        </Suspense>
      )}
    </Section>
  );
}
