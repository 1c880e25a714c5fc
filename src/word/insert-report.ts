import { renumberHeading, type Block, type ReportModel } from "../domain/report-model";
import { formatNumber, nextNumberPath } from "../domain/numbering";
import { blockXml } from "../render/blocks";
import { blockRecords, dataPartFor } from "../render/docx-package";
import { blockLayout, ownLandscapeSection, renderBlocks, reportBodyXml } from "../render/document";
import { insertPackage } from "../render/flat-package";
import { buildDataPartXml, type BlockRecord } from "../render/data-part";
import { checkPreflight, ourControls, queuePreflight } from "./block-guard";
import { readStoredReport, restoreStored, writeStoredXml } from "./report-store";
import { supports } from "./word-capabilities";
import { WordUserError } from "./word-errors";

// Inserting at the cursor. The snapshot is written first and put back if Word fails, and a failed insert is
// undone by deleting exactly the controls it added: the document ends as it was, or with the whole insert.

export interface InsertResult {
  blocks: number;
  /** context.sync round trips used. */
  syncs: number;
  /** Heading numbers chosen to follow the document ("III." after "II."). */
  numbered?: string;
}

interface InsertPlan {
  tags: readonly string[];
  /** Extra loads for the first round trip. */
  queue?: (context: Word.RequestContext, selection: Word.Range) => void;
  /** Decided after the first round trip: what goes in, and the snapshot that goes with it. */
  prepare: (existingRecords: BlockRecord[]) => { bodyXml: string; dataXml: string; numbered?: string };
  refusal: (found: Set<string>) => string | null;
}

async function insertAtCursor(plan: InsertPlan): Promise<InsertResult> {
  const previous = await readStoredReport();
  let syncs = 0;
  let numbered: string | undefined;
  await Word.run(async (context) => {
    const pre = queuePreflight(context);
    const selection = context.document.getSelection();
    selection.load("text");
    plan.queue?.(context, selection);
    await context.sync();
    syncs++;
    checkPreflight(pre);
    if (selection.text.trim() !== "") {
      // insertOoxml "Replace" on a selection would delete the selected words: never lose her text.
      throw new WordUserError("Bạn đang chọn (bôi đen) một đoạn văn bản, nên chèn vào sẽ xóa mất đoạn đó. Hãy bấm chuột vào chỗ cần chèn, không chọn chữ nào, rồi thử lại.");
    }
    const existing = new Set(ourControls(pre).map((c) => c.tag));
    const refusal = plan.refusal(existing);
    if (refusal) throw new WordUserError(refusal);

    const prepared = plan.prepare(previous?.content.blocks ?? []);
    numbered = prepared.numbered;
    await writeStoredXml(prepared.dataXml);
    try {
      selection.insertOoxml(insertPackage(prepared.bodyXml), "Replace");
      await context.sync();
      syncs++;
    } catch (err) {
      // Operations queued before the failing one may have landed: remove every control of ours that is new.
      try {
        const after = context.document.contentControls;
        after.load("items/tag");
        await context.sync();
        after.items.filter((c) => plan.tags.includes(c.tag) && !existing.has(c.tag)).forEach((c) => c.delete(false));
        await context.sync();
        syncs += 2;
      } finally {
        await restoreStored(previous);
      }
      throw err;
    }
  });
  return { blocks: plan.tags.length, syncs, ...(numbered ? { numbered } : {}) };
}

/** The whole report at the cursor: two round trips whatever its size. */
export async function insertWholeReport(model: ReportModel, source?: string): Promise<InsertResult> {
  const rendered = renderBlocks(model);
  return insertAtCursor({
    tags: model.blocks.map((b) => b.tag),
    prepare: () => ({ bodyXml: reportBodyXml(model, { forInsertion: true }, rendered), dataXml: dataPartFor(model, source, rendered) }),
    refusal: (found) => {
      // Only blocks this report would insert again count: her own headings may already be there.
      const twice = model.blocks.filter((b) => found.has(b.tag)).length;
      return twice > 0
        ? `Tài liệu đã có ${twice} khối của báo cáo. Hãy dùng "Cập nhật số liệu" để cập nhật chúng, hoặc mở một tài liệu mới để chèn toàn bộ báo cáo.`
        : null;
    },
  });
}

/** One block at the cursor; a numbered heading takes the number that follows the headings above the cursor. */
export async function insertOneBlock(model: ReportModel, block: Block, source?: string): Promise<InsertResult> {
  let paragraphsAbove: Word.ParagraphCollection | null = null;
  return insertAtCursor({
    tags: [block.tag],
    queue: block.heading
      ? (context, selection) => {
          // WordApi 1.3 can read just the part above the cursor; 1.1 reads the whole body (cursor assumed at the end).
          const above = supports("1.3") ? context.document.body.getRange("Start").expandTo(selection.getRange("Start")) : context.document.body;
          paragraphsAbove = above.paragraphs;
          paragraphsAbove.load("items/text");
        }
      : undefined,
    prepare: (existing) => {
      let chosen = block;
      let numbered: string | undefined;
      const texts = (paragraphsAbove as Word.ParagraphCollection | null)?.items.map((p) => p.text) ?? null;
      if (block.heading && texts) {
        numbered = formatNumber(nextNumberPath(texts, block.heading.level));
        chosen = renumberHeading(block, numbered);
      }
      const [record] = blockRecords(renderBlocks({ ...model, blocks: [chosen] }));
      const dataXml = buildDataPartXml({
        dataJson: JSON.stringify(model.data),
        blocks: [...existing.filter((b) => b.tag !== chosen.tag), record!],
        ...(source ? { source } : {}),
      });
      const layout = blockLayout(model, chosen);
      const xml = blockXml(chosen, layout);
      return { bodyXml: layout.landscape ? ownLandscapeSection(xml) : xml, dataXml, ...(numbered ? { numbered } : {}) };
    },
    refusal: (found) => (found.has(block.tag) ? `Khối "${block.title}" đã có trong tài liệu. Hãy dùng "Cập nhật số liệu" để cập nhật nó.` : null),
  });
}
