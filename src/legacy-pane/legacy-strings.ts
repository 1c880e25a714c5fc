// Words only the legacy pane shows; everything it shares with the modern pane comes from src/taskpane/i18n.ts.
// Vietnamese only: the hosts that get this pane are Vietnamese offices' Word 2016/2019.

export const LEGACY = {
  modeWord: "Đang làm việc trong Word (bản rút gọn cho Word 2016, 2019): báo cáo được chèn sau đoạn có con trỏ.",
  modeStandalone:
    "Bản rút gọn chỉ chạy trong Word. Để soạn và tải về tệp .docx ngoài Word, hãy mở trang này bằng Microsoft Edge, Chrome hoặc Firefox.",
  noUnit: "(chưa có đơn vị — nhập danh sách đơn vị hoặc mở tệp số liệu)",
  periodPart: "Quý / tháng / nửa năm",
  dataSection: "3. Tệp số liệu",
  figuresSection: "4. Số liệu",
  figureColumn: "Chỉ tiêu",
  thisColumn: "Kỳ này",
  priorColumn: "Kỳ so sánh",
  tableFile: "Bảng đơn vị gửi tin, bài (.csv hoặc .xlsx)",
  tableEmpty: "Chưa có bảng đơn vị: mở tệp số liệu có bảng, hoặc nhập tệp .csv/.xlsx.",
  tableHolds: (units: number, groups: number) => `Bảng đơn vị có ${units} đơn vị trong ${groups} nhóm.`,
  wordSection: "5. Chèn vào Word",
  keptTitle: "Các khối đã được sửa tay nên được giữ nguyên. Chọn khối muốn ghi đè bằng số liệu mới:",
  overwriteChosen: "Ghi đè các khối đã chọn",
  notInWord: "Chưa kết nối với Word: hãy mở ngăn này từ Word (Chèn › Phần bổ trợ của tôi › Soạn báo cáo).",
  whatIsMissing:
    "Bản rút gọn không có: thêm, sửa đơn vị; bảng nhập tay; xem trước; đọc báo cáo kỳ trước; lưu tệp số liệu. Các việc đó có trên Word 2021, 2024, Microsoft 365, hoặc Word 2016/2019 bán lẻ khi máy cài Microsoft Edge WebView2 Runtime.",
  wordTooOld:
    "Word này không hỗ trợ phần bổ trợ Soạn báo cáo (cần Word 2016 trở lên). Có thể soạn báo cáo và tải về tệp .docx bằng cách mở trang này trong Microsoft Edge, Chrome hoặc Firefox.",
  startFailed: (detail: string) =>
    `Soạn báo cáo không khởi động được trong Word này (${detail}). Ngăn chạy trên Word 2016 trở lên; ngoài Word, mở trang này bằng Microsoft Edge, Chrome hoặc Firefox để soạn và tải về tệp .docx.`,
};
