import { useEffect } from "react";
import { STRINGS } from "./i18n";
import { loadEngine, loadWord } from "./lazy-parts";
import type { PaneTools } from "./pane-tools";
import { afterFirstScreen } from "./first-screen";

/** Reopening a document that already holds a report: its stored data fills the pane, unless data was loaded meanwhile. */
export function useStoredReport({ stateRef, dispatch, fail }: PaneTools, inWord: boolean): void {
  useEffect(() => {
    if (!inWord) return;
    let active = true;
    // After the first screen is drawn and usable: the Word code and the engine are not needed to show it.
    void afterFirstScreen().then(async () => {
      if (!active) return;
      const tt = STRINGS[stateRef.current.lang];
      try {
        const [word, engine] = await Promise.all([loadWord(), loadEngine()]);
        let stored;
        try {
          stored = await word.readStoredReport();
        } catch (err) {
          if (active) fail(tt.storedUnreadable(word.describeWordError(err)));
          return;
        }
        if (!active || stored === null || stateRef.current.loaded !== null) return;
        // Read as a data file is: the document is as untrusted as any file (duplicate keys, nesting, limits).
        const checked = engine.parseReportData(stored.content.dataJson);
        if (!checked.ok) {
          fail(tt.storedUnreadable(checked.problems.map(engine.problemLine).join("; ")));
          return;
        }
        const source = stored.content.source;
        dispatch({
          type: "loaded",
          loaded: { data: checked.data, source: source ?? tt.storedSource, ...(source ? { storedSource: source } : {}) },
          notice: { kind: "ok", text: tt.dataStoredLoaded(source ?? tt.storedSource) },
        });
      } catch {
        if (active) fail(tt.loadPartFailed);
      }
    });
    return () => {
      active = false;
    };
  }, [inWord, fail]);
}
