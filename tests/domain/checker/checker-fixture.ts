import { checkReport } from "../../../src/domain/checker";
import type { CheckedBlock, CheckedDocument, Finding, RuleId } from "../../../src/domain/checker";
import type { Period } from "../../../src/domain/period";

// A small, correct report (6 tháng đầu năm 2026, dated 26/6/2026) whose parts a test replaces to put one error in.

export const HALF_2026: Period = { kind: "half", year: 2026, index: 1 };

export interface Parts {
  header?: string[][];
  summary?: string;
  body?: string[];
  recipients?: string;
  signature?: string;
  appendix?: string[][] | null;
}

export const BODY = [
  "Căn cứ Quy chế hoạt động của Trang thông tin điện tử xã, Ban Biên tập báo cáo như sau:",
  "I. KẾT QUẢ HOẠT ĐỘNG 6 THÁNG ĐẦU NĂM 2026",
  "1. Công tác cập nhật thông tin",
  "Trong 6 tháng đầu năm 2026, Trang đã đăng tải 60 tin, bài, tăng 6 tin, bài so với 6 tháng cuối năm 2025.",
  "2. Lượt truy cập",
  "Trang đã thu hút 48.530 lượt truy cập.",
  "II. ĐÁNH GIÁ CHUNG",
  "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026",
  "- Tiếp tục duy trì hoạt động của Trang.",
  "Trên đây là báo cáo kết quả hoạt động 6 tháng đầu năm 2026 của Ban Biên tập./.",
];

export const APPENDIX = [
  ["STT", "Tên đơn vị", "Tháng 1", "Tháng 2", "Tổng cộng"],
  ["I", "CÁC BỘ PHẬN", "", "", ""],
  ["1", "Văn phòng", "10", "12", "22"],
  ["2", "Phòng Kinh tế", "5", "", "5"],
  ["II", "CÁC TỔ CHỨC", "", "", ""],
  ["1", "Đoàn Thanh niên", "20", "13", "33"],
  ["", "Tổng cộng", "35", "25", "60"],
];

export function reportDocument(parts: Parts = {}): CheckedDocument {
  const p = (text: string): CheckedBlock => ({ kind: "paragraph", text });
  const blocks: CheckedBlock[] = [
    {
      kind: "table",
      rows: parts.header ?? [
        [
          "UBND XÃ IA GRAI\nBAN BIÊN TẬP\n\nSố: 07/BC-BBT",
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nIa Grai, ngày 26 tháng 6 năm 2026",
        ],
      ],
    },
    p("BÁO CÁO"),
    p(parts.summary ?? "Tình hình hoạt động Trang thông tin điện tử xã 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2026"),
    p(""),
    ...(parts.body ?? BODY).map(p),
    {
      kind: "table",
      rows: [
        [
          parts.recipients ?? "Nơi nhận:\n- Văn phòng UBND tỉnh;\n- Lưu: VT, BBT.",
          parts.signature ?? "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nRơ Châm H'Lan",
        ],
      ],
    },
  ];
  if (parts.appendix !== null) {
    blocks.push(p("PHỤ LỤC"), p("SỐ LƯỢNG TIN, BÀI 6 THÁNG ĐẦU NĂM 2026"), { kind: "table", rows: parts.appendix ?? APPENDIX });
  }
  return { blocks };
}

export function findingsOf(doc: CheckedDocument, rule?: RuleId, period: Period | null = HALF_2026): Finding[] {
  const all = checkReport(doc, { period }).findings;
  return rule ? all.filter((f) => f.rule === rule) : all;
}

/** The body with line `index` replaced. */
export function bodyWith(index: number, text: string): string[] {
  return BODY.map((l, i) => (i === index ? text : l));
}
