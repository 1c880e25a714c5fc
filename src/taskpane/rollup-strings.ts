import type { Lang } from "./i18n";

// The roll-up panel's own words, in its chunk: a province's tool is not part of every secretary's first screen.

const vi = {
  rollupNeedData: "Cần có báo cáo của cổng tỉnh hợp lệ (đơn vị, kỳ báo cáo, số liệu — mục 1 đến 5) trước khi tổng hợp các trang.",
  rollupCleared: "Đã bỏ các trang vừa tổng hợp: báo cáo trở về số liệu các trang có trong tệp số liệu hoặc báo cáo đang mở.",
  rollupDone: (used: number, leftOut: number, missing: number) =>
    `Đã tổng hợp: tính ${used} trang, không tính ${leftOut} tệp${missing ? `, còn ${missing} trang chưa gửi báo cáo` : ""} — chi tiết ở mục 10.`,
  rollupTooMany: (n: number, max: number) =>
    `Đã chọn ${n} tệp — nhiều hơn số trang một tỉnh có (tối đa ${max}); hãy chọn đúng các tệp báo cáo của các trang.`,
  rollupReviewUnreadable: (name: string, detail: string) => `Không đọc được "${name}": ${detail}`,
  busyRollup: (n: number) => `Đang đọc ${n} tệp của các trang…`,
  busyRollupReview: "Đang đọc báo cáo của trang…",
  rollupIntro:
    "Dành cho cổng tỉnh: chọn cùng lúc các tệp số liệu (.json) hoặc báo cáo (.docx do Soạn báo cáo tạo) mà các trang thành phần gửi về. Báo cáo có thêm mục “Hoạt động của các trang thông tin điện tử thành phần” và phụ lục thống kê từng trang. Danh sách các trang phải báo cáo lấy từ tệp số liệu của cổng tỉnh (sites.expected).",
  rollupFiles: "Chọn các tệp của các trang (chọn nhiều tệp một lúc)",
  rollupFilesHint: (period: string) => `Chỉ tính báo cáo ${period}; báo cáo kỳ khác, tệp trùng trang hoặc tệp lỗi được liệt kê kèm lý do.`,
  rollupResults: "Kết quả tổng hợp",
  rollupUsed: (n: number) => (n ? `Đã tính ${n} trang:` : "Chưa tính được trang nào trong các tệp vừa chọn."),
  rollupReplaced: "thay số liệu đã có của trang này",
  rollupKept: (names: readonly string[]) => `Giữ số liệu đã có của ${names.length} trang: ${names.join(", ")}.`,
  rollupLeftOut: (n: number) => `Không tính ${n} tệp:`,
  rollupReview: "Xem số liệu đọc được và đánh dấu",
  rollupMissing: (n: number) => `Chưa gửi báo cáo (${n} trang):`,
  rollupNoneMissing: (n: number) => `Tất cả ${n} trang trong danh sách đã gửi báo cáo.`,
  rollupNoList: "Tệp số liệu của cổng tỉnh không có danh sách các trang (sites.expected) nên không nêu được trang nào chưa gửi.",
  rollupNext: "Xem báo cáo ở mục 7; chèn vào Word hoặc bấm “Cập nhật số liệu” ở mục 8 khi có thêm báo cáo của các trang.",
  rollupClear: "Bỏ các trang vừa tổng hợp",
  rollupReviewTitle: (name: string) => `Số liệu đọc được từ ${name}`,
  rollupReviewPeriod: (period: string) => `Kỳ báo cáo đọc được: ${period}.`,
  rollupReviewNoPeriod: (period: string) => `Không đọc được kỳ báo cáo trong tệp: khi bấm tính, bạn xác nhận đây là báo cáo ${period}.`,
  rollupReviewName: "Tên trang (như sẽ ghi trong báo cáo tổng hợp)",
  rollupReviewNothing: "Không đọc được số liệu nào trong báo cáo này — hãy xin trang gửi tệp số liệu .json.",
  rollupReviewSentence: (sentence: string) => `Từ câu: “${sentence}”`,
  rollupReviewUse: (n: number) => (n ? `Tính trang này với ${n} số liệu đã đánh dấu` : "Đánh dấu các số liệu đúng để tính"),
  rollupReviewCancel: "Bỏ qua",
};

export type RollupStrings = typeof vi;

const en: RollupStrings = {
  rollupNeedData: "A valid province report (unit, period, figures — sections 1 to 5) is needed before rolling up the sites.",
  rollupCleared: "The sites just rolled up were removed: the report is back to the sites of the loaded data or open report.",
  rollupDone: (used, leftOut, missing) =>
    `Rolled up: ${used} sites counted, ${leftOut} files not counted${missing ? `, ${missing} sites still to report` : ""} — details in section 10.`,
  rollupTooMany: (n, max) => `${n} files picked — more than a province has sites (at most ${max}); pick the sites' report files.`,
  rollupReviewUnreadable: (name, detail) => `"${name}" cannot be read: ${detail}`,
  busyRollup: (n) => `Reading ${n} site files…`,
  busyRollupReview: "Reading the site's report…",
  rollupIntro:
    "For a province portal: pick, all at once, the data files (.json) or the reports (.docx made by this add-in) the component sites sent. The report gains a section on the component sites and an appendix with one row per site. The list of sites that must report comes from the province's data file (sites.expected).",
  rollupFiles: "Pick the sites' files (several at once)",
  rollupFilesHint: (period) =>
    `Only reports for ${period} count; other periods, a site given twice and broken files are listed with the reason.`,
  rollupResults: "Roll-up result",
  rollupUsed: (n) => (n ? `${n} sites counted:` : "None of the files picked could be counted."),
  rollupReplaced: "replaces this site's earlier figures",
  rollupKept: (names) => `Earlier figures of ${names.length} sites kept: ${names.join(", ")}.`,
  rollupLeftOut: (n) => `${n} files not counted:`,
  rollupReview: "See the figures read and tick them",
  rollupMissing: (n) => `Not reported yet (${n} sites):`,
  rollupNoneMissing: (n) => `All ${n} listed sites have reported.`,
  rollupNoList: "The province's data file lists no sites (sites.expected), so no missing site can be named.",
  rollupNext: "See the report in section 7; insert it, or press “Update figures” in section 8 when more sites report.",
  rollupClear: "Remove the sites just rolled up",
  rollupReviewTitle: (name) => `Figures read from ${name}`,
  rollupReviewPeriod: (period) => `Period read: ${period}.`,
  rollupReviewNoPeriod: (period) => `No period could be read: counting it confirms it is the report for ${period}.`,
  rollupReviewName: "Site name (as the roll-up will print it)",
  rollupReviewNothing: "No figure could be read from this report — ask the site for its .json data file.",
  rollupReviewSentence: (sentence) => `From: “${sentence}”`,
  rollupReviewUse: (n) => (n ? `Count this site with the ${n} ticked figures` : "Tick the right figures to count them"),
  rollupReviewCancel: "Skip",
};

export const ROLLUP_STRINGS: Record<Lang, RollupStrings> = { vi, en };
