import { useState } from "react";
import type { CheckedDocument, Finding } from "../domain/checker";
import type { ReportModel } from "../domain/report-model";
import type { CheckedReport } from "../sources/report-check";
import { loadCheck } from "./lazy-parts";
import type { PaneTools } from "./pane-tools";

/** What was checked last: the findings, and — for the open document — what they point into. */
export interface CheckShown {
  what: "document" | "model" | "file";
  /** The file's name, for "file". */
  name?: string;
  report: CheckedReport;
  checked: CheckedDocument | null;
}

/**
 * "Kiểm tra báo cáo": the open document, the report the pane would insert, or a file. Choosing a finding of the
 * open document selects it there; a fix changes that text only and the document is checked again.
 */
export function useReportCheck({ t, dispatch, fail }: PaneTools, model: ReportModel | null) {
  const [shown, setShown] = useState<CheckShown | null>(null);

  const run = async (label: string, work: () => Promise<string | null>): Promise<void> => {
    dispatch({ type: "busy", label });
    try {
      // null: nothing to say (a selection), or already said (a file that cannot be read).
      const text = await work();
      dispatch(text ? { type: "notice", notice: { kind: "ok", text } } : { type: "busy", label: null });
    } catch (err) {
      // The checker's chunk carries the Word messages too: standalone, no Word chunk is loaded just to word a failure.
      try {
        fail((await loadCheck()).describeWordError(err));
      } catch {
        fail(t.loadPartFailed);
      }
    }
  };

  const checkDocument = async (): Promise<CheckShown> => {
    const part = await loadCheck();
    const { checked, report } = await part.checkOpenDocument();
    const next: CheckShown = { what: "document", report, checked };
    setShown(next);
    return next;
  };

  const onCheckDocument = () => void run(t.busyCheck, async () => t.checkDone((await checkDocument()).report.findings.length));

  const onCheckModel = () =>
    model &&
    void run(t.busyCheck, async () => {
      const part = await loadCheck();
      const { checked, report } = part.checkModel(model);
      setShown({ what: "model", report, checked });
      return t.checkDone(report.findings.length);
    });

  const onCheckFile = (file: File) =>
    void run(t.busyCheck, async () => {
      const part = await loadCheck();
      const result = await part.checkReportFile(new Uint8Array(await file.arrayBuffer()), file.name);
      if (!result.ok) {
        setShown(null);
        fail(t.checkFileUnreadable(file.name, result.message));
        return null;
      }
      setShown({ what: "file", name: file.name, report: result.report, checked: null });
      return t.checkDone(result.report.findings.length);
    });

  const onSelect = (f: Finding) => {
    if (shown?.what !== "document" || !shown.checked) return;
    const checked = shown.checked;
    void run(t.busySelect, async () => {
      const part = await loadCheck();
      await part.selectInDocument(checked, f.at, f.found);
      return null;
    });
  };

  const onFix = (f: Finding) => {
    if (shown?.what !== "document" || !f.fix) return;
    const edits = f.fix;
    void run(t.busyFix, async () => {
      const part = await loadCheck();
      await part.applyEdits(edits);
      const again = await checkDocument();
      return t.fixed(edits.map((e) => `"${e.found}" → "${e.replacement}"`).join(", "), again.report.findings.length);
    });
  };

  return { shown, onCheckDocument, onCheckModel, onCheckFile, onSelect, onFix };
}
