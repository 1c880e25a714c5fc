import type { ReportModel } from "../domain/report-model";
import type { Lang } from "./i18n";
import { loadDocx } from "./lazy-parts";
import type { PaneTools } from "./pane-tools";

/** Saving the report as a .docx file, for use outside Word or without the add-in. */
export function useDocxDownload({ t, dispatch, fail }: PaneTools, lang: Lang, model: ReportModel | null, source: string | undefined) {
  return () => {
    if (!model) return;
    dispatch({ type: "busy", label: t.busyDocx });
    loadDocx().then(
      async (docx) => {
        try {
          const { name, bytes } = await docx.downloadDocx(model, source);
          const kib = (bytes / 1024).toLocaleString(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 });
          dispatch({ type: "notice", notice: { kind: "ok", text: t.downloaded(name, kib) } });
        } catch (err) {
          fail(t.docxFailed(err instanceof Error ? err.message : String(err)));
        }
      },
      () => fail(t.loadPartFailed),
    );
  };
}
