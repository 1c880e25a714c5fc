import { DataPartError } from "../render/data-part";
import { OfficeAsyncError } from "./office-async";

// Every failure that reaches the secretary is a Vietnamese sentence saying what happened and what to do.

/** A refusal we decided on (track changes on, block already there): its message is already for the user. */
export class WordUserError extends Error {}

const BY_CODE: Record<string, string> = {
  AccessDenied:
    "Word không cho phép sửa tài liệu này (tài liệu đang được bảo vệ hoặc chỉ đọc). Hãy bỏ bảo vệ (Review › Restrict Editing › Stop Protection) hoặc lưu một bản có thể sửa, rồi thử lại.",
  NotAllowed:
    "Word không cho phép thao tác này ở vị trí hiện tại (ví dụ con trỏ đang nằm trong một khối được khóa hoặc trong đầu trang). Hãy đặt con trỏ vào nội dung văn bản rồi thử lại.",
  ItemNotFound:
    "Không tìm thấy một khối của báo cáo — có thể khối đó vừa bị xóa trong lúc cập nhật. Tài liệu được giữ nguyên; hãy thử lại.",
  InvalidArgument:
    "Word từ chối nội dung được chèn. Tài liệu được giữ nguyên; hãy báo cho nhóm phát triển kèm tệp số liệu.",
  GeneralException:
    "Word gặp lỗi khi thực hiện thao tác. Tài liệu được giữ nguyên; hãy lưu tài liệu, đóng rồi mở lại và thử lần nữa.",
  RequestPayloadSizeLimitExceeded:
    "Báo cáo quá lớn để chèn một lần trong Word trên web. Hãy chèn từng khối, hoặc dùng Word trên máy tính.",
  ActivityLimitReached:
    "Word đang bận xử lý quá nhiều thao tác. Hãy đợi một lát rồi thử lại.",
  ApiNotFound:
    "Phiên bản Word này chưa hỗ trợ chức năng cần dùng. Hãy cập nhật Office (cần Word 2016 trở lên).",
};

export function describeWordError(err: unknown): string {
  if (err instanceof WordUserError) return err.message;
  if (err instanceof DataPartError) return `Dữ liệu lưu trong tài liệu không đọc được: ${err.message} Hãy chèn lại báo cáo từ tệp số liệu.`;
  if (err instanceof OfficeAsyncError) {
    return `Không lưu được số liệu vào tài liệu (mã lỗi Office ${String(err.code)}). Tài liệu được giữ nguyên; hãy lưu tài liệu rồi thử lại.`;
  }
  const code = typeof err === "object" && err !== null && "code" in err ? String((err as { code: unknown }).code) : "";
  const known = BY_CODE[code];
  if (known) return known;
  const detail = err instanceof Error ? err.message : String(err);
  return `Có lỗi khi làm việc với Word${code ? ` (mã ${code})` : ""}: ${detail}. Tài liệu được giữ nguyên; hãy thử lại.`;
}
