import type { ReportModel } from "../domain/report-model";
import { dataPartFor } from "../render/block-fingerprint";
import { toBase64 } from "./base64";
import type { InsertResult } from "./insert-report";
import { writeStoredXml } from "./report-store";
import { supports } from "./word-capabilities";
import { failureAfterUndo, WordUserError } from "./word-errors";

// The whole ND30 document — A4, margins, page numbers from page 2, the landscape appendix, the embedded data —
// exactly as the CLI writes it. Content inserted with insertOoxml cannot carry section headers, so only a whole
// file can: Document.insertFileFromBase64 (WordApi 1.5) copies "headers, footers, watermarks, and other section
// properties" into this document; Application.createDocument (WordApi 1.3) opens the file as a new one.

async function reportDocxBase64(model: ReportModel, source?: string): Promise<string> {
  // The packager (and JSZip) load only when a whole file is asked for.
  const { buildDocx } = await import("../render/docx-package");
  return toBase64(await buildDocx(model, source ? { source } : {}));
}

const PAGE_SETUP_LEFT =
  "Nội dung báo cáo đã được gỡ khỏi văn bản, nhưng lề, khổ giấy và đầu trang của văn bản đã theo mẫu báo cáo: bấm Ctrl+Z (Hoàn tác) nếu muốn trả lại như trước.";
const REPORT_LEFT = "Văn bản còn nội dung báo cáo vừa chèn mà chưa được gắn số liệu: bấm Ctrl+Z (Hoàn tác) để gỡ, rồi thử lại.";

const NEW_WINDOW_NOTE =
  "Báo cáo đã được mở thành một văn bản mới (cửa sổ Word khác), đủ thể thức Nghị định 30: lề, khổ giấy, số trang từ trang 2 và phụ lục khổ ngang. Hãy lưu văn bản đó; để cập nhật số liệu sau này, mở ngăn Soạn báo cáo trong chính văn bản đó.";

/**
 * "Chèn toàn bộ báo cáo" into an empty document: the whole file into this one where Word can (1.5), else into a
 * new document (1.3). Null on WordApi 1.1: the caller then inserts at the cursor, and says the page setup stays.
 */
export async function intoEmptyDocument(
  context: Word.RequestContext,
  model: ReportModel,
  source: string | undefined,
): Promise<InsertResult | null> {
  if (supports("1.5")) {
    const base64 = await reportDocxBase64(model, source);
    context.document.insertFileFromBase64(base64, "Replace");
    await context.sync();
    try {
      // Custom XML parts of an inserted file come along only with importCustomXmlParts (WordApi 1.6): the
      // snapshot is written here, once, on every version.
      await writeStoredXml(dataPartFor(model, source));
    } catch (err) {
      // The report's text can be taken out again, but not what insertFileFromBase64 brought with it: her section's
      // page setup and headers are now the report's. So the document is never "as it was"; it is said what is
      // left, after reading the body back to see the clearing worked.
      let emptyAgain = false;
      try {
        const body = context.document.body;
        body.clear();
        body.load("text");
        await context.sync();
        emptyAgain = body.text.trim() === "";
      } catch {
        emptyAgain = false;
      }
      throw failureAfterUndo(err, "changed", emptyAgain ? PAGE_SETUP_LEFT : REPORT_LEFT);
    }
    return { blocks: model.blocks.length, syncs: 2, placed: "this-document" };
  }
  if (supports("1.3")) {
    await openNewDocument(context, model, source);
    return { blocks: model.blocks.length, syncs: 2, placed: "new-document", note: NEW_WINDOW_NOTE };
  }
  return null;
}

async function openNewDocument(context: Word.RequestContext, model: ReportModel, source: string | undefined): Promise<void> {
  const base64 = await reportDocxBase64(model, source);
  context.application.createDocument(base64).open();
  await context.sync();
}

/** "Mở thành văn bản mới": the whole ND30 document in a new window (WordApi 1.3). */
export async function openReportAsNewDocument(model: ReportModel, source?: string): Promise<InsertResult> {
  if (!supports("1.3")) {
    throw new WordUserError(
      'Phiên bản Word này không mở được văn bản mới từ add-in (cần Word 2019, Microsoft 365 hoặc Word trên web). Hãy dùng "Tải về .docx" rồi mở tệp đó, hoặc "Chèn toàn bộ báo cáo" vào văn bản đang mở.',
    );
  }
  await Word.run(async (context) => openNewDocument(context, model, source));
  return { blocks: model.blocks.length, syncs: 1, placed: "new-document", note: NEW_WINDOW_NOTE };
}
