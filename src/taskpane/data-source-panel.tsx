import { useState } from "react";
import { Button, Field, Input, Textarea } from "@fluentui/react-components";
import type { FieldProblem } from "../domain/validation-message";
import type { Override } from "./compose-data";
import type { Strings } from "./i18n";
import { FileField, ProblemList, Section, useLayout } from "./ui";

export interface DataSourcePanelProps {
  t: Strings;
  disabled: boolean;
  loadedFrom: string | null;
  sourceProblems: readonly FieldProblem[];
  composeProblems: readonly FieldProblem[];
  overrides: readonly Override[];
  onFile(file: File): void;
  onUrl(url: string): void;
  onPaste(text: string): void;
}

export function DataSourcePanel(props: DataSourcePanelProps): React.JSX.Element {
  const { t } = props;
  const styles = useLayout();
  const [url, setUrl] = useState("");
  const [pasted, setPasted] = useState("");
  const fieldName: Record<Override["field"], string> = {
    unit: t.fieldUnit,
    period: t.fieldPeriod,
    number: t.fieldNumber,
    date: t.fieldDate,
    asOf: t.fieldAsOf,
  };

  return (
    <Section id="data" title={t.dataSection}>
      <FileField label={t.dataFile} hint={t.dataFileHint} accept=".json,application/json" disabled={props.disabled} onFile={props.onFile} />
      <form
        className={styles.row}
        onSubmit={(e) => {
          e.preventDefault();
          props.onUrl(url);
        }}
      >
        <Field label={t.dataUrl} className={styles.grow}>
          <Input type="url" value={url} placeholder="https://" onChange={(_, d) => setUrl(d.value)} disabled={props.disabled} />
        </Field>
        <Button type="submit" disabled={props.disabled || url.trim() === ""}>
          {t.dataUrlLoad}
        </Button>
      </form>
      <Field label={t.dataPaste}>
        <Textarea value={pasted} onChange={(_, d) => setPasted(d.value)} rows={3} resize="vertical" disabled={props.disabled} />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => props.onPaste(pasted)} disabled={props.disabled}>
          {t.dataPasteUse}
        </Button>
      </div>
      <ProblemList
        id="data-problems"
        title={t.dataProblems(props.sourceProblems.length)}
        problems={props.sourceProblems}
        errorWord={t.errorPrefix}
      />
      <ProblemList
        id="compose-problems"
        title={t.composeProblems(props.composeProblems.length)}
        problems={props.composeProblems}
        errorWord={t.errorPrefix}
      />
      {props.loadedFrom !== null && props.overrides.length > 0 && (
        <div className={styles.notice} role="note" data-testid="override-notice">
          <strong>{t.overrideNotice}.</strong>
          <ul className={styles.list}>
            {props.overrides.map((o) => (
              <li key={o.field}>{t.overrideField(fieldName[o.field], o.file || t.blank, o.pane || t.blank)}</li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}
