/** Data files are small; anything this large is the wrong file, and parsing it would freeze the pane. */
export const MAX_DATA_FILE_CHARS = 5_000_000;

/** The same limit in bytes, checked before a file is read at all (UTF-8 takes up to 3 bytes per Vietnamese letter). */
export const MAX_DATA_FILE_BYTES = 16 * 1024 * 1024;

/** Her words for a file refused by size before it is read. */
export function fileTooLarge(bytes: number): string {
  return `tệp quá lớn (${Math.round(bytes / (1024 * 1024))} MB); tệp số liệu thường chỉ vài chục KB — kiểm tra lại có chọn đúng tệp không.`;
}
