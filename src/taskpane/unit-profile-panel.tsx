import { useEffect, useRef, useState } from "react";
import { Button, Field, Input, Select, Textarea } from "@fluentui/react-components";
import type { UnitProfile } from "../domain/report-data";
import type { FieldProblem } from "../domain/validation-message";
import type { DocumentFormat } from "../domain/document-format";
import { GOVERNING_BODY_EXAMPLES, RECIPIENT_SUGGESTIONS } from "../domain/organisation-2025";
import type { Strings } from "./i18n";
import { unitKey } from "./unit-store";
import { FileField, ProblemList, Section, useLayout } from "./ui";

export interface UnitForm {
  format: DocumentFormat;
  governingBody: string;
  name: string;
  abbreviation: string;
  place: string;
  site: string;
  authority: string;
  title: string;
  signer: string;
  recipients: string;
  archive: string;
}

const EMPTY_FORM: UnitForm = {
  format: "nd30",
  governingBody: "",
  name: "",
  abbreviation: "",
  place: "",
  site: "",
  authority: "",
  title: "",
  signer: "",
  recipients: "",
  archive: "",
};

export function formFromUnit(u: UnitProfile): UnitForm {
  return {
    format: u.format ?? "nd30",
    governingBody: u.governingBody ?? "",
    name: u.name,
    abbreviation: u.abbreviation,
    place: u.place,
    site: u.site,
    authority: u.signer.authority ?? "",
    title: u.signer.title,
    signer: u.signer.name,
    recipients: u.recipients.join("\n"),
    archive: u.archive ?? "",
  };
}

/** The typed form as a unit value; optional fields left empty are left out, the schema judges the rest. */
export function unitFromForm(f: UnitForm): unknown {
  const opt = (key: string, v: string) => (v.trim() ? { [key]: v.trim() } : {});
  return {
    // The default form is written only when chosen otherwise, so profiles of state bodies stay as they were.
    ...(f.format === "hd36" ? { format: "hd36" } : {}),
    ...opt("governingBody", f.governingBody),
    name: f.name.trim(),
    abbreviation: f.abbreviation.trim(),
    place: f.place.trim(),
    site: f.site.trim(),
    signer: { ...opt("authority", f.authority), title: f.title.trim(), name: f.signer.trim() },
    recipients: f.recipients
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
    ...opt("archive", f.archive),
  };
}

export interface UnitPanelProps {
  t: Strings;
  units: readonly UnitProfile[];
  selected: string | null;
  fileUnit: UnitProfile | undefined;
  disabled: boolean;
  onSelect(key: string | null): void;
  /** Resolves to problems when the unit is not valid (the form then stays open). */
  onSave(raw: unknown, replacing: string | undefined): Promise<FieldProblem[]>;
  onDelete(key: string): void;
  onImport(file: File): void;
}

const FIELDS: ReadonlyArray<[keyof UnitForm, keyof Strings, boolean]> = [
  ["governingBody", "unitGoverningBody", false],
  ["name", "unitName", true],
  ["abbreviation", "unitAbbreviation", true],
  ["place", "unitPlace", true],
  ["site", "unitSite", true],
  ["authority", "unitSignerAuthority", false],
  ["title", "unitSignerTitle", true],
  ["signer", "unitSignerName", true],
];

export function UnitProfilePanel(props: UnitPanelProps): React.JSX.Element {
  const { t } = props;
  const styles = useLayout();
  const [form, setForm] = useState<UnitForm | null>(null);
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const current = props.units.find((u) => unitKey(u) === props.selected);
  const fileUnitSaved = props.fileUnit ? props.units.some((u) => unitKey(u) === unitKey(props.fileUnit!)) : true;

  // Focus goes into the form that appeared, and back to the button that opened it when it closes.
  const opener = useRef<HTMLElement | null>(null);
  const formRef = useRef<HTMLFormElement | null>(null);
  const [refocus, setRefocus] = useState<"form" | "opener" | null>(null);
  useEffect(() => {
    if (refocus === "form") formRef.current?.querySelector<HTMLElement>("select, input, textarea")?.focus();
    if (refocus === "opener") opener.current?.focus();
    if (refocus) setRefocus(null);
  }, [refocus]);
  const open = (initial: UnitForm, replacing: string | undefined): void => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setForm(initial);
    setEditing(replacing);
    setProblems([]);
    setRefocus("form");
  };
  const close = (): void => {
    setForm(null);
    setProblems([]);
    setRefocus("opener");
  };
  const save = async (): Promise<void> => {
    if (!form) return;
    const found = await props.onSave(unitFromForm(form), editing);
    setProblems(found);
    if (found.length === 0) {
      setForm(null);
      setRefocus("opener");
    }
  };
  const set = (key: keyof UnitForm) => (_: unknown, data: { value: string }) => setForm((f) => (f ? { ...f, [key]: data.value } : f));

  return (
    <Section id="unit" title={t.unitSection}>
      <Field label={t.unitSelect} hint={props.units.length === 0 ? t.unitNoneSaved : undefined}>
        <Select value={props.selected ?? ""} onChange={(_, d) => props.onSelect(d.value === "" ? null : d.value)} disabled={props.disabled}>
          <option value="">{t.unitFromFile}</option>
          {props.units.map((u) => (
            <option key={unitKey(u)} value={unitKey(u)}>{`${u.name} — ${u.governingBody ?? u.place} (${u.abbreviation})`}</option>
          ))}
        </Select>
      </Field>
      {form === null && (
        <div className={styles.row}>
          <Button onClick={() => open(props.fileUnit ? formFromUnit(props.fileUnit) : EMPTY_FORM, undefined)} disabled={props.disabled}>
            {t.unitAdd}
          </Button>
          {current && (
            <Button onClick={() => open(formFromUnit(current), unitKey(current))} disabled={props.disabled}>
              {t.unitEdit}
            </Button>
          )}
          {current && (
            <Button onClick={() => props.onDelete(unitKey(current))} disabled={props.disabled}>
              {t.unitDelete}
            </Button>
          )}
          {!fileUnitSaved && props.fileUnit && (
            <Button onClick={() => void props.onSave(props.fileUnit, undefined)} disabled={props.disabled}>
              {t.unitSaveFromFile}
            </Button>
          )}
        </div>
      )}
      {form === null && (
        <FileField label={t.unitImport} accept=".json,application/json" disabled={props.disabled} onFile={props.onImport} />
      )}
      {form !== null && (
        <form
          ref={formRef}
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              e.preventDefault();
              close();
            }
          }}
          aria-label={editing ? t.unitFormTitleEdit : t.unitFormTitleNew}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          style={{ display: "flex", flexDirection: "column", rowGap: 8 }}
        >
          <h3 className={styles.heading}>{editing ? t.unitFormTitleEdit : t.unitFormTitleNew}</h3>
          <Field label={t.unitFormat}>
            <Select value={form.format} onChange={(_, d) => setForm((f) => f && { ...f, format: d.value === "hd36" ? "hd36" : "nd30" })}>
              <option value="nd30">{t.unitFormatState}</option>
              <option value="hd36">{t.unitFormatParty}</option>
            </Select>
          </Field>
          {FIELDS.map(([key, label, required]) => (
            <Field
              key={key}
              label={t[label] as string}
              required={required}
              hint={key === "governingBody" ? t.unitExamples(GOVERNING_BODY_EXAMPLES[form.format].join(", ")) : undefined}
            >
              <Input value={form[key]} onChange={set(key)} />
            </Field>
          ))}
          <Field label={t.unitRecipients} required>
            <Textarea value={form.recipients} onChange={set("recipients")} rows={4} resize="vertical" />
          </Field>
          <div className={styles.row} role="group" aria-label={t.unitSuggestions}>
            {RECIPIENT_SUGGESTIONS[form.format].map((s) => (
              <Button
                key={s.text}
                size="small"
                title={s.since}
                onClick={() =>
                  setForm(
                    (f) =>
                      f && {
                        ...f,
                        recipients: f.recipients.split(/\r?\n/).some((l) => l.trim() === s.text)
                          ? f.recipients
                          : [f.recipients.trimEnd(), s.text].filter(Boolean).join("\n"),
                      },
                  )
                }
              >
                {t.unitAddRecipient(s.text)}
              </Button>
            ))}
          </div>
          <Field label={t.unitArchive}>
            <Input value={form.archive} onChange={set("archive")} />
          </Field>
          <ProblemList id="unit-problems" title={t.unitProblems} problems={problems} errorWord={t.errorPrefix} />
          <div className={styles.row}>
            <Button appearance="primary" type="submit">
              {t.save}
            </Button>
            <Button onClick={close}>{t.cancel}</Button>
          </div>
        </form>
      )}
    </Section>
  );
}
