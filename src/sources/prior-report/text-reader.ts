import { nfc } from "../../domain/text";
import type { ContentBlock, DocumentContent } from "./document-content";
import { PriorReportError } from "./prior-report-error";
import { decodeTextFile } from "../text-decoding";

// Text pasted or saved from a report: one paragraph per line; a table copied out of Word arrives as lines of
// tab-separated cells (a blank line may fall inside it, as copies from merged rows often do).

/** Far longer than any report; a text this large is the wrong file. */
export const MAX_TEXT_CHARS = 2_000_000;

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
