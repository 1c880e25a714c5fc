import { SECTION_BREAK_STYLE_NAME } from "../render/styles";
import { sameParagraphs, strayParagraphs } from "./inserted-paragraphs";
import { restoreStored, type StoredReport } from "./report-store";
import type { DocumentState } from "./word-errors";

// Taking an insert out again: the controls it added, then the paragraphs it added around them (section
// breaks, the paragraph that kept the replaced one's mark), then the snapshot as it was. The result is
// checked against the paragraphs read before the insert, never assumed.

export interface InsertUndo {
  tags: string[];
  /** Tags of ours that were in the document before: never deleted. */
  existingTags: string[];
  /** Every paragraph's text before the insert (Body.paragraphs, WordApi 1.1). */
  paragraphsBefore: string[];
  previous: StoredReport | null;
}

export async function undoInsert(context: Word.RequestContext, undo: InsertUndo): Promise<DocumentState> {
  const keep = new Set(undo.existingTags);
  const controls = context.document.contentControls;
  controls.load("items/tag");
  await context.sync();
  for (const c of controls.items) if (undo.tags.includes(c.tag) && !keep.has(c.tag)) c.delete(false);
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text,items/style");
  await context.sync();
  const stray = strayParagraphs(
    undo.paragraphsBefore,
    paragraphs.items.map((p) => ({ text: p.text, style: p.style })),
    SECTION_BREAK_STYLE_NAME,
  );
  for (const i of stray) paragraphs.items[i]!.delete();
  const check = context.document.body.paragraphs;
  check.load("items/text");
  await context.sync();
  let snapshotBack = true;
  await restoreStored(undo.previous).catch(() => {
    snapshotBack = false;
  });
  return snapshotBack &&
    sameParagraphs(
      check.items.map((p) => p.text),
      undo.paragraphsBefore,
    )
    ? "unchanged"
    : "changed";
}
