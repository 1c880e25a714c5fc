import { OWN_HEADING_ID_PREFIX, TAG_PREFIX, renumberHeading, type Block, type ReportModel } from "../domain/report-model";
import { parseHeadingNumber } from "../domain/numbering";
import { textFingerprint } from "../domain/fingerprint";
import { diffReportData, type DataDiff } from "../domain/data-diff";
import type { ReportData } from "../domain/report-data";
import { blockInnerXml } from "../render/blocks";
import { buildDataPartXml, type BlockRecord } from "../render/data-part";
import { insertPackage } from "../render/flat-package";
import { blockLayout } from "../render/document";
import { renderedFingerprint } from "../render/docx-package";
import { parseReportData } from "../sources/data-file";
import { checkPreflight, ourControls, queuePreflight } from "./block-guard";
import { readStoredReport, restoreStored, writeStoredXml } from "./report-store";

// "Cập nhật số liệu": every bound block is recomputed from the new data and replaced in one batch. A block
// whose text no longer matches what was inserted has been edited by the user and is kept unless she chooses
// to overwrite it. Text outside the blocks is never touched. If Word fails half-way, the body as read in the
// first round trip is put back, so the document ends as it was.

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
    `Đã cập nhật ${r.diff.figures.length} số liệu, ${r.diff.rows.length} hàng bảng (${r.updated.length + r.overwritten.length} khối thay đổi, ${r.unchanged.length} khối giữ nguyên nội dung).`,
  ];
  if (r.diff.periodChanged) parts.push("Kỳ báo cáo đã thay đổi: các đề mục và câu văn nêu kỳ đã được cập nhật.");
  if (r.keptEdited.length) parts.push(`Giữ nguyên ${r.keptEdited.length} khối bạn đã sửa: ${r.keptEdited.map((b) => b.title).join("; ")}.`);
  if (r.overwritten.length) parts.push(`Ghi đè ${r.overwritten.length} khối đã sửa theo lựa chọn của bạn.`);
  if (r.notInDocument.length) parts.push(`${r.notInDocument.length} khối chưa có trong tài liệu (có thể đã bị xóa): ${r.notInDocument.map((b) => b.title).join("; ")}.`);
  if (r.noLongerInData.length) parts.push(`${r.noLongerInData.length} khối không còn trong số liệu mới nên được giữ nguyên.`);
  return parts.join(" ");
}

export async function refreshReport(model: ReportModel, options: RefreshOptions = {}): Promise<RefreshResult> {
  const previous = await readStoredReport();
  const stored = new Map((previous?.content.blocks ?? []).map((b) => [b.tag, b.hash]));
  // A snapshot that no longer parses only costs the "what changed" count: the blocks still carry their hashes.
  const before = previous ? parseReportData(previous.content.dataJson) : null;
  const oldData: ReportData | null = before?.ok ? before.data : null;
  const byTag = new Map(model.blocks.map((b) => [b.tag, b]));
  const result: Omit<RefreshResult, "summary" | "syncs" | "diff"> = {
    updated: [], unchanged: [], keptEdited: [], overwritten: [], notInDocument: [], noLongerInData: [],
  };
  let syncs = 0;

  await Word.run(async (context) => {
    const pre = queuePreflight(context);
    const backup = context.document.body.getOoxml();
    await context.sync();
    syncs++;
    checkPreflight(pre);

    const records = new Map<string, string>();
    const replacements: Array<{ control: Word.ContentControl; xml: string }> = [];
    const seen = new Set<string>();
    for (const control of ourControls(pre)) {
      const tag = control.tag;
      seen.add(tag);
      const original = byTag.get(tag);
      if (tag.startsWith(`${TAG_PREFIX}heading:${OWN_HEADING_ID_PREFIX}`)) {
        // Her own heading: its words are hers, only its number came from us.
        const keep = stored.get(tag);
        if (keep) records.set(tag, keep);
        continue;
      }
      if (!original) {
        result.noLongerInData.push(tag);
        const keep = stored.get(tag);
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
      } else if (stored.get(tag) !== current && !wanted(options, tag)) {
        result.keptEdited.push(ref);
        // Still marked as edited next time: keep the fingerprint of what we inserted.
        const keep = stored.get(tag);
        if (keep) records.set(tag, keep);
      } else {
        (stored.get(tag) === current ? result.updated : result.overwritten).push(ref);
        replacements.push({ control, xml });
        records.set(tag, fresh);
      }
    }
    for (const b of model.blocks) if (!seen.has(b.tag)) result.notInDocument.push({ tag: b.tag, title: b.title });

    const blocks: BlockRecord[] = [...records].map(([tag, hash]) => ({ tag, hash }));
    const source = options.source ?? previous?.content.source;
    await writeStoredXml(buildDataPartXml({ dataJson: JSON.stringify(model.data), blocks, ...(source ? { source } : {}) }));
    if (replacements.length === 0) return;
    try {
      for (const r of replacements) r.control.insertOoxml(insertPackage(r.xml), "Replace");
      await context.sync();
      syncs++;
    } catch (err) {
      try {
        // getOoxml() returns a ClientResult, filled by the first sync; it has no load() to call.
        // eslint-disable-next-line office-addins/load-object-before-read
        context.document.body.insertOoxml(backup.value, "Replace");
        await context.sync();
        syncs++;
      } finally {
        await restoreStored(previous);
      }
      throw err;
    }
  });

  const diff = diffReportData(oldData, model.data);
  const done = { ...result, diff, syncs };
  return { ...done, summary: refreshSummary(done) };
}
