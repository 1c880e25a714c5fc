import { readFileSync } from "node:fs";
import * as path from "node:path";
import { parseReportData } from "../../src/sources/data-file";
import type { ReportData } from "../../src/domain/report-data";
import { buildReport } from "../../src/domain/build-report";
import { buildDocx } from "../../src/render/docx-package";

// Last period's reports for the "Lấy số liệu kỳ trước" tests: one made by the engine from the example (first half
// of 2021), and one written by hand for these tests in the style of the real reports (its sentences are ours).

export const EXAMPLE = path.resolve(__dirname, "../../examples/dak-doa-6-thang-2021.json");

export function exampleData(): ReportData {
  const parsed = parseReportData(readFileSync(EXAMPLE, "utf8"));
  if (!parsed.ok) throw new Error("the example data file must be valid");
  return parsed.data;
}

/** This period: the example moved to the second half of 2021, without any prior figures of its own. */
export function secondHalfData(): ReportData {
  const { prior: _prior, ...data } = exampleData();
  void _prior;
  return {
    ...data,
    period: { kind: "half", year: 2021, index: 2 },
    report: { number: "02", date: "2022-01-10" },
    asOf: "2021-12-31",
    metrics: { tin_bai: 275, van_ban: 190, chuyen_muc: 2, luot_truy_cap: 11_020, luot_truy_cap_luy_ke: { value: 107_831 } },
  };
}

/** The .docx the engine makes for last period (the example), embedded data included. */
export async function lastPeriodDocx(): Promise<Uint8Array> {
  return buildDocx(buildReport(exampleData()));
}

const HEADER = `UBND HUYỆN KBANG
BAN BIÊN TẬP
Số: 03/BC-BBT
Kbang, ngày 02 tháng 7 năm 2021

BÁO CÁO
`;

const BODY = `Thực hiện chỉ đạo của Ủy ban nhân dân huyện, Ban Biên tập tổng hợp kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
- Sáu tháng qua, Ban Biên tập đã duyệt và cho đăng 318 tin, bài phản ánh hoạt động của các cơ quan, địa phương, kèm theo 605 ảnh minh họa.
- Đăng tải 174 văn bản chỉ đạo, điều hành của huyện để cán bộ và người dân tra cứu.
- Trang ghi nhận khoảng 12.000 lượt truy cập trong kỳ.
- Đã phát hành 9 bản tin nội bộ gửi các xã, thị trấn.
`;

/** A hand-written report of the first half of 2021: four figures to map, one ("bản tin nội bộ") to leave alone. */
export const HAND_WRITTEN = `${HEADER}Hoạt động Trang thông tin điện tử huyện 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2021

${BODY}II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2021
- Tiếp tục nâng cao chất lượng tin, bài.
Trên đây là báo cáo của Ban Biên tập./.
`;

/** The same report with no period named anywhere: the reader cannot say which period its figures are. */
export const HAND_WRITTEN_NO_PERIOD = `${HEADER}Hoạt động Trang thông tin điện tử huyện

${BODY}Trên đây là báo cáo của Ban Biên tập./.
`;
