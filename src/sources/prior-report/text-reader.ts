import { nfc } from "../../domain/text";
import type { ContentBlock, DocumentContent } from "./document-content";
import { PriorReportError } from "./prior-report-error";
import { decodeTextFile } from "../text-decoding";
import { MAX_PARAGRAPHS, MAX_TEXT_CHARS } from "./reader-limits";

// Text pasted or saved from a report: one paragraph per line; a table copied out of Word arrives as lines of
// tab-separated cells (a blank line may fall inside it, as copies from merged rows often do).

/** A text file's bytes as text (src/sources/text-decoding.ts), refused in the prior-report reader's own error. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return decodeTextFile(bytes);
  } catch (err) {
    throw new PriorReportError(err instanceof Error ? err.message : String(err));
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
  let paragraphs = 0;
  for (const line of lines) {
    // A blank line inside a table does not end it: the next line with text decides (cells continue the table,
    // a paragraph ends it), so blank lines are passed over — one pass, no look-ahead per blank line.
    if (line.trim() === "") continue;
    if (++paragraphs > MAX_PARAGRAPHS) {
      throw new PriorReportError(
        `văn bản có hơn ${MAX_PARAGRAPHS.toLocaleString("vi-VN")} dòng — một báo cáo chỉ vài trăm dòng; kiểm tra lại có chọn đúng tệp không.`,
      );
    }
    if (line.includes("\t")) {
      const cells = line.split("\t").map((c) => c.trim());
      if (!table) {
        table = [];
        blocks.push({ kind: "table", rows: table });
      }
      table.push(cells);
      continue;
    }
    table = null;
    blocks.push({ kind: "paragraph", text: line.trim() });
  }
  return { blocks };
}
