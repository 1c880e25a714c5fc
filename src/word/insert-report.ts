import { TAG_PREFIX, renumberHeading, type Block, type ReportModel } from "../domain/report-model";
import { formatNumber, nextNumberPath } from "../domain/numbering";
import { blockXml } from "../render/blocks";
import { blockRecords, dataPartFor } from "../render/block-fingerprint";
import { blockLayout, ownLandscapeSection, renderBlocks, reportBodyXml } from "../render/document";
import { insertPackage } from "../render/flat-package";
import { buildDataPartXml, type BlockRecord } from "../render/data-part";
import { checkPreflight, ourControls, queuePreflight } from "./block-guard";
import { sectionPropsOf } from "./ooxml-package";
import { assertStorable, readStoredReport, writeStoredXml, type StoredReport } from "./report-store";
import { undoInsert, type InsertUndo } from "./undo-insert";
import { supports } from "./word-capabilities";
import { errorCode, errorLocation, failureAfterUndo, READ_ONLY_MESSAGE, WordOperationError, WordUserError } from "./word-errors";

// Inserting at the cursor. Word's cursor is always inside a paragraph, and insertOoxml there merges the first
// and last inserted paragraphs with hers and leaves stray empty ones (office-js #2914, #2411, #3222). So the
// report never goes in at the cursor itself: an empty paragraph is added after hers and that paragraph is
// replaced, as Microsoft's own advice for inserting controls goes (office-js
// #866). Her text and its formatting are never touched. The snapshot is written only after the body changed;
// a failure is undone (our controls, then the paragraphs we added) and the document is checked before the
// message says what is left.

export interface InsertResult {
  blocks: number;
  /** context.sync round trips used. */
  syncs: number;
  /** Heading numbers chosen to follow the document ("III." after "II."). */
  numbered?: string;
  /** Word recorded the insert as tracked changes (hosts without WordApi 1.4 cannot be asked beforehand). */
  tracked?: boolean;
  /** Where the report went: at the cursor, as the whole ND30 file into this empty document, or into a new one. */
  placed: "cursor" | "this-document" | "new-document";
  /** What she should know about where it went (a new window; page setup not applied). */
  note?: string;
  /** What "Hoàn tác chèn" needs to take this insert out again (cursor inserts only). */
  undo?: InsertUndo;
}

export interface InsertOptions {
  /**
   * "auto" (the pane's default): into an empty document the whole ND30 file goes in, with its margins and page
   * numbers (see whole-document.ts); elsewhere at the cursor. "cursor": always at the cursor.
   */
  mode?: "auto" | "cursor";
}

interface Prepared {
  bodyXml: string;
  dataXml: string;
  numbered?: string;
}

interface InsertPlan {
  tags: readonly string[];
  /** Whether the content starts a section of its own, so the break before it needs her section's properties. */
  landscapeSection: boolean;
  /** Extra loads for the first round trip; `bodyParagraphs` is already loaded with every paragraph's text. */
  queue?: (context: Word.RequestContext, selection: Word.Range, bodyParagraphs: Word.ParagraphCollection) => void;
  /** Decided after the first round trip: what goes in, and the snapshot that goes with it. */
  prepare: (existingRecords: BlockRecord[], hostSection: string | undefined) => Prepared;
  refusal: (found: Set<string>) => string | null;
  /** For the whole report in "auto" mode: what to do instead when the document is empty. */
  whenEmpty?: (context: Word.RequestContext, previous: StoredReport | null) => Promise<InsertResult | null>;
}

const IN_BLOCK =
  'Con trỏ đang nằm trong khối "{title}" của báo cáo, nên nội dung chèn vào sẽ lồng vào khối đó và bị xóa ở lần cập nhật sau. Hãy đặt con trỏ vào một đoạn văn ngoài các khối của báo cáo (ví dụ một dòng trống sau báo cáo), rồi thử lại.';
const IN_TABLE =
  "Con trỏ đang nằm trong một ô của bảng. Báo cáo (có bảng và khung tiêu đề) không chèn được vào trong ô bảng: hãy đặt con trỏ vào một đoạn văn ngoài bảng, rồi thử lại.";
const PAGE_SETUP_KEPT =
  'Phiên bản Word này không nhận cả tệp báo cáo, nên lề, khổ giấy và số trang vẫn theo văn bản đang mở. Để có đủ thể thức Nghị định 30, hãy dùng "Tải về .docx".';
const SELECTED =
  "Bạn đang chọn (bôi đen) một đoạn văn bản, nên chèn vào sẽ xóa mất đoạn đó. Hãy bấm chuột vào chỗ cần chèn, không chọn chữ nào, rồi thử lại.";

async function insertAtCursor(plan: InsertPlan): Promise<InsertResult> {
  const previous = await readStoredReport();
  let syncs = 0;
  let outcome: InsertResult | null = null;
  await Word.run(async (context) => {
    const pre = queuePreflight(context);
    const selection = context.document.getSelection();
    selection.load("text");
    // Navigation properties are proxies, loaded in this same round trip (the lint rule takes them for values).
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    const cursorParagraphs = selection.paragraphs;
    // tableNestingLevel and parentContentControlOrNullObject are WordApi 1.3; on 1.1 neither check can run.
    cursorParagraphs.load(supports("1.3") ? "items/text,items/tableNestingLevel" : "items/text");
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    const parentControl = supports("1.3") ? selection.parentContentControlOrNullObject : null;
    parentControl?.load("tag,title");
    // Every paragraph's text: how an undo proves the document is as it was (and spots an empty document).
    const bodyParagraphs = context.document.body.paragraphs;
    bodyParagraphs.load("items/text");
    const section = plan.landscapeSection ? selection.getOoxml() : null;
    plan.queue?.(context, selection, bodyParagraphs);
    await context.sync();
    syncs++;
    checkPreflight(pre);
    if (selection.text.trim() !== "") throw new WordUserError(SELECTED);
    const existing = new Set(ourControls(pre).map((c) => c.tag));
    const refusal = plan.refusal(existing);
    if (refusal) throw new WordUserError(refusal);
    if (parentControl && !parentControl.isNullObject && parentControl.tag.startsWith(TAG_PREFIX)) {
      throw new WordUserError(IN_BLOCK.replace("{title}", parentControl.title || parentControl.tag));
    }
    if (supports("1.3") && cursorParagraphs.items.some((p) => p.tableNestingLevel > 0)) throw new WordUserError(IN_TABLE);

    const paragraphsBefore = bodyParagraphs.items.map((p) => p.text);
    let note: string | undefined;
    if (
      plan.whenEmpty &&
      pre.controls.items.length === 0 &&
      paragraphsBefore.every((t) => t.trim() === "") &&
      paragraphsBefore.length <= 1
    ) {
      outcome = await plan.whenEmpty(context, previous);
      if (outcome) return;
      note = PAGE_SETUP_KEPT;
    }

    // The package's last w:sectPr is that of the section holding the range (see ooxml-package.ts).
    let hostSection: string | undefined;
    try {
      hostSection = section ? (sectionPropsOf(section.value) ?? undefined) : undefined;
    } catch {
      hostSection = undefined;
    }
    const prepared = plan.prepare(previous?.content.blocks ?? [], hostSection);
    assertStorable(prepared.dataXml);
    const undo: InsertUndo = { tags: [...plan.tags], existingTags: [...existing], paragraphsBefore, previous };

    // Always a new paragraph, even after an empty one of hers: her paragraph (and a section break it may end)
    // stays exactly as it was, and the first write is one that cannot fail for its content — so a
    // GeneralException there means Word refuses every write (Viewing mode, a read-only file).
    const target = cursorParagraphs.items[cursorParagraphs.items.length - 1]!;
    const anchor = target.insertParagraph("", "After");
    const inserted = anchor.insertOoxml(insertPackage(prepared.bodyXml), "Replace");
    // Without WordApi 1.4 tracking cannot be asked beforehand: look for revision marks in what went in.
    const probe = supports("1.4") ? null : (supports("1.3") ? inserted.paragraphs.getFirst() : inserted).getOoxml();
    try {
      await context.sync();
      syncs++;
    } catch (err) {
      throw await failed(context, err, undo, errorCode(err) === "GeneralException" && errorLocation(err) === "Paragraph.insertParagraph");
    }
    try {
      await writeStoredXml(prepared.dataXml);
    } catch (err) {
      throw await failed(context, err, undo, false);
    }
    outcome = {
      blocks: plan.tags.length,
      syncs,
      placed: "cursor",
      undo,
      ...(note ? { note } : {}),
      ...(probe && /<w:ins\b/.test(probe.value) ? { tracked: true } : {}),
      ...(prepared.numbered ? { numbered: prepared.numbered } : {}),
    };
  });
  return outcome!;
}

/** Undoes a failed insert, checks the document, and says both what failed and what is left. */
async function failed(context: Word.RequestContext, err: unknown, undo: InsertUndo, mayBeReadOnly: boolean): Promise<WordOperationError> {
  const state = await undoInsert(context, undo).catch(() => "changed" as const);
  if (mayBeReadOnly && state === "unchanged") return failureAfterUndo(new WordUserError(READ_ONLY_MESSAGE), state);
  return failureAfterUndo(err, state);
}

/** The whole report at the cursor: two round trips whatever its size (into an empty document, see options). */
export async function insertWholeReport(model: ReportModel, source?: string, options: InsertOptions = {}): Promise<InsertResult> {
  const rendered = renderBlocks(model);
  const hasAppendix = model.blocks.some((b) => b.part === "appendix");
  return insertAtCursor({
    tags: model.blocks.map((b) => b.tag),
    landscapeSection: hasAppendix,
    prepare: (_existing, hostSection) => ({
      bodyXml: reportBodyXml(model, { forInsertion: true, ...(hostSection ? { hostSection } : {}) }, rendered),
      dataXml: dataPartFor(model, source, rendered),
    }),
    refusal: (found) => {
      // Only blocks this report would insert again count: her own headings may already be there.
      const twice = model.blocks.filter((b) => found.has(b.tag)).length;
      return twice > 0
        ? `Tài liệu đã có ${twice} khối của báo cáo. Hãy dùng "Cập nhật số liệu" để cập nhật chúng, hoặc mở một tài liệu mới để chèn toàn bộ báo cáo.`
        : null;
    },
    ...((options.mode ?? "auto") === "auto"
      ? {
          whenEmpty: async (context: Word.RequestContext) => (await import("./whole-document")).intoEmptyDocument(context, model, source),
        }
      : {}),
  });
}

/** One block at the cursor; a numbered heading takes the number that follows the headings above the cursor. */
export async function insertOneBlock(model: ReportModel, block: Block, source?: string): Promise<InsertResult> {
  let paragraphsAbove: Word.ParagraphCollection | null = null;
  const layout = blockLayout(model, block);
  return insertAtCursor({
    tags: [block.tag],
    landscapeSection: layout.landscape,
    queue: block.heading
      ? (context, selection, bodyParagraphs) => {
          // WordApi 1.3 can read just the part above the cursor; 1.1 uses the whole body, already being read
          // (cursor assumed at the end).
          if (!supports("1.3")) {
            paragraphsAbove = bodyParagraphs;
            return;
          }
          paragraphsAbove = context.document.body.getRange("Start").expandTo(selection.getRange("Start")).paragraphs;
          paragraphsAbove.load("items/text");
        }
      : undefined,
    prepare: (existing, hostSection) => {
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
      const xml = blockXml(chosen, layout);
      return { bodyXml: layout.landscape ? ownLandscapeSection(xml, hostSection) : xml, dataXml, ...(numbered ? { numbered } : {}) };
    },
    refusal: (found) =>
      found.has(block.tag) ? `Khối "${block.title}" đã có trong tài liệu. Hãy dùng "Cập nhật số liệu" để cập nhật nó.` : null,
  });
}

/** "Hoàn tác chèn": takes out what an insert added (after tracked changes were found, for instance). */
export async function undoLastInsert(undo: InsertUndo): Promise<string> {
  const state = await Word.run(async (context) => undoInsert(context, undo));
  return state === "unchanged"
    ? "Đã gỡ phần báo cáo vừa chèn; tài liệu trở lại như trước khi chèn."
    : "Đã gỡ các khối của báo cáo vừa chèn, nhưng tài liệu đã được sửa thêm từ đó nên có thể còn dòng trống hoặc dấu ngắt phần: hãy kiểm tra lại.";
}
