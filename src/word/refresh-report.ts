import {
  OWN_HEADING_ID_PREFIX,
  TABLE_CONTENT_KINDS,
  TAG_PREFIX,
  renumberHeading,
  type Block,
  type ReportModel,
} from "../domain/report-model";
import { parseHeadingNumber } from "../domain/numbering";
import { textFingerprint } from "../domain/fingerprint";
import { diffReportData, type DataDiff } from "../domain/data-diff";
import type { ReportData } from "../domain/report-data";
import { blockInnerXml } from "../render/blocks";
import { buildDataPartXml } from "../render/data-part";
import { insertPackage } from "../render/flat-package";
import { blockLayout } from "../render/document";
import { renderedFingerprint } from "../render/block-fingerprint";
import { parseReportData } from "../sources/data-file";
import { checkPreflight, ourControls, queuePreflight } from "./block-guard";
import { controlContentPackage } from "./ooxml-package";
import { assertStorable, readStoredReport, writeStoredXml } from "./report-store";
import { errorCode, failureAfterUndo, READ_ONLY_MESSAGE, WordOperationError, type DocumentState } from "./word-errors";

// "Cập nhật số liệu": every bound block is recomputed from the new data and replaced in one batch. A block
// whose text no longer matches what was inserted has been edited by the user and is kept unless she chooses
// to overwrite it. Text outside the blocks is never touched, and the whole body is never read or rewritten
// (body.insertOoxml(body.getOoxml(), "Replace") adds paragraphs and renews control ids: office-js-docs #874,
// office-js #603). Round trips: 1 read, 2 copies of the blocks about to change, 3 the batch of replacements.
// If the batch fails, each block is checked: those that landed stay, the others are tried once more alone,
// and a block that still fails is put back from its copy and reported. The snapshot is written last, with
// the fingerprints of what is really in the document, so new figures never look like her edits.

export interface RefreshOptions {
  /** Which edited blocks to overwrite anyway: none (default), all, or these tags. */
  overwrite?: "none" | "all" | readonly string[];
  source?: string;
}

export interface BlockRef {
  tag: string;
  title: string;
}

export interface RefreshResult {
  updated: BlockRef[];
  unchanged: BlockRef[];
  /** Edited by the user since insertion, and kept. */
  keptEdited: BlockRef[];
  /** Edited by the user, overwritten as asked. */
  overwritten: BlockRef[];
  /** Blocks the new data has that the document does not (deleted, or never inserted). */
  notInDocument: BlockRef[];
  /** Blocks in the document the new data no longer produces (e.g. a metric removed): left as they are. */
  noLongerInData: string[];
  /** Blocks Word refused to change: each is as it was before (or, in `notRestored`, could not be put back). */
  failed: BlockRef[];
  notRestored: BlockRef[];
  diff: DataDiff;
  syncs: number;
  summary: string;
}

/** "II." of "II. ĐÁNH GIÁ CHUNG", as the document has it now. */
function headingLabel(text: string): string | null {
  const parsed = parseHeadingNumber(text);
  if (!parsed) return null;
  const m = /^\s*(\S+)/.exec(text);
  return m ? m[1]! : null;
}

function wanted(options: RefreshOptions, tag: string): boolean {
  const o = options.overwrite ?? "none";
  return o === "all" || (Array.isArray(o) && o.includes(tag));
}

export function refreshSummary(r: Omit<RefreshResult, "summary">): string {
  const parts = [
    r.failed.length || r.notRestored.length
      ? `Đã cập nhật một phần: ${r.diff.figures.length} số liệu`
      : `Đã cập nhật ${r.diff.figures.length} số liệu, ${r.diff.rows.length} hàng bảng${r.diff.sites.length ? `, ${r.diff.sites.length} trang thành phần` : ""} (${r.updated.length + r.overwritten.length} khối thay đổi, ${r.unchanged.length} khối giữ nguyên nội dung).`,
  ];
  if (r.diff.periodChanged) parts.push("Kỳ báo cáo đã thay đổi: các đề mục và câu văn nêu kỳ đã được cập nhật.");
  if (r.keptEdited.length) parts.push(`Giữ nguyên ${r.keptEdited.length} khối bạn đã sửa: ${r.keptEdited.map((b) => b.title).join("; ")}.`);
  if (r.overwritten.length) parts.push(`Ghi đè ${r.overwritten.length} khối đã sửa theo lựa chọn của bạn.`);
  if (r.notInDocument.length)
    parts.push(
      `${r.notInDocument.length} khối chưa có trong tài liệu (có thể đã bị xóa): ${r.notInDocument.map((b) => b.title).join("; ")}.`,
    );
  if (r.noLongerInData.length) parts.push(`${r.noLongerInData.length} khối không còn trong số liệu mới nên được giữ nguyên.`);
  if (r.failed.length) {
    parts.push(
      `Word không cập nhật được ${r.failed.length} khối: ${r.failed.map((b) => b.title).join("; ")} — các khối này giữ nguyên như trước; hãy thử "Cập nhật số liệu" lần nữa.`,
    );
  }
  if (r.notRestored.length) {
    parts.push(
      `Không khôi phục được ${r.notRestored.length} khối: ${r.notRestored.map((b) => b.title).join("; ")} — hãy bấm Ctrl+Z (Hoàn tác) hoặc kiểm tra lại các khối này.`,
    );
  }
  return parts.join(" ");
}

interface Replacement {
  control: Word.ContentControl;
  tag: string;
  ref: BlockRef;
  xml: string;
  fresh: string;
  /** The control's text as read in the first round trip. */
  before: string;
  table: boolean;
  backup?: OfficeExtension.ClientResult<string>;
}

/**
 * Queues one block's replacement. A control holding only a table (a report made before blocks ended with a
 * paragraph, or one she edited) is a RichTextTable control, on which "Replace" is refused (ContentControl.
 * insertOoxml reference): an empty paragraph added at its end ("End" is allowed there) makes it an ordinary one.
 */
function queueReplace(r: Replacement, ooxmlPackage: string): void {
  if (r.table) r.control.insertParagraph("", "End");
  r.control.insertOoxml(ooxmlPackage, "Replace");
}

export async function refreshReport(model: ReportModel, options: RefreshOptions = {}): Promise<RefreshResult> {
  const previous = await readStoredReport();
  const stored = new Map((previous?.content.blocks ?? []).map((b) => [b.tag, b.hash]));
  // A snapshot that no longer parses only costs the "what changed" count: the blocks still carry their hashes.
  const before = previous ? parseReportData(previous.content.dataJson) : null;
  const oldData: ReportData | null = before?.ok ? before.data : null;
  const byTag = new Map(model.blocks.map((b) => [b.tag, b]));
  const result: Omit<RefreshResult, "summary" | "syncs" | "diff"> = {
    updated: [],
    unchanged: [],
    keptEdited: [],
    overwritten: [],
    notInDocument: [],
    noLongerInData: [],
    failed: [],
    notRestored: [],
  };
  let syncs = 0;

  await Word.run(async (context) => {
    const sync = async (): Promise<void> => {
      await context.sync();
      syncs++;
    };
    const pre = queuePreflight(context);
    await sync();
    checkPreflight(pre);

    const records = new Map<string, string>();
    const replacements: Replacement[] = [];
    const seen = new Set<string>();
    for (const control of ourControls(pre)) {
      const tag = control.tag;
      if (seen.has(tag)) continue;
      seen.add(tag);
      const original = byTag.get(tag);
      const keep = stored.get(tag);
      if (tag.startsWith(`${TAG_PREFIX}heading:${OWN_HEADING_ID_PREFIX}`)) {
        // Her own heading: its words are hers, only its number came from us.
        if (keep) records.set(tag, keep);
        continue;
      }
      if (!original) {
        result.noLongerInData.push(tag);
        if (keep) records.set(tag, keep);
        continue;
      }
      const label = original.heading ? headingLabel(control.text) : null;
      const block: Block = label ? renumberHeading(original, label) : original;
      const xml = blockInnerXml(block, blockLayout(model, block));
      const fresh = renderedFingerprint(xml);
      const current = textFingerprint(control.text);
      const ref = { tag, title: block.title };
      if (current === fresh) {
        result.unchanged.push(ref);
        records.set(tag, fresh);
      } else if (keep !== current && !wanted(options, tag)) {
        result.keptEdited.push(ref);
        // Still marked as edited next time: keep the fingerprint of what we inserted.
        if (keep) records.set(tag, keep);
      } else {
        (keep === current ? result.updated : result.overwritten).push(ref);
        replacements.push({ control, tag, ref, xml, fresh, before: control.text, table: TABLE_CONTENT_KINDS.has(block.content.kind) });
        // Until the block is really replaced, its record stays what it was.
        if (keep) records.set(tag, keep);
      }
    }
    for (const b of model.blocks) if (!seen.has(b.tag)) result.notInDocument.push({ tag: b.tag, title: b.title });

    const source = options.source ?? previous?.content.source;
    const dataJson = JSON.stringify(model.data);
    const snapshot = (hashes: ReadonlyMap<string, string>): string =>
      buildDataPartXml({ dataJson, blocks: [...hashes].map(([tag, hash]) => ({ tag, hash })), ...(source ? { source } : {}) });
    // Sized as it will be written when every replacement lands, before anything changes.
    assertStorable(snapshot(new Map([...records, ...replacements.map((r) => [r.tag, r.fresh] as const)])));
    if (replacements.length > 0) {
      // Copies of exactly the blocks about to change, to put one back if Word fails on it.
      for (const r of replacements) r.backup = r.control.getOoxml();
      try {
        await sync();
      } catch (err) {
        // Only reads so far: nothing in the document has changed.
        throw failureAfterUndo(err, "unchanged");
      }
      try {
        for (const r of replacements) queueReplace(r, insertPackage(r.xml));
        await sync();
        for (const r of replacements) records.set(r.tag, r.fresh);
      } catch (err) {
        await recover(context, err, replacements, records, result, sync);
      }
    }

    try {
      await writeStoredXml(snapshot(records));
    } catch (err) {
      if (replacements.length === 0) throw err;
      // Without the new snapshot the new figures would read as her edits next time: put the blocks back.
      throw await putBack(context, err, replacements, sync);
    }
  });

  const diff = diffReportData(oldData, model.data);
  const done = { ...result, diff, syncs };
  return { ...done, summary: refreshSummary(done) };
}

/** Puts every replaced block back from its copy, checks, and says what failed and what is left. */
async function putBack(
  context: Word.RequestContext,
  err: unknown,
  replacements: Replacement[],
  sync: () => Promise<void>,
): Promise<WordOperationError> {
  let state: DocumentState = "changed";
  try {
    for (const r of replacements) queueReplace(r, controlContentPackage(r.backup!.value, r.tag));
    await sync();
    const now = await controlTexts(context, sync);
    state = replacements.every((r) => textFingerprint(now.get(r.tag) ?? "") === textFingerprint(r.before)) ? "unchanged" : "changed";
  } catch {
    state = "changed";
  }
  return failureAfterUndo(
    err,
    state,
    "Một số khối có thể đã mang số liệu mới trong khi dữ liệu lưu trong tài liệu vẫn là số liệu cũ: hãy bấm Ctrl+Z (Hoàn tác) hoặc cập nhật lại.",
  );
}

/** Every control's text by tag (the first control of a tag, as the refresh reads them). */
async function controlTexts(context: Word.RequestContext, sync: () => Promise<void>): Promise<Map<string, string>> {
  const all = context.document.contentControls;
  all.load("items/tag,items/text");
  await sync();
  const out = new Map<string, string>();
  for (const c of all.items) if (!out.has(c.tag)) out.set(c.tag, c.text);
  return out;
}

/**
 * After a failed batch: operations before the failing one stayed applied, later ones never ran. Reads every
 * block again, keeps those that landed, tries the others once more alone, and puts back from its copy any
 * block that still fails and is no longer as it was.
 */
async function recover(
  context: Word.RequestContext,
  err: unknown,
  replacements: Replacement[],
  records: Map<string, string>,
  result: Omit<RefreshResult, "summary" | "syncs" | "diff">,
  sync: () => Promise<void>,
): Promise<void> {
  let now = await controlTexts(context, sync);
  const landed = (r: Replacement) => textFingerprint(now.get(r.tag) ?? "") === r.fresh;
  const untouched = (r: Replacement) => now.get(r.tag) === r.before;
  if (errorCode(err) === "GeneralException" && replacements.every(untouched)) {
    // Nothing was written at all: Viewing mode or a read-only file answer the first write so (office-js #5484).
    throw new WordOperationError(`${READ_ONLY_MESSAGE} Tài liệu được giữ nguyên như trước khi cập nhật.`, "unchanged", err);
  }
  const failedRefs = new Set<string>();
  for (const r of replacements) {
    if (landed(r)) {
      records.set(r.tag, r.fresh);
      continue;
    }
    if (!now.has(r.tag)) {
      // Gone (deleted meanwhile): nothing to put back.
      failedRefs.add(r.tag);
      continue;
    }
    try {
      if (!untouched(r)) throw err;
      queueReplace(r, insertPackage(r.xml));
      await sync();
      records.set(r.tag, r.fresh);
    } catch {
      failedRefs.add(r.tag);
    }
  }
  if (failedRefs.size === 0) return;
  now = await controlTexts(context, sync);
  for (const r of replacements) {
    if (!failedRefs.has(r.tag) || !now.has(r.tag)) continue;
    if (now.get(r.tag) !== r.before) {
      try {
        queueReplace(r, controlContentPackage(r.backup!.value, r.tag));
        await sync();
      } catch {
        // Checked below.
      }
    }
  }
  now = await controlTexts(context, sync);
  for (const r of replacements) {
    if (!failedRefs.has(r.tag)) continue;
    const list = result.updated.includes(r.ref) ? result.updated : result.overwritten;
    list.splice(list.indexOf(r.ref), 1);
    if (!now.has(r.tag) || textFingerprint(now.get(r.tag)!) === textFingerprint(r.before)) result.failed.push(r.ref);
    else result.notRestored.push(r.ref);
  }
}
