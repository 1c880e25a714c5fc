import { readFileSync } from "fs";
import { join } from "path";
import { buildStatistics, statisticsWarnings } from "../../src/domain/statistics";
import { validateReportData } from "../../src/sources/data-file";
import type { ReportData } from "../../src/domain/report-data";

type Json = Record<string, unknown>;
const example = JSON.parse(readFileSync(join(__dirname, "../../examples/dak-doa-6-thang-2021.json"), "utf8")) as Json;

function valid(changes: Json): ReportData {
  const result = validateReportData({ ...structuredClone(example), ...changes });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.data;
}

const texts = (data: ReportData) => Object.fromEntries(buildStatistics(data).map((p) => [p.id, p.text]));

describe("Đak Đoa, 6 tháng đầu năm 2021 (seed 003), compared with the same period of 2020", () => {
  const stats = buildStatistics(valid({}));

  test("one paragraph per group, in report order", () => {
    expect(stats.map((s) => [s.id, s.keys])).toEqual([
      ["tin_bai", ["tin_bai"]],
      ["van_ban", ["van_ban"]],
      ["chuyen_muc", ["chuyen_muc"]],
      ["luot_truy_cap", ["luot_truy_cap", "luot_truy_cap_luy_ke"]],
    ]);
  });

  test("figures formatted and compared where the prior period has them", () => {
    const t = Object.fromEntries(stats.map((s) => [s.id, s.text]));
    expect(t.tin_bai).toBe(
      "Trong 6 tháng đầu năm 2021, Trang thông tin điện tử của UBND huyện đã đăng tải 242 tin, bài, tăng 32 tin, bài (15,2%) so với cùng kỳ năm 2020.",
    );
    expect(t.van_ban).toBe("Đã cập nhật 213 văn bản, tăng 25 văn bản (13,3%) so với cùng kỳ năm 2020.");
    // The prior period has no chuyen_muc: no comparison.
    expect(t.chuyen_muc).toBe("Đã mở 03 chuyên trang, chuyên mục mới.");
    // 9933 visits compared; the cumulative 96811 is never compared, and says since when.
    expect(t.luot_truy_cap).toBe(
      "Trong 6 tháng đầu năm 2021, Trang thông tin điện tử của UBND huyện đã thu hút 9.933 lượt truy cập, giảm 1.307 lượt truy cập (11,6%) so với cùng kỳ năm 2020, nâng tổng số lượt truy cập (tính đến ngày 29/6/2021) lên 96.811 lượt.",
    );
  });

  test("without a prior period nothing is compared", () => {
    const t = texts(valid({ prior: undefined }));
    expect(t.tin_bai).toBe("Trong 6 tháng đầu năm 2021, Trang thông tin điện tử của UBND huyện đã đăng tải 242 tin, bài.");
    expect(t.van_ban).toBe("Đã cập nhật 213 văn bản.");
  });

  test("a cumulative figure in the prior period is still not compared", () => {
    const data = valid({
      metrics: { luot_truy_cap_luy_ke: 96811 },
      prior: { period: { kind: "half", year: 2020, index: 1 }, metrics: { luot_truy_cap_luy_ke: 70000 } },
    });
    expect(texts(data).luot_truy_cap).toBe(
      "Tổng số lượt truy cập Trang thông tin điện tử của UBND huyện (tính đến ngày 29/6/2021) đạt 96.811 lượt.",
    );
  });

  test("a table total stands in for a missing tin_bai", () => {
    const data = valid({ metrics: { van_ban: 213 } });
    expect(buildStatistics(data, { tin_bai: 242 })[0]!.text).toBe(
      "Trong 6 tháng đầu năm 2021, Trang thông tin điện tử của UBND huyện đã đăng tải 242 tin, bài, tăng 32 tin, bài (15,2%) so với cùng kỳ năm 2020.",
    );
    expect(buildStatistics(valid({ metrics: { tin_bai: 240 } }), { tin_bai: 242 })[0]!.text).toContain("đã đăng tải 240 tin, bài");
  });
});

describe("Trà Vinh, 6 tháng đầu năm 2022 (seed 001)", () => {
  const data = valid({
    unit: { ...(example.unit as Json), place: "Trà Vinh", site: "Cổng Thông tin điện tử tỉnh" },
    period: { kind: "half", year: 2022, index: 1 },
    asOf: undefined,
    prior: undefined,
    contributors: undefined,
    budget: undefined,
    metrics: {
      tin_bai: 453,
      anh: 747,
      van_ban: 309,
      van_ban_chi_dao: 197,
      van_ban_qppl: 10,
      lich_cong_tac: 25,
      du_thao: 42,
      hoi_dap: 4,
      luot_truy_cap: 6636328,
      trang_thanh_phan: 40,
      tin_dich_khmer: { value: 148, label: "tin, bài được biên dịch sang tiếng Khmer" },
    },
  });
  const t = texts(data);

  test("articles and photos", () => {
    expect(t.tin_bai).toBe("Trong 6 tháng đầu năm 2022, Cổng Thông tin điện tử tỉnh đã đăng tải 453 tin, bài và 747 ảnh.");
  });

  test("documents with their parts, then drafts", () => {
    expect(t.van_ban).toBe(
      "Đã cập nhật 309 văn bản (trong đó có 197 văn bản chỉ đạo, điều hành, 10 văn bản quy phạm pháp luật và 25 lịch công tác); đăng tải 42 dự thảo văn bản lấy ý kiến.",
    );
  });

  test("small counts get two digits; 6.636.328 is grouped with dots", () => {
    expect(t.hoi_dap).toBe("Chuyên mục hỏi - đáp đã có 04 câu hỏi được trả lời.");
    expect(t.luot_truy_cap).toBe("Trong 6 tháng đầu năm 2022, Cổng Thông tin điện tử tỉnh đã thu hút 6.636.328 lượt truy cập.");
    expect(t.trang_thanh_phan).toBe("Hiện có 40 trang thông tin điện tử thành phần cung cấp thông tin theo quy định.");
  });

  test("a custom metric is stated by its own label, after the catalogue's groups", () => {
    const stats = buildStatistics(data);
    expect(stats[stats.length - 1]).toEqual({
      id: "tin_dich_khmer",
      keys: ["tin_dich_khmer"],
      text: "Bên cạnh đó, có 148 tin, bài được biên dịch sang tiếng Khmer.",
    });
  });

  test("a custom metric is compared when the prior period has it", () => {
    const withPrior = valid({
      period: { kind: "half", year: 2022, index: 1 },
      contributors: undefined,
      metrics: { tin_dich_khmer: { value: 148, label: "tin, bài dịch sang tiếng Khmer" } },
      prior: {
        period: { kind: "half", year: 2021, index: 2 },
        metrics: { tin_dich_khmer: { value: 120, label: "tin, bài dịch sang tiếng Khmer" } },
      },
    });
    expect(texts(withPrior).tin_dich_khmer).toBe(
      "Bên cạnh đó, có 148 tin, bài dịch sang tiếng Khmer, tăng 28 tin, bài dịch sang tiếng Khmer (23,3%) so với 6 tháng cuối năm 2021.",
    );
  });
});

describe("Hậu Giang (seed 002): approximate figures", () => {
  test("'trên 1.486.580' cumulative visits as of a date", () => {
    const data = valid({
      period: { kind: "year", year: 2021 },
      asOf: "2021-11-30",
      prior: undefined,
      contributors: undefined,
      metrics: { tin_bai: 638, luot_truy_cap_luy_ke: { value: 1486580, qualifier: "trên" } },
    });
    const t = texts(data);
    expect(t.tin_bai).toBe("Trong năm 2021, Trang thông tin điện tử của UBND huyện đã đăng tải 638 tin, bài.");
    expect(t.luot_truy_cap).toBe(
      "Tổng số lượt truy cập Trang thông tin điện tử của UBND huyện (tính đến ngày 30/11/2021) đạt trên 1.486.580 lượt.",
    );
  });

  test("an approximate prior figure is quoted, not subtracted", () => {
    const data = valid({
      period: { kind: "year", year: 2020 },
      asOf: undefined,
      contributors: undefined,
      metrics: { luot_truy_cap: 4512 },
      prior: { period: { kind: "year", year: 2019 }, metrics: { luot_truy_cap: { value: 4000, qualifier: "gần" } } },
    });
    expect(texts(data).luot_truy_cap).toBe(
      "Trong năm 2020, Trang thông tin điện tử của UBND huyện đã thu hút 4.512 lượt truy cập (năm 2019: gần 4.000 lượt truy cập).",
    );
  });
});

describe("a whole year against the previous year", () => {
  const data = valid({
    period: { kind: "year", year: 2020 },
    asOf: undefined,
    contributors: undefined,
    metrics: { tin_bai: 203, anh: 12, video: 5, van_ban: 781 },
    prior: { period: { kind: "year", year: 2019 }, metrics: { tin_bai: 250, anh: 0, video: 5, van_ban: 507 } },
  });
  const t = texts(data);

  test("increase, decrease, prior zero and unchanged in one sentence, separated by semicolons", () => {
    expect(t.tin_bai).toBe(
      "Trong năm 2020, Trang thông tin điện tử của UBND huyện đã đăng tải 203 tin, bài, giảm 47 tin, bài (18,8%) so với năm 2019; 12 ảnh, tăng 12 ảnh so với năm 2019; 05 video, bằng năm 2019.",
    );
  });

  test("tăng 274 văn bản (54,0%) so với năm 2019", () => {
    expect(t.van_ban).toBe("Đã cập nhật 781 văn bản, tăng 274 văn bản (54,0%) so với năm 2019.");
  });
});

describe("sections, banners, procedures", () => {
  test("sections and banners, with and without a comparison", () => {
    expect(texts(valid({ prior: undefined, metrics: { chuyen_muc: 2, banner: 6 } })).chuyen_muc).toBe(
      "Đã mở 02 chuyên trang, chuyên mục mới và thiết kế, cập nhật 06 banner.",
    );
    expect(
      texts(
        valid({
          metrics: { chuyen_muc: 3, banner: 2 },
          prior: { period: { kind: "half", year: 2020, index: 1 }, metrics: { chuyen_muc: 3, banner: 0 } },
        }),
      ).chuyen_muc,
    ).toBe(
      "Đã mở 03 chuyên trang, chuyên mục mới, bằng cùng kỳ năm 2020; thiết kế, cập nhật 02 banner, tăng 02 banner so với cùng kỳ năm 2020.",
    );
  });

  test("administrative procedures and drafts alone", () => {
    const t = texts(valid({ prior: undefined, metrics: { tthc: 265, du_thao: 42 } }));
    expect(t.tthc).toBe("Đã công khai, cập nhật 265 thủ tục hành chính trên Trang thông tin điện tử của UBND huyện.");
    expect(t.van_ban).toBe("Đã đăng tải 42 dự thảo văn bản lấy ý kiến.");
  });

  test("a range that is not a named period reads 'Từ tháng … đến tháng …'", () => {
    const data = valid({
      period: { kind: "range", from: "2024-03", to: "2024-05" },
      prior: undefined,
      contributors: undefined,
      metrics: { tin_bai: 120 },
    });
    expect(texts(data).tin_bai).toBe("Từ tháng 3 đến tháng 5 năm 2024, Trang thông tin điện tử của UBND huyện đã đăng tải 120 tin, bài.");
  });
});

describe("warnings between figures", () => {
  test("document parts larger than the total", () => {
    const data = valid({ metrics: { van_ban: 1213, van_ban_chi_dao: 1200, van_ban_qppl: 20 } });
    expect(statisticsWarnings(data)).toEqual([
      'Tổng các loại văn bản chi tiết (1.220) lớn hơn tổng số văn bản (1.213) — câu "trong đó có" sẽ vô lý; kiểm tra lại metrics.van_ban.',
    ]);
  });

  test("cumulative visits below the period's visits", () => {
    const data = valid({ metrics: { luot_truy_cap: 9933, luot_truy_cap_luy_ke: 5000 } });
    expect(statisticsWarnings(data)).toEqual([
      "Lượt truy cập lũy kế (5.000) nhỏ hơn lượt truy cập trong kỳ (9.933) — kiểm tra lại metrics.luot_truy_cap_luy_ke.",
    ]);
  });

  test("consistent figures give no warning", () => {
    expect(statisticsWarnings(valid({}))).toEqual([]);
    expect(statisticsWarnings(valid({ metrics: { van_ban: 309, van_ban_chi_dao: 197, van_ban_qppl: 10, lich_cong_tac: 25 } }))).toEqual([]);
  });
});
