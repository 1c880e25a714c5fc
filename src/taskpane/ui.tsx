import type { ReactNode } from "react";
import { Field, makeStyles, tokens } from "@fluentui/react-components";
import type { FieldProblem } from "../domain/validation-message";
import { fieldLabelOfPath } from "../domain/field-labels";

// Small shared pieces of the pane's layout.

export const useLayout = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // Flex items keep their content's width by default: a select with a long unit name would widen the pane.
    "& > *": { minWidth: 0, maxWidth: "100%" },
    "& select": { maxWidth: "100%", textOverflow: "ellipsis" },
    // Fluent's Field is a grid and its Select sizes to the longest option: both must be allowed to shrink.
    "& .fui-Field": { minWidth: 0 },
    "& .fui-Select": { minWidth: 0, maxWidth: "100%" },
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "end" },
  grow: { flexGrow: 1, minWidth: "8em" },
  problems: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorNeutralForeground1,
  },
  notice: {
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: "1.2em" },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  // Native controls (file inputs, details) get the same visible focus ring as Fluent's.
  native: {
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
});

/**
 * A labelled native file input. It is cleared after each pick, so choosing the same file again (after fixing it)
 * loads it again.
 */
export function FileField(props: {
  label: string;
  hint?: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}): React.JSX.Element {
  const styles = useLayout();
  return (
    <Field label={props.label} {...(props.hint ? { hint: props.hint } : {})}>
      {(fieldProps) => (
        <input
          {...fieldProps}
          className={styles.native}
          type="file"
          accept={props.accept}
          disabled={props.disabled}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (file) props.onFile(file);
          }}
        />
      )}
    </Field>
  );
}

export function Section(props: { id: string; title: string; children: ReactNode }): React.JSX.Element {
  const styles = useLayout();
  return (
    <section className={styles.section} aria-labelledby={`${props.id}-h`}>
      <h2 id={`${props.id}-h`} className={styles.heading}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

/** Problems named by field path, announced at once; the word "Lỗi" says it without relying on the red. */
export function ProblemList(props: {
  id: string;
  title: string;
  problems: readonly FieldProblem[];
  errorWord: string;
}): React.JSX.Element | null {
  const styles = useLayout();
  if (props.problems.length === 0) return null;
  return (
    <div role="alert" id={props.id} className={styles.problems} aria-labelledby={`${props.id}-t`}>
      <p id={`${props.id}-t`} style={{ margin: 0 }}>
        <strong>{props.errorWord}: </strong>
        {props.title}
      </p>
      <ul className={styles.list}>
        {props.problems.map((p, i) => {
          // Her words first ("Tin, bài: …"); the data file's path as a detail for whoever edits the file.
          const label = fieldLabelOfPath(p.path);
          return (
            <li key={i}>
              {label ? (
                `${label}: ${p.message}`
              ) : (
                <>
                  <code>{p.path}</code>: {p.message}
                </>
              )}
              {label && <span className={styles.hint} style={{ display: "block" }}>{`(${p.path})`}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
