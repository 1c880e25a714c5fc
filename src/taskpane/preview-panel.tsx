import type { ReportModel } from "../domain/report-model";
import type { Strings } from "./i18n";
import { Section, useLayout } from "./ui";

export interface PreviewPanelProps {
  t: Strings;
  model: ReportModel | null;
  /** Built by render/html-preview.ts from the same model that is inserted or downloaded. */
  html: string | null;
  /** Why there is no preview yet, in her words (what to fill in, or which fields to correct). */
  emptyReason: string;
  inputProblems: readonly { message: string }[];
  notes: readonly string[];
}

export function PreviewPanel(props: PreviewPanelProps): React.JSX.Element {
  const { t, model } = props;
  const styles = useLayout();
  return (
    <Section id="preview" title={t.previewSection}>
      {props.notes.map((n, i) => (
        <p key={i} className={styles.hint} role="note">
          {n}
        </p>
      ))}
      {props.inputProblems.length > 0 && (
        <div role="alert" className={styles.problems} data-testid="input-problems">
          <p style={{ margin: 0 }}>
            <strong>{t.inputProblems}:</strong>
          </p>
          <ul className={styles.list}>
            {props.inputProblems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      {model === null || props.html === null ? (
        props.inputProblems.length === 0 && <p className={styles.hint}>{props.emptyReason}</p>
      ) : (
        <>
          <p className={styles.hint}>{t.previewBlocks(model.blocks.length)}</p>
          {model.warnings.length > 0 && (
            <div className={styles.notice} role="note">
              <strong>{t.warningsHeading}</strong>
              <ul className={styles.list}>
                {model.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </div>
          )}
          {/* An empty sandbox: no script, no forms, no navigation; the report's texts are escaped as well. */}
          <iframe
            title={t.previewFrame}
            tabIndex={0}
            sandbox=""
            srcDoc={props.html}
            className={styles.native}
            style={{ width: "100%", height: "28rem", border: "1px solid #8a8a8a", borderRadius: 4 }}
          />
        </>
      )}
    </Section>
  );
}
