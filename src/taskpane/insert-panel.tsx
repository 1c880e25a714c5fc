import { useState } from "react";
import { Button, Checkbox, Field, Input, Select } from "@fluentui/react-components";
import type { Block, HeadingLevel, ReportModel } from "../domain/report-model";
import type { Strings } from "./i18n";
import { Section, useLayout } from "./ui";
import type { PendingChanges } from "./use-word-actions";

export interface EditedBlock {
  tag: string;
  title: string;
}

export interface InsertPanelProps {
  t: Strings;
  inWord: boolean;
  model: ReportModel | null;
  busy: boolean;
  keptEdited: readonly EditedBlock[];
  onInsertAll(): void;
  onOpenNew(): void;
  /** Shown after an insert that Word recorded as tracked changes. */
  canUndoInsert: boolean;
  onUndoInsert(): void;
  onInsertBlock(block: Block): void;
  onInsertOwnHeading(level: HeadingLevel, words: string): void;
  onRefresh(): void;
  /** Figures from an address that would change the report, waiting for her yes (null when none). */
  pendingChanges: PendingChanges | null;
  onConfirmRefresh(): void;
  onCancelRefresh(): void;
  onOverwrite(tags: string[]): void;
  onDownload(): void;
  onSaveData(): void;
}

export function InsertPanel(props: InsertPanelProps): React.JSX.Element {
  const { t, model } = props;
  const styles = useLayout();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [headingLevel, setHeadingLevel] = useState<HeadingLevel>(2);
  const [headingWords, setHeadingWords] = useState("");
  const off = props.busy || model === null;

  if (!props.inWord) {
    return (
      <Section id="insert" title={t.downloadSection}>
        {model === null && <p className={styles.hint}>{t.needData}</p>}
        <div className={styles.row}>
          <Button appearance="primary" onClick={props.onDownload} disabled={off}>
            {t.download}
          </Button>
          <Button onClick={props.onSaveData} disabled={off}>
            {t.saveData}
          </Button>
        </div>
      </Section>
    );
  }

  const toggle = (tag: string, on: boolean): void =>
    setChosen((s) => {
      const next = new Set(s);
      if (on) next.add(tag);
      else next.delete(tag);
      return next;
    });

  return (
    <Section id="insert" title={t.insertSection}>
      {model === null && <p className={styles.hint}>{t.needData}</p>}
      <div className={styles.row}>
        <Button appearance="primary" onClick={props.onInsertAll} disabled={off}>
          {t.insertAll}
        </Button>
        <Button onClick={props.onRefresh} disabled={off}>
          {t.refresh}
        </Button>
        <Button onClick={props.onOpenNew} disabled={off}>
          {t.openNew}
        </Button>
        <Button onClick={props.onSaveData} disabled={off}>
          {t.saveData}
        </Button>
        {props.canUndoInsert && (
          <Button onClick={props.onUndoInsert} disabled={props.busy}>
            {t.undoInsert}
          </Button>
        )}
      </div>
      {model !== null && (
        <details>
          <summary className={styles.native}>{t.insertBlocks}</summary>
          <ul className={styles.list} style={{ listStyle: "none", paddingLeft: 0 }}>
            {model.blocks.map((b) => (
              <li key={b.tag} style={{ marginTop: 4 }}>
                <Button size="small" onClick={() => props.onInsertBlock(b)} disabled={off}>
                  {t.insertBlock(b.title)}
                </Button>
              </li>
            ))}
          </ul>
          <form
            className={styles.notice}
            aria-label={t.ownHeadingLegend}
            onSubmit={(e) => {
              e.preventDefault();
              props.onInsertOwnHeading(headingLevel, headingWords);
            }}
          >
            <p className={styles.hint}>{t.ownHeadingLegend}</p>
            <div className={styles.row}>
              <Field label={t.ownHeadingLevel}>
                <Select value={String(headingLevel)} onChange={(_, d) => setHeadingLevel(Number(d.value) as HeadingLevel)} disabled={off}>
                  <option value="1">I.</option>
                  <option value="2">1.</option>
                  <option value="3">1.1.</option>
                </Select>
              </Field>
              <Field label={t.ownHeadingWords} className={styles.grow}>
                <Input value={headingWords} onChange={(_, d) => setHeadingWords(d.value)} disabled={off} />
              </Field>
              <Button type="submit" disabled={off}>
                {t.ownHeadingInsert}
              </Button>
            </div>
          </form>
        </details>
      )}
      {props.pendingChanges && (
        <fieldset className={styles.notice} style={{ margin: 0 }} aria-label={t.refreshChangesIntro(props.pendingChanges.origin)}>
          <legend>{t.refreshChangesIntro(props.pendingChanges.origin)}</legend>
          <ul className={styles.list}>
            {props.pendingChanges.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <div className={styles.row}>
            <Button appearance="primary" onClick={props.onConfirmRefresh} disabled={props.busy}>
              {t.refreshConfirm}
            </Button>
            <Button onClick={props.onCancelRefresh} disabled={props.busy}>
              {t.refreshCancel}
            </Button>
          </div>
        </fieldset>
      )}
      {props.keptEdited.length > 0 && (
        <fieldset className={styles.notice} style={{ margin: 0 }}>
          <legend>{t.keptEditedIntro}</legend>
          {props.keptEdited.map((b) => (
            <div key={b.tag}>
              <Checkbox
                label={b.title}
                checked={chosen.has(b.tag)}
                onChange={(_, d) => toggle(b.tag, d.checked === true)}
                disabled={props.busy}
              />
            </div>
          ))}
          <Button
            onClick={() => {
              props.onOverwrite(props.keptEdited.filter((b) => chosen.has(b.tag)).map((b) => b.tag));
              setChosen(new Set());
            }}
            disabled={off}
          >
            {t.overwriteChosen}
          </Button>
        </fieldset>
      )}
    </Section>
  );
}
