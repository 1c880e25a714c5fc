import { DataPartError } from "../render/data-part";
import { OfficeAsyncError } from "./office-async";

// Every failure that reaches the secretary is a Vietnamese sentence saying what happened and what to do.

/** A refusal we decided on (track changes on, block already there): its message is already for the user. */
export class WordUserError extends Error {}

/** What a failed operation left behind, checked after its undo (never assumed). */
export type DocumentState = "unchanged" | "changed";

/**
 * A Word failure after which the add-in undid what it could and then checked the document: the message says
 * what went wrong and what is left, and keeps Word's original error as `original`.
 */
export class WordOperationError extends WordUserError {
  constructor(
    message: string,
    readonly state: DocumentState,
    readonly original: unknown,
  ) {
    super(message);
  }
}

const UNCHANGED = "Tài liệu được giữ nguyên như trước khi thao tác.";

// What each code means for her; whether the document is unchanged is said only where it was checked.
const BY_CODE: Record<string, string> = {
  AccessDenied:
    "Word không cho phép sửa tài liệu này (tài liệu đang được bảo vệ hoặc chỉ đọc). Hãy bỏ bảo vệ (Review › Restrict Editing › Stop Protection) hoặc lưu một bản có thể sửa, rồi thử lại.",
  NotAllowed:
    "Word không cho phép thao tác này ở vị trí hiện tại (ví dụ con trỏ đang nằm trong một khối được khóa hoặc trong đầu trang). Hãy đặt con trỏ vào nội dung văn bản rồi thử lại.",
  ItemNotFound: "Không tìm thấy một khối của báo cáo — có thể khối đó vừa bị xóa trong lúc cập nhật. Hãy thử lại.",
  InvalidArgument: "Word từ chối nội dung được chèn. Hãy báo cho nhóm phát triển kèm tệp số liệu.",
  GeneralException: "Word gặp lỗi khi thực hiện thao tác. Hãy lưu tài liệu, đóng rồi mở lại và thử lần nữa.",
  RequestPayloadSizeLimitExceeded: "Báo cáo quá lớn để chèn một lần trong Word trên web. Hãy chèn từng khối, hoặc dùng Word trên máy tính.",
  ActivityLimitReached: "Word đang bận xử lý quá nhiều thao tác. Hãy đợi một lát rồi thử lại.",
  ApiNotFound: "Phiên bản Word này chưa hỗ trợ chức năng cần dùng. Hãy cập nhật Office (cần Word 2016 trở lên).",
};

/** Viewing mode (Word on the web) and read-only files answer the first write with GeneralException (office-js #5484). */
export const READ_ONLY_MESSAGE =
  "Word không cho sửa tài liệu này — thường là vì tài liệu đang ở chế độ Xem (Viewing) hoặc được mở chỉ đọc. Hãy chuyển sang chế độ Chỉnh sửa (Editing) — trên Word cho web: nút Viewing › Editing; trên máy tính: bấm Enable Editing, hoặc lưu một bản sao — rồi thử lại.";

export function errorCode(err: unknown): string {
  return typeof err === "object" && err !== null && "code" in err ? String((err as { code: unknown }).code) : "";
}

/** Where Word says the batch failed ("Paragraph.insertParagraph"), if it says. */
export function errorLocation(err: unknown): string {
  const info =
    typeof err === "object" && err !== null && "debugInfo" in err
      ? (err as { debugInfo?: { errorLocation?: unknown } }).debugInfo
      : undefined;
  return typeof info?.errorLocation === "string" ? info.errorLocation : "";
}

export function describeWordError(err: unknown): string {
  if (err instanceof WordUserError) return err.message;
  if (err instanceof DataPartError) return `Dữ liệu lưu trong tài liệu không đọc được: ${err.message} Hãy chèn lại báo cáo từ tệp số liệu.`;
  if (err instanceof OfficeAsyncError) {
    return `Không lưu được số liệu vào tài liệu (mã lỗi Office ${String(err.code)}). Hãy lưu tài liệu rồi thử lại.`;
  }
  const code = errorCode(err);
  const known = BY_CODE[code];
  if (known) return known;
  const detail = err instanceof Error ? err.message : String(err);
  return `Có lỗi khi làm việc với Word${code ? ` (mã ${code})` : ""}: ${detail}. Hãy thử lại.`;
}

/** The message for a failure whose aftermath was checked: the cause, then what the document is like now. */
export function failureAfterUndo(err: unknown, state: DocumentState, leftover?: string): WordOperationError {
  const cause = describeWordError(err);
  const after =
    state === "unchanged"
      ? UNCHANGED
      : (leftover ?? "Tài liệu có thể còn sót một phần nội dung vừa chèn: hãy bấm Ctrl+Z (Hoàn tác) hoặc kiểm tra lại trước khi lưu.");
  return new WordOperationError(`${cause} ${after}`, state, err);
}
