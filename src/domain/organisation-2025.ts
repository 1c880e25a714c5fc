import type { DocumentFormat } from "./document-format";

// Names as they are after the 2025 reorganisation, as data: no district level from 1 July 2025 (provinces and
// cities, then communes, wards and special zones); Bộ/Sở Thông tin và Truyền thông merged into Khoa học và
// Công nghệ from 1 March 2025, electronic information going to Văn hóa, Thể thao và Du lịch; the Party's Ban
// Tuyên giáo and Ban Dân vận merged. Only suggestions: the unit's own text is always what is printed, and
// nothing in the engine assumes a province > district > commune chain.

export interface Suggestion {
  text: string;
  /** Why it is current (the change it follows). */
  since?: string;
}

/** Examples shown beside the governing-body field. */
export const GOVERNING_BODY_EXAMPLES: Record<DocumentFormat, readonly string[]> = {
  nd30: ["UBND XÃ IA GRAI", "UBND PHƯỜNG PLEIKU", "UBND TỈNH GIA LAI"],
  hd36: ["TỈNH ỦY GIA LAI", "ĐẢNG ỦY XÃ IA GRAI"],
};

/** Usual recipients of a portal's report, for the unit form's "Thêm" buttons. */
export const RECIPIENT_SUGGESTIONS: Record<DocumentFormat, readonly Suggestion[]> = {
  nd30: [
    { text: "Văn phòng UBND tỉnh" },
    { text: "Sở Văn hóa, Thể thao và Du lịch", since: "thông tin điện tử thuộc ngành văn hóa từ 01/3/2025" },
    { text: "Sở Khoa học và Công nghệ", since: "thay Sở Thông tin và Truyền thông từ 01/3/2025" },
    { text: "Thường trực Đảng ủy xã" },
    { text: "Chủ tịch, các Phó Chủ tịch UBND xã" },
    { text: "Thành viên Ban Biên tập" },
  ],
  hd36: [
    { text: "Thường trực Tỉnh ủy" },
    { text: "Văn phòng Tỉnh ủy" },
    { text: "Ban Tuyên giáo và Dân vận Tỉnh ủy", since: "hợp nhất Ban Tuyên giáo và Ban Dân vận năm 2025" },
    { text: "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy" },
  ],
};
