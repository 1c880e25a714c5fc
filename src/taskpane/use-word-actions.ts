import { useCallback, useState } from "react";
import type { Block, HeadingLevel, ReportModel } from "../domain/report-model";
import type { EditedBlock } from "./insert-panel";
import { loadEngine, loadWord, type WordPart } from "./lazy-parts";
import { sourceOrigin } from "../sources/source-approval";
import type { InsertResult, InsertUndo } from "./word-actions";
import type { PaneTools } from "./pane-tools";
import { insertOutcome } from "./insert-outcome";

export interface PendingChanges {
  /** The address's origin, as she approved it. */
  origin: string;
  /** One line per change, from the domain (describeDataChanges, via changesFromStoredData). */
  lines: string[];
}

/**
 * Inserting and refreshing the report in the open document, and the blocks a refresh kept because the
 * secretary edited them (they are overwritten only when she picks them).
 */
export function useWordActions(
  { t, dispatch, fail }: PaneTools,
  model: ReportModel | null,
  /** The data's file name or URL, remembered in the document. */
  source: string | undefined,
) {
  const [keptEdited, setKeptEdited] = useState<EditedBlock[]>([]);
  /** Set when the last insert went in as tracked changes: what "Hoàn tác chèn" takes out. */
  const [trackedUndo, setTrackedUndo] = useState<InsertUndo | null>(null);
  const clearKeptEdited = useCallback(() => setKeptEdited([]), []);
  /** Figures from an address that differ from the report's: shown, and applied only on her yes. */
  const [pendingChanges, setPendingChanges] = useState<PendingChanges | null>(null);

  /** Runs a Word operation with progress shown and its outcome said in words. */
  const withWord = useCallback(
    async (label: string, run: (word: WordPart) => Promise<string>) => {
      dispatch({ type: "busy", label });
      let word: WordPart;
      try {
        word = await loadWord();
      } catch {
        fail(t.loadPartFailed);
        return;
      }
      try {
        const text = await run(word);
        dispatch({ type: "notice", notice: { kind: "ok", text } });
      } catch (err) {
        fail(word.describeWordError(err));
      }
    },
    [t, fail],
  );

  /** Her words for the insert; a tracked insert can be taken out with "Hoàn tác chèn". */
  const said = (r: InsertResult): string => {
    setTrackedUndo(r.tracked && r.undo ? r.undo : null);
    return insertOutcome(t, r);
  };

  const onInsertAll = () =>
    model &&
    void withWord(t.busyInsert, async (word) => {
      const r = await word.insertWholeReport(model, source);
      setKeptEdited([]);
      return said(r);
    });

  const onOpenNew = () => model && void withWord(t.busyOpenNew, async (word) => said(await word.openReportAsNewDocument(model, source)));

  const onUndoInsert = () =>
    trackedUndo &&
    void withWord(t.busyUndo, async (word) => {
      const text = await word.undoLastInsert(trackedUndo);
      setTrackedUndo(null);
      return text;
    });

  const onInsertBlock = (block: Block) =>
    model && void withWord(t.busyInsertBlock, async (word) => said(await word.insertOneBlock(model, block, source)));

  const onInsertOwnHeading = (level: HeadingLevel, words: string) => {
    if (words.trim() === "") {
      fail(t.ownHeadingEmpty);
      return;
    }
    if (!model) return;
    void withWord(t.busyInsertBlock, async (word) => {
      // The time makes the tag unique among her headings; the number comes from the document.
      return said(await word.insertOneBlock(model, word.ownHeadingBlock(Date.now().toString(36), level, words), source));
    });
  };

  /** Refreshes the bound blocks; the ones she edited are kept (and offered for overwriting) unless chosen. */
  const applyRefresh = async (word: WordPart, report: ReportModel, overwrite: "none" | string[]): Promise<string> => {
    const r = await word.refreshReport(report, { overwrite, ...(source ? { source } : {}) });
    setKeptEdited(r.keptEdited.map((b) => ({ tag: b.tag, title: b.title })));
    return r.summary;
  };

  const refresh = (overwrite: "none" | string[]) => model && void withWord(t.busyRefresh, (word) => applyRefresh(word, model, overwrite));

  const onRefresh = () => {
    if (!model) return;
    if (!source?.startsWith("https://")) return refresh("none");
    // Data from an address: say what it changes in the report before anything is overwritten (the ribbon
    // command asks the same in its dialog, src/commands/refresh-command.ts).
    void withWord(t.busyRefresh, async (word) => {
      const [stored, engine] = await Promise.all([word.readStoredReport(), loadEngine()]);
      const lines = stored ? engine.changesFromStoredData(stored.content.dataJson, model.data) : [];
      if (lines.length > 0) {
        setPendingChanges({ origin: sourceOrigin(source) ?? source, lines });
        return t.refreshChangesAsk;
      }
      return applyRefresh(word, model, "none");
    });
  };

  const onConfirmRefresh = () => {
    setPendingChanges(null);
    refresh("none");
  };

  const onCancelRefresh = () => {
    setPendingChanges(null);
    dispatch({ type: "notice", notice: { kind: "ok", text: t.refreshDeclined } });
  };

  const onOverwrite = (tags: string[]) => {
    if (tags.length === 0) {
      fail(t.nothingChosen);
      return;
    }
    refresh(tags);
  };

  return {
    keptEdited,
    clearKeptEdited,
    canUndoInsert: trackedUndo !== null,
    onInsertAll,
    onOpenNew,
    onUndoInsert,
    onInsertBlock,
    onInsertOwnHeading,
    onRefresh,
    pendingChanges,
    onConfirmRefresh,
    onCancelRefresh,
    onOverwrite,
  };
}
