import { useCallback, useState } from "react";
import type { Block, HeadingLevel, ReportModel } from "../domain/report-model";
import type { EditedBlock } from "./insert-panel";
import { loadWord, type WordPart } from "./lazy-parts";
import type { InsertResult, InsertUndo } from "./word-actions";
import type { PaneTools } from "./pane-tools";
import { insertOutcome } from "./insert-outcome";

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

  const refresh = (overwrite: "none" | string[]) =>
    model &&
    void withWord(t.busyRefresh, async (word) => {
      const r = await word.refreshReport(model, { overwrite, ...(source ? { source } : {}) });
      setKeptEdited(r.keptEdited.map((b) => ({ tag: b.tag, title: b.title })));
      return r.summary;
    });

  const onRefresh = () => refresh("none");

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
    onOverwrite,
  };
}
