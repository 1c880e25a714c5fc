import { readFileSync } from "fs";
import { join } from "path";
import { buildReport, reportSymbol } from "../../src/domain/build-report";
import { budgetSentences, budgetWarnings } from "../../src/domain/budget";
import { validateReportData } from "../../src/sources/data-file";
import { exampleData } from "../helpers/report-fixtures";
import type { Block, ReportModel } from "../../src/domain/report-model";
import type { ReportData } from "../../src/domain/report-data";

type Json = Record<string, unknown>;
const example = JSON.parse(readFileSync(join(__dirname, "../../examples/dak-doa-6-thang-2021.json"), "utf8")) as Json;

function valid(changes: Json = {}): ReportData {
  const result = validateReportData({ ...structuredClone(example), ...changes });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.data;
}

function block(model: ReportModel, id: string): Block {
  const found = model.blocks.find((b) => b.tag === `soanbaocao:${id}`);
  if (!found) throw new Error(`no block ${id}; have ${model.blocks.map((b) => b.tag).join(" ")}`);
  return found;
}

function lines(model: ReportModel, id: string): string[] {
  const content = block(model, id).content;
  if (content.kind !== "paragraphs") throw new Error(`${id} is ${content.kind}`);
  return content.paragraphs.map((p) => p.runs.map((r) => r.text).join(""));
}

const headings = (model: ReportModel) =>
  model.blocks.filter((b) => b.kind === "heading").map((b) => lines(model, b.tag.slice("soanbaocao:".length))[0]);

describe("the Đak Đoa report, 6 tháng đầu năm 2021", () => {
  const model = buildReport(valid());

  test("header: bodies in upper case, number, place and date per ND30", () => {
    expect(block(model, "header").content).toEqual({
      kind: "header",
      format: "nd30",
      governingBody: "UBND HUYỆN ĐAK ĐOA",
      issuer: "BAN BIÊN TẬP TRANG THÔNG TIN ĐIỆN TỬ",
      numberLine: "Số: 01/BC-BBT",
      nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      placeDate: "Đak Đoa, ngày 29 tháng 7 năm 2021",
    });
  });

  test("document type and summary line with the year said once", () => {
    expect(lines(model, "title")).toEqual([
      "BÁO CÁO",
      "Tình hình hoạt động Trang thông tin điện tử của UBND huyện 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2021",
    ]);
  });

  test("the opening cites the basis", () => {
    expect(lines(model, "opening")[0]).toMatch(
      /^Căn cứ Quyết định số 93\/QĐ-UBND ngày 15\/01\/2019 .*Đak Đoa, Ban biên tập trang thông tin điện tử báo cáo kết quả hoạt động của Trang thông tin điện tử của UBND huyện 6 tháng đầu năm 2021 và phương hướng, nhiệm vụ 6 tháng cuối năm 2021 như sau:$/,
    );
  });

  test("sections numbered I. → 1. without gaps or repeats, next period in the tasks heading", () => {
    expect(headings(model)).toEqual([
      "I. KẾT QUẢ HOẠT ĐỘNG 6 THÁNG ĐẦU NĂM 2021",
      "1. Công tác cập nhật thông tin",
      "2. Lượt truy cập",
      "3. Kinh phí hoạt động",
      "II. ĐÁNH GIÁ CHUNG",
      "1. Ưu điểm",
      "2. Hạn chế",
      "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2021",
    ]);
  });

  test("statistics blocks carry the figures", () => {
    expect(lines(model, "stat:tin_bai")).toEqual([
      "Trong 6 tháng đầu năm 2021, Trang thông tin điện tử của UBND huyện đã đăng tải 242 tin, bài, tăng 32 tin, bài (15,2%) so với cùng kỳ năm 2020.",
    ]);
    expect(lines(model, "stat:chuyen_muc")).toEqual(["Đã mở 03 chuyên trang, chuyên mục mới."]);
    expect(lines(model, "stat:luot_truy_cap")[0]).toContain("9.933 lượt truy cập");
    expect(lines(model, "stat:luot_truy_cap")[0]).toContain("lên 96.811 lượt.");
  });

  test("budget: 150.000.000 allocated, 54.896.000 spent (36,6%), its two items", () => {
    expect(lines(model, "budget")).toEqual([
      "Kinh phí được giao năm 2021 cho hoạt động của Trang thông tin điện tử của UBND huyện: 150.000.000 đồng. Trong 6 tháng đầu năm 2021, đã chi 54.896.000 đồng, bằng 36,6% kinh phí được giao (trong đó: thù lao, nhuận bút tin, bài: 46.276.000 đồng; văn phòng phẩm: 8.620.000 đồng).",
    ]);
  });

  test("the units without articles come from the table", () => {
    expect(lines(model, "khong-tin-bai")).toEqual([
      "- Trong 6 tháng đầu năm 2021, còn 05 đơn vị chưa có tin, bài: Phòng Tài chính - Kế hoạch, Phòng Dân tộc, Thanh tra huyện, Phòng Lao động - TBXH huyện và Văn phòng Huyện ủy (chi tiết tại Phụ lục kèm theo).",
    ]);
  });

  test("closing and signature block", () => {
    expect(lines(model, "closing")).toEqual([
      "Trên đây là báo cáo kết quả hoạt động Trang thông tin điện tử của UBND huyện 6 tháng đầu năm 2021 và phương hướng, nhiệm vụ 6 tháng cuối năm 2021 của Ban biên tập trang thông tin điện tử./.",
    ]);
    expect(block(model, "signature").content).toEqual({
      kind: "signature",
      format: "nd30",
      recipientsHeading: "Nơi nhận:",
      recipientLines: [
        "- Ủy ban nhân dân huyện;",
        "- CT, các PCT UBND huyện;",
        "- Thành viên Ban biên tập;",
        "- Các cơ quan, đơn vị của huyện;",
        "- Lưu: VT, BBT.",
      ],
      authority: "KT. TRƯỞNG BAN",
      title: "PHÓ TRƯỞNG BAN THƯỜNG TRỰC",
      name: "Kiều Thu Hương",
    });
  });

  test("appendix: title, caption, reference and a table totalling 242", () => {
    const appendix = model.blocks.filter((b) => b.part === "appendix").map((b) => b.tag);
    expect(appendix).toEqual(["soanbaocao:phu-luc", "soanbaocao:contributors"]);
    expect(lines(model, "phu-luc")).toEqual([
      "PHỤ LỤC",
      "SỐ LƯỢNG TIN, BÀI CỦA CÁC ĐƠN VỊ ĐĂNG TRÊN TRANG THÔNG TIN ĐIỆN TỬ CỦA UBND HUYỆN 6 THÁNG ĐẦU NĂM 2021",
      "(Kèm theo Báo cáo số 01/BC-BBT ngày 29/7/2021 của Ban biên tập trang thông tin điện tử)",
    ]);
    const table = block(model, "contributors").content;
    if (table.kind !== "contributor-table") throw new Error(table.kind);
    expect(table.headings).toEqual(["STT", "Tên đơn vị", "Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tổng cộng"]);
    expect(table.table.grandTotal).toBe(242);
    expect(model.appendixLandscape).toBe(false);
  });

  test("consistent data: no warnings", () => {
    expect(model.warnings).toEqual([]);
  });

  test("block tags are unique, so Word can find each block again", () => {
    const tags = model.blocks.map((b) => b.tag);
    expect(new Set(tags).size).toBe(tags.length);
  });
});

describe("variations a clerk runs into", () => {
  test("the number left blank for registration and a blank day", () => {
    const model = buildReport(valid({ report: { number: "", date: "2021-10" }, unit: { ...(example.unit as Json), place: "Ninh Bình" } }));
    const header = block(model, "header").content;
    expect(header).toMatchObject({ numberLine: "Số:      /BC-BBT", placeDate: "Ninh Bình, ngày     tháng 10 năm 2021" });
    expect(lines(model, "phu-luc")[2]).toBe("(Kèm theo Báo cáo số      /BC-BBT ngày    /10/2021 của Ban biên tập trang thông tin điện tử)");
    expect(reportSymbol(valid({ report: { date: "2021-07-29" } }))).toBe("     /BC-BBT");
  });

  test("without visits or budget the remaining subsections are renumbered", () => {
    const model = buildReport(valid({ metrics: { tin_bai: 242 }, budget: undefined, prior: undefined }));
    expect(headings(model).slice(0, 3)).toEqual([
      "I. KẾT QUẢ HOẠT ĐỘNG 6 THÁNG ĐẦU NĂM 2021",
      "1. Công tác cập nhật thông tin",
      "II. ĐÁNH GIÁ CHUNG",
    ]);
    expect(model.blocks.some((b) => b.tag === "soanbaocao:budget")).toBe(false);
  });

  test("proposals add section IV.", () => {
    const model = buildReport(valid({ text: { proposals: ["Đề nghị bố trí kinh phí nâng cấp máy chủ."] } }));
    expect(headings(model).slice(-1)).toEqual(["IV. KIẾN NGHỊ, ĐỀ XUẤT"]);
    expect(lines(model, "text:kien-nghi")).toEqual(["- Đề nghị bố trí kinh phí nâng cấp máy chủ."]);
  });

  test("the clerk's texts replace the defaults; leading dashes are not doubled", () => {
    const model = buildReport(
      valid({
        text: {
          tasks: ["- Tổ chức tập huấn cho các xã, thị trấn.", "Rà soát chuyên mục thủ tục hành chính."],
          opening: "Thực hiện Công văn số 12/STTTT, Ban Biên tập báo cáo như sau:",
        },
      }),
    );
    expect(lines(model, "text:nhiem-vu")).toEqual(["- Tổ chức tập huấn cho các xã, thị trấn.", "- Rà soát chuyên mục thủ tục hành chính."]);
    expect(lines(model, "opening")).toEqual(["Thực hiện Công văn số 12/STTTT, Ban Biên tập báo cáo như sau:"]);
  });

  test("without metrics.tin_bai the text states the table's total", () => {
    const model = buildReport(valid({ metrics: { van_ban: 213 } }));
    expect(lines(model, "stat:tin_bai")[0]).toContain("đã đăng tải 242 tin, bài");
    expect(model.warnings).toEqual([]);
  });

  test("every unit sent articles", () => {
    const model = buildReport(
      valid({
        contributors: [{ group: "CÁC ĐƠN VỊ", rows: [{ name: "Công an huyện", months: [5, 6, 12, 5, 7, 4] }] }],
        metrics: { tin_bai: 39 },
      }),
    );
    expect(lines(model, "khong-tin-bai")).toEqual([
      "- Trong 6 tháng đầu năm 2021, tất cả các đơn vị trong danh sách đều có tin, bài (chi tiết tại Phụ lục kèm theo).",
    ]);
  });

  test("no contributors: no appendix, no units sentence", () => {
    const model = buildReport(valid({ contributors: undefined }));
    expect(model.blocks.some((b) => b.part === "appendix" || b.tag === "soanbaocao:khong-tin-bai")).toBe(false);
  });

  test("9 months: landscape appendix, '3 tháng cuối năm' in the tasks", () => {
    const rows = [{ name: "Công an huyện", months: [5, 6, 12, 5, 7, 4, 3, 2, 1] }];
    const model = buildReport(
      valid({
        period: { kind: "nine-months", year: 2021 },
        prior: undefined,
        metrics: { tin_bai: 45 },
        contributors: [{ group: "A", rows }],
      }),
    );
    expect(model.appendixLandscape).toBe(true);
    expect(lines(model, "title")[1]).toBe(
      "Tình hình hoạt động Trang thông tin điện tử của UBND huyện 9 tháng đầu năm và phương hướng, nhiệm vụ 3 tháng cuối năm 2021",
    );
    expect(headings(model).slice(-1)).toEqual(["III. PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM 2021"]);
  });

  test("a table across the new year names the year in its month headings", () => {
    const model = buildReport(
      valid({
        period: { kind: "range", from: "2023-11", to: "2024-02" },
        prior: undefined,
        asOf: undefined,
        report: { number: "03", date: "2024-03-05" },
        metrics: { tin_bai: 10 },
        contributors: [{ group: "A", rows: [{ name: "Huyện Đoàn", months: [1, 2, 3, 4] }] }],
      }),
    );
    const table = block(model, "contributors").content;
    if (table.kind !== "contributor-table") throw new Error(table.kind);
    expect(table.headings).toEqual(["STT", "Tên đơn vị", "Tháng 11/2023", "Tháng 12/2023", "Tháng 1/2024", "Tháng 2/2024", "Tổng cộng"]);
    expect(lines(model, "khong-tin-bai")[0]).toMatch(/^- Từ tháng 11 năm 2023 đến tháng 2 năm 2024, tất cả/);
    expect(block(model, "header").content).toMatchObject({ placeDate: "Đak Đoa, ngày 05 tháng 3 năm 2024" });
  });
});

describe("warnings the user is shown", () => {
  test("table total differs from tin_bai, document parts exceed the total, spending exceeds the allocation, a unit listed twice", () => {
    const contributors = structuredClone(example.contributors) as Array<{ group: string; rows: Array<{ name: string; months: number[] }> }>;
    contributors[1]!.rows.push({ name: "huyện đoàn", months: [0, 0, 0, 0, 0, 0] });
    const model = buildReport(
      valid({
        metrics: { tin_bai: 240, van_ban: 213, van_ban_chi_dao: 200, van_ban_qppl: 20 },
        budget: { allocated: 50000000, spent: 54896000 },
        contributors,
      }),
    );
    expect(model.warnings).toEqual([
      'Tổng các loại văn bản chi tiết (220) lớn hơn tổng số văn bản (213) — câu "trong đó có" sẽ vô lý; kiểm tra lại metrics.van_ban.',
      "Số đã chi (54.896.000 đồng) vượt kinh phí được giao (50.000.000 đồng) — kiểm tra lại budget.spent.",
      "Tổng số tin, bài trong bảng phụ lục (242) khác số liệu metrics.tin_bai (240) — báo cáo sẽ nêu hai con số khác nhau.",
      'Đơn vị "huyện đoàn" xuất hiện hai lần trong nhóm "CÁC ĐƠN VỊ CỘNG TÁC GỬI TIN BÀI" (contributors[1].rows[9]).',
    ]);
  });

  test("an approximate tin_bai is not checked against the table", () => {
    expect(buildReport(valid({ metrics: { tin_bai: { value: 240, qualifier: "khoảng" } } })).warnings).toEqual([]);
  });
});

describe("budget sentence", () => {
  test("spending only, no percentage without an allocation", () => {
    expect(budgetSentences(valid({ budget: { spent: 54896000 } }))).toBe("Trong 6 tháng đầu năm 2021, đã chi 54.896.000 đồng.");
  });

  test("allocation only", () => {
    expect(budgetSentences(valid({ budget: { allocated: 150000000 } }))).toBe(
      "Kinh phí được giao năm 2021 cho hoạt động của Trang thông tin điện tử của UBND huyện: 150.000.000 đồng.",
    );
  });

  test("an item starting with an abbreviation keeps its case", () => {
    const data = valid({
      budget: {
        spent: 10000000,
        items: [
          { label: "CNTT: thuê máy chủ", amount: 6000000 },
          { label: "Nhuận bút", amount: 4000000 },
        ],
      },
    });
    expect(budgetSentences(data)).toBe(
      "Trong 6 tháng đầu năm 2021, đã chi 10.000.000 đồng (trong đó: CNTT: thuê máy chủ: 6.000.000 đồng; nhuận bút: 4.000.000 đồng).",
    );
  });

  test("no budget, no sentence; spending within the allocation, no warning", () => {
    expect(budgetSentences(valid({ budget: undefined }))).toBeNull();
    expect(budgetSentences(valid({ budget: { items: [] } }))).toBeNull();
    expect(budgetWarnings(valid())).toEqual([]);
  });
});

describe("dates that do not fit the period", () => {
  test("a report dated before its period ends, or an as-of date outside it, is warned about", async () => {
    const { dateWarnings } = await import("../../src/domain/build-report");
    const data = exampleData();
    expect(dateWarnings(data)).toEqual([]);
    data.report.date = "2019-01-01";
    data.asOf = "2020-12-31";
    expect(dateWarnings(data)).toEqual([
      "Ngày báo cáo (1/1/2019) ở trước khi 6 tháng đầu năm 2021 kết thúc — kiểm tra lại ngày hoặc kỳ báo cáo.",
      'Ngày "số liệu tính đến" (31/12/2020) nằm ngoài 6 tháng đầu năm 2021 — kiểm tra lại.',
    ]);
    // Dated in the period's last month (reports often are) is fine.
    data.report.date = "2021-06-25";
    data.asOf = "2021-06-20";
    expect(dateWarnings(data)).toEqual([]);
  });
});
