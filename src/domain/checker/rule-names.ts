import type { RuleId } from "./finding";

/** What each rule checks, as the pane titles its group of findings. */
export const RULE_TITLES: Record<RuleId, string> = {
  "stale-period": "Kỳ báo cáo còn sót từ kỳ trước",
  "heading-numbering": "Đánh số đề mục",
  "stt-sequence": "Số thứ tự (STT) trong bảng",
  "table-arithmetic": "Cộng số trong bảng",
  "text-table-mismatch": "Số trong lời văn khác số trong bảng",
  "number-format": "Cách viết số",
  "nd30-form": "Thể thức văn bản",
  "outdated-reference": "Tên gọi, văn bản đã thay đổi",
};
