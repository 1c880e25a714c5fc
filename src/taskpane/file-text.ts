import { fileTooLarge, MAX_DATA_FILE_BYTES } from "../sources/limits";
import { decodeTextFile } from "../sources/text-decoding";

/** A Blob's bytes. The legacy pane passes a FileReader-based one: Blob.arrayBuffer is newer than IE 11. */
export type BytesOf = (file: Blob) => Promise<Uint8Array>;

const arrayBufferBytes: BytesOf = async (file) => new Uint8Array(await file.arrayBuffer());

/**
 * A picked text file (data file, unit list) as text: refused by size before it is read, then decoded strictly
 * (UTF-8 or UTF-16 with its mark; src/sources/text-decoding.ts). The message is hers to read. Both panes use it.
 */
export async function readTextFile(
  file: Blob,
  bytesOf: BytesOf = arrayBufferBytes,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > MAX_DATA_FILE_BYTES) return { ok: false, message: fileTooLarge(file.size) };
  const bytes = await bytesOf(file);
  try {
    return { ok: true, text: decodeTextFile(bytes) };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
