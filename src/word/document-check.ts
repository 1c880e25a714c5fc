import type { TextEdit, TextLocation } from "../domain/checker";
import type { CheckedDocument } from "../domain/checker";
import { parseReportData } from "../sources/data-file";
import { readDocumentXml } from "../sources/prior-report/document-xml-reader";
import { checkContent, type CheckedReport } from "../sources/report-check";
import type { Period } from "../domain/period";
import { readStoredReport } from "./report-store";
import { WordUserError } from "./word-errors";

// "Kiểm tra báo cáo" in the open document, on WordApi 1.1. Reading is one round trip: body.getOoxml() (1.1) gives
// paragraphs *and* tables, where body.paragraphs would not — "Paragraphs in tables aren't returned for requirement
// sets 1.1 and 1.2" (Body.paragraphs, reference remarks). A finding is reached with body.search (1.1), whose matches
// come in document order, never across a paragraph mark: the k-th match of its text is the k-th occurrence counted
// in the same order in what was read. Before a fix, the document is read again and each edit's text must still be
// where the check saw it; the edits then go in one batch, and if Word refuses part of it, what went in is put back.

export function readCheckedXml(ooxml: string): CheckedDocument {
  return readDocumentXml(ooxml, "tài liệu đang mở");
}

/**
 * Body.search's text "can be a maximum of 255 characters" (Body.search reference, searchText), and "^" starts a special
 * character there (^p, ^t, ^^: "Use search options in your Word add-in to find text", Special characters).
 */
function searchable(text: string): boolean {
  return text.length > 0 && text.length <= 255 && !text.includes("^");
}

/** The texts Word's search walks through, in its order: each paragraph, and each paragraph of each cell. */
function unitText(doc: CheckedDocument, at: TextLocation): string | null {
  const block = doc.blocks[at.block];
  if (!block) return null;
  if (block.kind === "paragraph") return at.row === undefined ? block.text : null;
  if (at.row === undefined || at.cell === undefined) return null;
  return block.rows[at.row]?.[at.cell] ?? null;
}

/** Every paragraph's text and every cell's, in document order. */
function* unitsInOrder(doc: CheckedDocument): Generator<{ block: number; row?: number; cell?: number; text: string }> {
  for (let b = 0; b < doc.blocks.length; b++) {
    const block = doc.blocks[b]!;
    if (block.kind === "paragraph") yield { block: b, text: block.text };
    else
      for (let r = 0; r < block.rows.length; r++)
        for (let c = 0; c < block.rows[r]!.length; c++) yield { block: b, row: r, cell: c, text: block.rows[r]![c]! };
  }
}

function countIn(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Which match of `text`, in document order, is the one at `at`; null when the document no longer reads so there. */
export function occurrenceOf(doc: CheckedDocument, at: TextLocation, text: string): number | null {
  const unit = unitText(doc, at);
  if (unit === null || unit.slice(at.offset, at.offset + text.length) !== text) return null;
  // Matches stop at paragraph marks: a cell's paragraphs ("\n"-joined) count one by one.
  const pieces = (s: string) => s.split("\n");
  let k = 0;
  for (const u of unitsInOrder(doc)) {
    if (u.block === at.block && u.row === at.row && u.cell === at.cell) break;
    for (const p of pieces(u.text)) k += countIn(p, text);
  }
  // Within the unit: the paragraphs before the one holding the offset, then that one's matches up to it — the one
  // at the offset must be a match the search's left-to-right scan lands on, not inside an earlier overlapping one.
  const lineStart = unit.lastIndexOf("\n", at.offset - 1) + 1;
  if (lineStart > 0) for (const p of pieces(unit.slice(0, lineStart - 1))) k += countIn(p, text);
  const line = unit.slice(lineStart).split("\n")[0]!;
  const rel = at.offset - lineStart;
  for (let i = line.indexOf(text), index = 0; i >= 0 && i <= rel; i = line.indexOf(text, i + text.length), index++) {
    if (i === rel) return k + index;
  }
  return null;
}

export const CHANGED_SINCE_CHECK =
  'Văn bản đã thay đổi từ lần kiểm tra trước nên chỗ này không còn như lúc kiểm tra. Hãy bấm "Kiểm tra báo cáo" lại.';
const NOT_SEARCHABLE =
  "Không tìm được đoạn văn này trong Word để chọn hoặc sửa (đoạn chữ quá dài hoặc có ký tự ^). Hãy tìm và sửa bằng tay.";

/** The whole body read as the checker reads a file: one round trip. */
export async function readOpenDocument(): Promise<CheckedDocument> {
  return Word.run(async (context) => {
    const ooxml = context.document.body.getOoxml();
    await context.sync();
    // A ClientResult is filled by the sync; it has no load() (the lint rule takes it for a proxy).
    // eslint-disable-next-line office-addins/load-object-before-read
    return readCheckedXml(ooxml.value);
  });
}

export interface OpenDocumentCheck {
  /** What was read: the locations of the findings point into it. */
  checked: CheckedDocument;
  report: CheckedReport;
}

/**
 * Checks the open document: its body in one round trip, the period from `given`, else the add-in's data stored
 * in the document (read like any data file; unreadable data is passed over and the summary line used), else the
 * summary line.
 */
export async function checkOpenDocument(given: Period | null = null): Promise<OpenDocumentCheck> {
  const checked = await readOpenDocument();
  let stored = null;
  try {
    const part = await readStoredReport();
    const parsed = part ? parseReportData(part.content.dataJson) : null;
    stored = parsed?.ok ? parsed.data : null;
  } catch {
    stored = null;
  }
  return { checked, report: checkContent(checked, stored, given) };
}

/** What to search for to reach a location: its text, or for a place with no text (something missing) its line's start. */
function target(doc: CheckedDocument, at: TextLocation, found: string): { text: string; at: TextLocation } {
  if (found !== "") return { text: found, at };
  const unit = unitText(doc, at) ?? "";
  const lineStart = unit.lastIndexOf("\n", at.offset - 1) + 1;
  const line = unit.slice(lineStart).split("\n")[0]!.slice(0, 60);
  return { text: line.trimEnd(), at: { ...at, offset: lineStart, length: line.length } };
}

/** Selects a finding's text in the document: two round trips (search, select). */
export async function selectInDocument(checked: CheckedDocument, at: TextLocation, found: string): Promise<void> {
  const t = target(checked, at, found);
  if (!searchable(t.text)) throw new WordUserError(NOT_SEARCHABLE);
  const k = occurrenceOf(checked, t.at, t.text);
  if (k === null) throw new WordUserError(CHANGED_SINCE_CHECK);
  await Word.run(async (context) => {
    const matches = context.document.body.search(t.text, { matchCase: true });
    matches.load("items");
    await context.sync();
    const range = matches.items[k];
    if (!range) throw new WordUserError(CHANGED_SINCE_CHECK);
    range.select();
    await context.sync();
  });
}

interface Planned {
  text: string;
  k: number;
  replacement: string;
}

function plan(doc: CheckedDocument, edits: readonly TextEdit[]): Planned[] {
  return edits.map((e) => {
    if (!searchable(e.found)) throw new WordUserError(NOT_SEARCHABLE);
    const k = occurrenceOf(doc, e.at, e.found);
    if (k === null) throw new WordUserError(CHANGED_SINCE_CHECK);
    return { text: e.found, k, replacement: e.replacement };
  });
}

/** Searches every distinct text once, then replaces the planned matches in one batch. */
async function replaceMatches(context: Word.RequestContext, planned: readonly Planned[]): Promise<void> {
  const searches = new Map<string, Word.RangeCollection>();
  for (const p of planned) {
    if (!searches.has(p.text)) {
      const found = context.document.body.search(p.text, { matchCase: true });
      found.load("items");
      searches.set(p.text, found);
    }
  }
  await context.sync();
  const ranges = planned.map((p) => searches.get(p.text)!.items[p.k]);
  if (ranges.some((r) => r === undefined)) throw new WordUserError(CHANGED_SINCE_CHECK);
  planned.forEach((p, i) => ranges[i]!.insertText(p.replacement, "Replace"));
  await context.sync();
}

/** Where an edit's replacement stands once every edit of the fix went in (edits of one line shift later ones). */
function afterEdits(edits: readonly TextEdit[]): TextEdit[] {
  return edits.map((e) => {
    const shift = edits
      .filter((o) => o !== e && o.at.block === e.at.block && o.at.row === e.at.row && o.at.cell === e.at.cell && o.at.offset < e.at.offset)
      .reduce((s, o) => s + o.replacement.length - o.found.length, 0);
    return { at: { ...e.at, offset: e.at.offset + shift, length: e.replacement.length }, found: e.replacement, replacement: e.found };
  });
}

/**
 * Applies a fix's edits, only where the document still reads as checked. Each replaced range is one Word edit,
 * so Ctrl+Z takes it back. Four round trips: read, search, replace (and, after a refusal, read and put back).
 */
export async function applyEdits(edits: readonly TextEdit[]): Promise<void> {
  await Word.run(async (context) => {
    const ooxml = context.document.body.getOoxml();
    await context.sync();
    // A ClientResult is filled by the sync; it has no load() (the lint rule takes it for a proxy).
    // eslint-disable-next-line office-addins/load-object-before-read
    const planned = plan(readCheckedXml(ooxml.value), edits);
    try {
      await replaceMatches(context, planned);
    } catch (err) {
      if (err instanceof WordUserError) throw err;
      // Word ran the edits before the one it refused: find those that went in and put their text back.
      try {
        const now = context.document.body.getOoxml();
        await context.sync();
        // A ClientResult is filled by the sync; it has no load() (the lint rule takes it for a proxy).
        // eslint-disable-next-line office-addins/load-object-before-read
        const doc = readCheckedXml(now.value);
        const reverse = afterEdits(edits).filter((e) => occurrenceOf(doc, e.at, e.found) !== null && e.found !== e.replacement);
        if (reverse.length) await replaceMatches(context, plan(doc, reverse));
      } catch {
        // The original error says what Word refused; nothing more can be checked here.
      }
      throw err;
    }
  });
}
