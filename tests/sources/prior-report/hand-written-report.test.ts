import { extractPriorReport, type PriorReportExtract } from "../../../src/sources/prior-report/extract-prior-report";

// Reports written for these tests in the style of real ones (see ../shared/seeds): the figures a careful
// reader takes from them, and the ones a careful reader would not place without asking.

async function readText(text: string, name = "bao-cao-ky-truoc.txt"): Promise<PriorReportExtract> {
  const result = await extractPriorReport(new TextEncoder().encode(text), name);
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

function figures(report: PriorReportExtract): Record<string, [number, string | null]> {
  return Object.fromEntries(Object.entries(report.metrics).map(([k, v]) => [k, [v.value, v.qualifier]]));
}

const HALF_YEAR_REPORT = `
UBND HUYỆN IA PA
BAN BIÊN TẬP
Số: 07/BC-BBT
Ia Pa, ngày 10 tháng 7 năm 2023

BÁO CÁO
Kết quả hoạt động Trang thông tin điện tử huyện 6 tháng đầu năm và nhiệm vụ, phương hướng 6 tháng cuối năm 2023

Căn cứ Kế hoạch số 27/KH-UBND ngày 05/02/2023 của UBND huyện về hoạt động Trang thông tin điện tử năm 2023 và Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ, Ban Biên tập báo cáo như sau:

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Thông tin, tuyên truyền
- Trong 6 tháng đầu năm 2023, Trang đã biên tập, đăng tải 1.225 tin, bài (tăng 274 tin, bài so với cùng kỳ năm 2022) kèm theo 2.310 ảnh và 05 video clip, tỷ lệ tin tự viết tăng 15,2%.
- Cập nhật 213 văn bản chỉ đạo, điều hành và 18 văn bản quy phạm pháp luật; đăng 46 lịch công tác tuần của lãnh đạo huyện.
- Mở mới 02 chuyên mục: “Chuyển đổi số” và “Bình dân học vụ số”.
- Trang đã thu hút gần 3,5 triệu lượt truy cập trong kỳ, nâng tổng số lượt truy cập từ khi đi vào hoạt động lên 12.450.318 lượt.
- Tiếp nhận và chuyển 12 câu hỏi của công dân đến cơ quan chuyên môn trả lời; công khai 38 dự thảo văn bản để lấy ý kiến Nhân dân.
- Cập nhật, công khai 384 thủ tục hành chính thuộc thẩm quyền giải quyết của huyện.
- Ngoài ra, đã đăng 56 tin, bài sưu tầm về gương người tốt, việc tốt.
- Tổng số tin, bài đăng trong quý II là 640.
- Fanpage của Trang có trên 15.000 lượt theo dõi và 8.400 lượt truy cập trong kỳ.
- Kinh phí năm 2023 được cấp 112 triệu đồng.
2. Trang thông tin điện tử thành phần
Huyện hiện có 14 trang thông tin điện tử thành phần; 14/14 xã đã cập nhật thông tin thường xuyên, trong kỳ các trang đăng 1.980 tin, bài.
II. ĐÁNH GIÁ
1. Ưu điểm: thông tin kịp thời, đúng định hướng.
III. NHIỆM VỤ, PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2023
- Phấn đấu đăng tải trên 1.300 tin, bài và mở thêm 03 chuyên mục.
Trên đây là báo cáo kết quả hoạt động 6 tháng đầu năm 2023 của Ban Biên tập./.
`;

describe("a hand-written half-year report", () => {
  let report: PriorReportExtract;
  beforeAll(async () => {
    report = await readText(HALF_YEAR_REPORT);
  });

  it("finds the period from the summary line", () => {
    expect(report.origin).toBe("text");
    expect(report.period).toEqual({ kind: "half", year: 2023, index: 1 });
  });

  it("maps each figure whose noun names the metric, with its qualifier", () => {
    expect(figures(report)).toEqual({
      tin_bai: [1225, null],
      anh: [2310, null],
      video: [5, null],
      van_ban_chi_dao: [213, null],
      van_ban_qppl: [18, null],
      lich_cong_tac: [46, null],
      chuyen_muc: [2, null],
      luot_truy_cap: [3_500_000, "gần"],
      luot_truy_cap_luy_ke: [12_450_318, null],
      hoi_dap: [12, null],
      du_thao: [38, null],
      tthc: [384, null],
      trang_thanh_phan: [14, null],
    });
  });

  it("quotes the sentence each figure came from", () => {
    expect(report.metrics.luot_truy_cap_luy_ke!.source).toBe(
      "- Trang đã thu hút gần 3,5 triệu lượt truy cập trong kỳ, nâng tổng số lượt truy cập từ khi đi vào hoạt động lên 12.450.318 lượt.",
    );
    expect(report.metrics.hoi_dap!.source).toMatch(/^- Tiếp nhận và chuyển 12 câu hỏi/);
  });

  it("turns a change stated against the same period last year into last period's figure", () => {
    expect(report.prior).toEqual({
      period: { kind: "half", year: 2022, index: 1 },
      metrics: { tin_bai: { value: 951, qualifier: null, source: expect.stringContaining("tăng 274 tin, bài so với cùng kỳ năm 2022") } },
    });
  });

  it("hands back the figures it cannot place, with a reason, and does not force them onto a key", () => {
    const byValue = new Map(report.unmapped.map((u) => [u.value, u]));
    expect(byValue.get(56)?.reason).toMatch(/một loại riêng/); // "tin, bài sưu tầm"
    expect(byValue.get(640)?.reason).toMatch(/quý II năm 2023/); // a quarter's figure inside a half-year report
    expect(byValue.get(8400)?.reason).toMatch(/mạng xã hội/);
    expect(byValue.get(15000)).toMatchObject({ qualifier: "trên", noun: "lượt theo dõi" });
    expect(byValue.get(112_000_000)).toMatchObject({ noun: "đồng" });
    expect(byValue.get(1980)?.reason).toMatch(/trang thông tin điện tử thành phần/);
    expect(byValue.get(1300)).toMatchObject({ qualifier: "trên", reason: expect.stringMatching(/phương hướng/) });
    expect(byValue.get(3)?.reason).toMatch(/phương hướng/);
  });

  it("does not mistake dates, document numbers, decrees, years, percentages or fractions for figures", () => {
    const values = report.unmapped.map((u) => u.value);
    for (const noise of [7, 10, 27, 5, 2, 42, 24, 6, 2022, 2023, 15, 14]) expect(values).not.toContain(noise);
    expect(report.unmapped).toHaveLength(8);
  });
});

const YEAR_REPORT_MESSY = `BÁO CÁO
Tổng kết hoạt động Cổng thông tin điện tử năm 2020 và phương hướng, nhiệm vụ năm 2021

I. KẾT QUẢ HOẠT ĐỘNG NĂM 2019
Năm 2020, Cổng đăng tải 1.225 văn bản, tăng 274 văn bản so với năm 2019; hơn 4,200 tin, bài và khoảng 650 ảnh.
Cổng thu hút 6,636,328 lượt người truy cập, giảm 120.000 lượt truy cập so với năm 2019.
Đã đăng 9933 lượt truy cập.
Tổng cộng có 05 banner được thay mới trong năm.
Tính đến ngày 31/12/2020 Cổng có 40 trang thành phần.`;

describe("a messy year report", () => {
  let report: PriorReportExtract;
  beforeAll(async () => {
    report = await readText(YEAR_REPORT_MESSY);
  });

  it("reads mixed separators and qualifiers", () => {
    expect(report.period).toEqual({ kind: "year", year: 2020 });
    expect(report.metrics.van_ban).toMatchObject({ value: 1225, qualifier: null });
    expect(report.metrics.tin_bai).toMatchObject({ value: 4200, qualifier: "hơn" });
    expect(report.metrics.anh).toMatchObject({ value: 650, qualifier: "khoảng" });
    expect(report.metrics.banner).toMatchObject({ value: 5, qualifier: null });
    expect(report.metrics.trang_thanh_phan).toMatchObject({ value: 40, qualifier: null });
  });

  it("derives last year's figures from increases and decreases", () => {
    expect(report.prior?.period).toEqual({ kind: "year", year: 2019 });
    expect(report.prior?.metrics.van_ban).toMatchObject({ value: 951, qualifier: null });
  });

  it("refuses to choose between two different visit counts", () => {
    expect(report.metrics.luot_truy_cap).toBeUndefined();
    const visits = report.unmapped.filter((u) => u.value === 6_636_328 || u.value === 9933);
    expect(visits).toHaveLength(2);
    expect(visits[0]!.reason).toMatch(/nhiều số khác nhau/);
    // The decrease was stated against a figure the report contradicts: the prior it implies is not trusted either.
    expect(report.prior?.metrics.luot_truy_cap).toBeUndefined();
    expect(report.unmapped).toContainEqual(expect.objectContaining({ value: 6_756_328, reason: expect.stringMatching(/kỳ trước/) }));
  });

  it("warns about the heading left over from last year's report", () => {
    expect(report.warnings).toEqual([
      expect.stringMatching(/^Tiêu đề "I\. KẾT QUẢ HOẠT ĐỘNG NĂM 2019" ghi năm 2019, khác kỳ của báo cáo \(năm 2020\)/),
    ]);
  });
});

describe("figures whose metric is unclear land in unmapped", () => {
  it.each([
    ["Trang đã cập nhật 1.084 nội dung các loại.", 1084, /không xác định/],
    ["Đã đăng 3.271 tin, bài, hình ảnh phản ánh các sự kiện.", 3271, /gộp nhiều loại/],
    ["Biên dịch 148 tin, bài sang tiếng Ba Na.", 148, /biên dịch/],
    ["Trung bình mỗi tháng đăng 40 tin, bài.", 40, /trung bình/],
    ["Đăng tải 09 văn bản là báo cáo tài chính của doanh nghiệp.", 9, /một loại riêng/],
    ["Tính đến tháng 11/2023, Trang đã thu hút trên 1.486.580 lượt truy cập.", 1_486_580, /lũy kế/],
    ["Trang có khoảng 12 chuyên trang về các chủ đề.", 12, /mở mới hay số hiện có/],
    ["Trong giai đoạn 2016 - 2020, Trang đăng 5.012 tin, bài.", 5012, /giai đoạn 2016 - 2020/],
    ["Năm nay tăng 30 tin, bài so với năm 2022.", 30, /không kèm số liệu kỳ này/],
  ])("%s", async (sentence, value, reason) => {
    const report = await readText(`BÁO CÁO\nTình hình hoạt động Trang thông tin điện tử năm 2023\n${sentence}`);
    expect(report.metrics).toEqual({});
    expect(report.unmapped).toEqual([expect.objectContaining({ value, reason: expect.stringMatching(reason), source: sentence })]);
  });

  it("keeps unmapped free of numbers that count nothing", async () => {
    const report = await readText(
      "BÁO CÁO\nTình hình hoạt động Trang thông tin điện tử năm 2023\n" +
        "Thực hiện Công văn số 1128/STTTT-TTCNTT ngày 28/6/2023, Kế hoạch 44/KH-UBND, mức độ 3, 4; kỷ niệm 30 năm thành lập huyện; chỉ số PCI năm 2022 tăng 2,5%; Hiện nay 17/17 xã có trang.",
    );
    expect(report.metrics).toEqual({});
    expect(report.unmapped).toEqual([]);
  });
});

describe("prior figures quoted beside this period's", () => {
  it("reads the add-in's own comparison wording back", async () => {
    const report = await readText(
      [
        "BÁO CÁO",
        "Tình hình hoạt động Trang thông tin điện tử quý III năm 2023",
        "Trong quý III năm 2023, Trang đăng 310 tin, bài, giảm 12 tin, bài (3,7%) so với quý II năm 2023.",
        "Trang thu hút gần 40.000 lượt truy cập (quý II năm 2023: khoảng 38.000 lượt truy cập).",
        "Đăng 14 video, bằng quý II năm 2023.",
      ].join("\n"),
    );
    expect(figures(report)).toEqual({ tin_bai: [310, null], luot_truy_cap: [40_000, "gần"], video: [14, null] });
    expect(report.prior?.period).toEqual({ kind: "quarter", year: 2023, index: 2 });
    const prior = Object.fromEntries(Object.entries(report.prior!.metrics).map(([k, v]) => [k, [v.value, v.qualifier]]));
    expect(prior).toEqual({ tin_bai: [322, null], luot_truy_cap: [38_000, "khoảng"], video: [14, null] });
  });
});
