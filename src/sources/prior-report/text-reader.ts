import { nfc } from "../../domain/text";
import type { ContentBlock, DocumentContent } from "./document-content";
import { PriorReportError } from "./prior-report-error";

// Text pasted or saved from a report: one paragraph per line; a table copied out of Word arrives as lines of
// tab-separated cells (a blank line may fall inside it, as copies from merged rows often do).

/** Far longer than any report; a text this large is the wrong file. */
export const MAX_TEXT_CHARS = 2_000_000;

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new PriorReportError(
      "tệp văn bản không ở mã UTF-8 — mở tệp bằng Notepad, chọn Lưu thành (Save As) với mã hóa UTF-8 rồi thử lại.",
    );
  }
}

export function readPlainText(textValue: string): DocumentContent {
  if (textValue.length > MAX_TEXT_CHARS) {
    throw new PriorReportError(
      `văn bản quá dài (${textValue.length} ký tự) — một báo cáo chỉ vài chục nghìn ký tự; kiểm tra lại có chọn đúng tệp không.`,
    );
  }
  const lines = nfc(textValue).replace(/\r\n?/g, "\n").split("\n");
  const blocks: ContentBlock[] = [];
  let table: string[][] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes("\t")) {
      const cells = line.split("\t").map((c) => c.trim());
      if (!table) {
        table = [];
        blocks.push({ kind: "table", rows: table });
      }
      table.push(cells);
      continue;
    }
    if (line.trim() === "") {
      // A blank line inside a table does not end it when the table resumes on the next non-blank line.
      if (table) {
        let j = i + 1;
        while (j < lines.length && lines[j]!.trim() === "") j++;
        if (j < lines.length && lines[j]!.includes("\t")) continue;
      }
      table = null;
      continue;
    }
    table = null;
    blocks.push({ kind: "paragraph", text: line.trim() });
  }
  return { blocks };
}
