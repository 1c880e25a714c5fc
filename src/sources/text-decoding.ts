// Every text file the add-in reads — data files, unit lists, prior reports as text, .csv tables — is decoded here,
// strictly: UTF-8 (with or without a byte-order mark) or UTF-16 with its mark, as Notepad saves "UTF-8" and
// "Unicode". Anything else — "ANSI" (Windows-1258, TCVN3) above all — is refused with how to save it again,
// because a lenient decoder would print U+FFFD in place of every Vietnamese letter of an official document.

export class TextEncodingError extends Error {}

export const NOT_UTF8 =
  'tệp không ở mã UTF-8 (có thể được lưu dạng "ANSI" hoặc bảng mã cũ như TCVN3) — mở tệp bằng Notepad, chọn Lưu thành (Save As), ở ô Mã hóa (Encoding) chọn UTF-8, rồi thử lại.';

function decode(label: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch (err) {
    // A webview whose TextDecoder knows only UTF-8 (the legacy pane's polyfill) throws RangeError for UTF-16.
    if (err instanceof RangeError) {
      throw new TextEncodingError('tệp ở mã UTF-16 ("Unicode") mà Word này không đọc được — lưu lại tệp với mã hóa UTF-8 rồi thử lại.');
    }
    throw new TextEncodingError(NOT_UTF8);
  }
}

/** The text of a file's bytes; throws TextEncodingError, in Vietnamese, for any encoding but UTF-8/UTF-16. */
export function decodeTextFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode("utf-16be", bytes.subarray(2));
  return decode("utf-8", bytes).replace(/^\uFEFF/, "");
}
