import { useCallback } from "react";
import { describeFetchFailure, fetchDataText } from "../sources/data-url";
import { approveSource } from "../sources/source-approval";
import { STRINGS } from "./i18n";
import { loadEngine } from "./lazy-parts";
import type { PaneTools } from "./pane-tools";
import type { LoadedData } from "./state";

/** The data file's three ways in — a file, an https URL, pasted JSON — all ending in one parse and check. */
export function useDataSource(
  { t, stateRef, dispatch, fail }: PaneTools,
  /** New data makes the list of blocks kept from the last refresh stale. */
  onNewData: () => void,
) {
  const loadText = useCallback(
    async (text: string, loaded: Omit<LoadedData, "data">) => {
      const tt = STRINGS[stateRef.current.lang];
      try {
        const engine = await loadEngine();
        const parsed = engine.parseReportData(text);
        if (!parsed.ok) {
          dispatch({ type: "sourceProblems", problems: parsed.problems });
          return;
        }
        onNewData();
        dispatch({ type: "loaded", loaded: { ...loaded, data: parsed.data }, notice: { kind: "ok", text: tt.dataLoaded(loaded.source) } });
      } catch {
        fail(tt.loadPartFailed);
      }
    },
    [fail, onNewData],
  );

  const onFile = useCallback(
    (file: File) => {
      dispatch({ type: "busy", label: t.busyLoad });
      // The strict decoder comes with the engine, which the file needs next anyway: not on the first screen.
      loadEngine().then(
        (engine) =>
          engine.readTextFile(file).then(
            (read) =>
              read.ok ? loadText(read.text, { source: `“${file.name}”`, storedSource: file.name }) : fail(`${file.name}: ${read.message}`),
            () => fail(t.fileReadFailed),
          ),
        () => fail(t.loadPartFailed),
      );
    },
    [t, loadText, fail],
  );

  const onUrl = useCallback(
    (input: string) => {
      dispatch({ type: "busy", label: t.busyLoad });
      void fetchDataText(input).then((fetched) => {
        if (fetched.ok) {
          // She typed this address herself: its host may now be fetched by the ribbon's refresh too.
          approveSource(fetched.url);
          void loadText(fetched.text, {
            source: fetched.redirectedTo ? `${fetched.url} (→ ${fetched.redirectedTo})` : fetched.url,
            storedSource: fetched.url,
          });
          return;
        }
        switch (fetched.reason) {
          case "invalid":
            return fail(t.urlInvalid);
          case "not-https":
            return fail(t.urlNotHttps);
          case "status":
            return fail(t.urlFailed(t.urlStatus(fetched.status)));
          case "timeout":
            return fail(t.urlFailed(t.urlTimeout(fetched.seconds)));
          case "too-large":
            return fail(t.urlFailed(t.urlTooLarge));
          case "network":
            return fail(t.urlFailed(t.urlNetwork));
          default:
            // Refusals the engine words itself (an insecure redirect, a page that is not data, an encoding).
            return fail(t.urlFailed(describeFetchFailure(fetched)));
        }
      });
    },
    [t, loadText, fail],
  );

  const onPaste = useCallback(
    (text: string) => {
      if (text.trim() === "") {
        fail(t.pasteEmpty);
        return;
      }
      dispatch({ type: "busy", label: t.busyLoad });
      void loadText(text, { source: t.pastedSource });
    },
    [t, loadText, fail],
  );

  return { onFile, onUrl, onPaste };
}
