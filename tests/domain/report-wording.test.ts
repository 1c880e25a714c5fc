import { sentenceCase } from "../../src/domain/text";
import { buildReport } from "../../src/domain/build-report";
import { exampleData } from "../helpers/report-fixtures";

// Wording details a reader would notice: names inside sentences, document breakdowns, repeated nouns.

// Upper-case unit names reused inside sentences (opening, closing, appendix reference).
test.each([
  ["BAN BIÊN TẬP TRANG THÔNG TIN ĐIỆN TỬ", "Ban biên tập trang thông tin điện tử"],
  ["BAN BIÊN TẬP CỔNG TTĐT TỈNH TRÀ VINH", "Ban biên tập cổng TTĐT tỉnh Trà Vinh"],
  ["UBND HUYỆN ĐAK ĐOA", "UBND huyện Đak Đoa"],
  ["UBND HUYỆN KRÔNG PẮC", "UBND huyện Krông Pắc"],
  ["VĂN PHÒNG UBND THÀNH PHỐ HỒ CHÍ MINH", "Văn phòng UBND thành phố Hồ Chí Minh"],
  ["BAN TUYÊN GIÁO TỈNH ỦY HẬU GIANG", "Ban tuyên giáo tỉnh ủy Hậu Giang"],
])("%s → %s", (upper, expected) => {
  expect(sentenceCase(upper)).toBe(expected);
});

test("a document count's breakdown comes before its comparison", () => {
  const data = exampleData();
  data.metrics.van_ban_chi_dao = 120;
  const stat = buildReport(data).blocks.find((b) => b.tag === "soanbaocao:stat:van_ban")!;
  const text = stat.content.kind === "paragraphs" ? stat.content.paragraphs[0]!.runs[0]!.text : "";
  expect(text).toBe(
    "Đã cập nhật 213 văn bản (trong đó có 120 văn bản chỉ đạo, điều hành), tăng 25 văn bản (13,3%) so với cùng kỳ năm 2020.",
  );
});

test("a comparison repeats a short noun, not the metric's whole description", () => {
  const data = exampleData();
  data.metrics.hoi_dap = 4;
  data.prior!.metrics.hoi_dap = 9;
  const stat = buildReport(data).blocks.find((b) => b.tag === "soanbaocao:stat:hoi_dap")!;
  const text = stat.content.kind === "paragraphs" ? stat.content.paragraphs[0]!.runs[0]!.text : "";
  expect(text).toBe("Chuyên mục hỏi - đáp đã có 04 câu hỏi được trả lời, giảm 05 câu hỏi (55,6%) so với cùng kỳ năm 2020.");
});

test("document kinds that outnumber the total are listed beside it, never 'among' it", () => {
  const data = exampleData();
  // Hậu Giang 2021: 49 documents, yet 303 work schedules.
  data.metrics = { van_ban: 49, lich_cong_tac: 303 };
  delete data.prior;
  const model = buildReport(data);
  const stat = model.blocks.find((b) => b.tag === "soanbaocao:stat:van_ban")!;
  const text = stat.content.kind === "paragraphs" ? stat.content.paragraphs[0]!.runs[0]!.text : "";
  expect(text).toBe("Đã cập nhật 49 văn bản và 303 lịch công tác.");
  expect(model.warnings.join(" ")).toContain("Tổng các loại văn bản chi tiết (303)");
});
