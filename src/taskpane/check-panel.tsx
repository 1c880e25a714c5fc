import { Button } from "@fluentui/react-components";
import type { Finding, RuleId } from "../domain/checker/finding";
import { RULE_IDS } from "../domain/checker/finding";
import { RULE_TITLES } from "../domain/checker/rule-names";
import { periodLabel } from "../domain/period";
import type { Strings } from "./i18n";
import { FileField, Section, useLayout } from "./ui";
import type { CheckShown } from "./use-report-check";

export interface CheckPanelProps {
  t: Strings;
  inWord: boolean;
  hasModel: boolean;
  busy: boolean;
  shown: CheckShown | null;
  onCheckDocument(): void;
  onCheckModel(): void;
  onCheckFile(file: File): void;
  onSelect(f: Finding): void;
  onFix(f: Finding): void;
}

/** "9. Kiểm tra báo cáo": findings grouped by rule, each with its place; the open document's can be chosen and fixed. */
export function CheckPanel(props: CheckPanelProps): React.JSX.Element {
  const { t, shown } = props;
  const styles = useLayout();
  const groups = shown
    ? RULE_IDS.map((rule) => [rule, shown.report.findings.filter((f) => f.rule === rule)] as const).filter(([, fs]) => fs.length > 0)
    : [];
  const inDocument = shown?.what === "document";
  const period = shown?.report.period ? periodLabel(shown.report.period) : null;
  const subject = shown
    ? shown.what === "document"
      ? t.checkedDocument
      : shown.what === "model"
        ? t.checkedModel
        : t.checkedFile(shown.name ?? "")
    : "";

  return (
    <Section id="check" title={t.checkSection}>
      <p className={styles.hint}>{t.checkIntro}</p>
      <div className={styles.row}>
        {props.inWord && (
          <Button appearance="primary" onClick={props.onCheckDocument} disabled={props.busy}>
            {t.checkDocument}
          </Button>
        )}
        <Button onClick={props.onCheckModel} disabled={props.busy || !props.hasModel}>
          {t.checkModel}
        </Button>
      </div>
      <FileField label={t.checkFile} accept=".docx,.txt" disabled={props.busy} onFile={props.onCheckFile} />
      {shown && (
        <div role="region" aria-label={t.checkResults} data-testid="check-results">
          <p style={{ margin: 0 }}>
            <strong>{subject}</strong>
            {": "}
            {period ? t.checkPeriod(period) : t.checkNoPeriod}{" "}
            {shown.report.findings.length === 0
              ? t.checkClean
              : t.checkCount(
                  shown.report.findings.filter((f) => f.severity === "error").length,
                  shown.report.findings.filter((f) => f.severity === "warning").length,
                )}
          </p>
          {groups.map(([rule, findings]) => (
            <FindingGroup key={rule} rule={rule} findings={findings} inDocument={inDocument} {...props} />
          ))}
        </div>
      )}
    </Section>
  );
}

function FindingGroup(props: CheckPanelProps & { rule: RuleId; findings: readonly Finding[]; inDocument: boolean }): React.JSX.Element {
  const { t } = props;
  const styles = useLayout();
  return (
    <section aria-labelledby={`check-${props.rule}`} data-rule={props.rule}>
      <h3 id={`check-${props.rule}`} className={styles.heading} style={{ fontSize: "inherit", marginTop: 8 }}>
        {RULE_TITLES[props.rule]} ({props.findings.length})
      </h3>
      <ul className={styles.list}>
        {props.findings.map((f, i) => (
          <li key={i} data-testid="finding">
            <strong>{f.severity === "error" ? t.checkError : t.checkWarning}: </strong>
            {f.message}
            <span className={styles.hint} style={{ display: "block" }}>
              {t.checkWhere(f.where)}
            </span>
            {props.inDocument && (
              <div className={styles.row} style={{ marginTop: 4 }}>
                <Button size="small" onClick={() => props.onSelect(f)} disabled={props.busy}>
                  {t.checkSelect}
                </Button>
                {f.fix && (
                  <Button size="small" appearance="primary" onClick={() => props.onFix(f)} disabled={props.busy}>
                    {t.checkFix(f.fix.length > 1 ? t.checkFixMany(f.fix.length) : `"${f.fix[0]!.replacement}"`)}
                  </Button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
