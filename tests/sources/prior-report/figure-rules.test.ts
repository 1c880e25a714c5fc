import { FIGURE_RULES, judgeFigure, type FigureInContext } from "../../../src/sources/prior-report/figure-rules";
import { resolveComparisonTarget, settle, type Candidate, type UnmappedFigure } from "../../../src/sources/prior-report/figure-reading";
import { labelBefore, listNounBefore, nounBefore } from "../../../src/sources/prior-report/metric-named-before";
import { COMPARISON_RULES, readComparison, type ComparisonContext } from "../../../src/sources/prior-report/comparison-rules";
import { matchMetricNoun } from "../../../src/sources/prior-report/metric-nouns";

// The figure rules one by one: each rule's own verdict on the words around one number, and — as much — the
// figures it must leave to the next rule. (careful-reader.test.ts reads whole texts through all of them.)

const HALF_2023 = { kind: "half", year: 2023, index: 1 } as const;

/** One figure "N" in `sentence`, its key known; the words around it as the reader gathers them. */
function figure(sentence: string, number: string, over: Partial<FigureInContext> = {}): FigureInContext {
  const start = sentence.indexOf(number);
  if (start < 0) throw new Error(`"${number}" is not in "${sentence}"`);
  const before = sentence.slice(0, start);
  const clause = before.slice(before.lastIndexOf(";") + 1);
  const afterNumber = sentence.slice(start + number.length);
  const noun = /^\s*(?:tin,?\s*bài|lượt truy cập|văn bản|chuyên mục|ảnh|video)/u.exec(afterNumber)?.[0] ?? "";
  return {
    sentence,
    start,
    key: "tin_bai",
    hasNounAfter: noun !== "",
    leadIn: clause.slice(-200),
    lead: clause.slice(-200),
    clausePrefix: clause.slice(-400),
    nounTail: afterNumber.slice(noun.length, noun.length + 200),
    scope: null,
    keysBefore: new Set(),
    cumulativeHint: false,
    inPeriodHint: false,
    ctx: { period: HALF_2023, planning: false, componentSites: false },
    ...over,
  };
}

const rule = (name: string) => {
  const r = FIGURE_RULES.find((x) => x.name === name);
  if (!r) throw new Error(`no rule ${name}`);
  return r;
};

describe("each figure rule", () => {
  it.each([
    [
      "target-of-next-period",
      figure("Phấn đấu đăng 1.300 tin, bài.", "1.300", { ctx: { period: HALF_2023, planning: true, componentSites: false } }),
      /phương hướng/,
    ],
    ["social-media", figure("Fanpage của Trang có 8.400 lượt truy cập.", "8.400", { key: "luot_truy_cap" }), /mạng xã hội/],
    ["component-sites", figure("Các trang thành phần đăng 1.980 tin, bài.", "1.980"), /thành phần/],
    ["removed-or-translated", figure("Biên dịch 148 tin, bài sang tiếng Khmer.", "148"), /biên dịch/],
    ["sections-not-new", figure("Trang hiện có 12 chuyên mục.", "12", { key: "chuyen_muc" }), /mở mới/],
    ["peak", figure("Ngày cao điểm trên 40.000 lượt truy cập.", "40.000", { key: "luot_truy_cap" }), /cao điểm/],
    ["part-or-average", figure("Đăng 56 tin, bài sưu tầm về gương người tốt.", "56"), /một loại riêng/],
    ["several-kinds-in-one", figure("Đăng 300 tin, bài, văn bản.", "300"), /gộp nhiều loại/],
  ])("%s says nothing with its reason", (name, f, reason) => {
    const v = rule(name).judge(f);
    expect(v).toMatchObject({ take: "nothing", reason: expect.stringMatching(reason) });
  });

  it.each([
    ["target-of-next-period", figure("Trang đã đăng 1.225 tin, bài.", "1.225")],
    ["social-media", figure("Trang đã đăng 1.225 tin, bài.", "1.225")],
    ["component-sites", figure("Trang có 14 trang thành phần.", "14", { key: "trang_thanh_phan" })],
    ["removed-or-translated", figure("Đăng tải 1.225 tin, bài.", "1.225")],
    ["sections-not-new", figure("Mở mới 02 chuyên mục.", "02", { key: "chuyen_muc" })],
    ["peak", figure("Trang thu hút 2.130.000 lượt truy cập, ngày cao điểm trên 40.000 lượt.", "2.130.000", { key: "luot_truy_cap" })],
    ["part-or-average", figure("Trang đăng gần 90 tin bài về hoạt động của các đơn vị.", "90")],
    ["several-kinds-in-one", figure("Đăng 300 tin, bài và 20 văn bản.", "300")],
  ])("%s leaves a figure it does not concern to the next rule", (name, f) => {
    expect(rule(name).judge(f)).toBeNull();
  });

  it("visits-running-total: a running total becomes the cumulative key; an unclear 'tính đến' says why; the period's own stays", () => {
    const running = figure("Nâng tổng số lượt truy cập lên 12.450.318 lượt.", "12.450.318", { key: "luot_truy_cap" });
    expect(rule("visits-running-total").judge(running)).toEqual({ take: "rekey", key: "luot_truy_cap_luy_ke" });
    const unclear = figure("Tính đến ngày 30/6/2023, Trang có 4.512.000 lượt truy cập.", "4.512.000", { key: "luot_truy_cap" });
    // Up to a date in the period: the running total only if the report gives the period's own count apart (settled later).
    expect(rule("visits-running-total").judge(unclear)).toMatchObject({
      take: "running-if-apart",
      reason: expect.stringMatching(/tính đến/),
    });
    const elsewhere = figure("Tính đến ngày 30/9/2023, Trang có 4.512.000 lượt truy cập.", "4.512.000", { key: "luot_truy_cap" });
    expect(rule("visits-running-total").judge(elsewhere)).toMatchObject({ take: "nothing", reason: expect.stringMatching(/tính đến/) });
    const undated = figure("Tính đến nay, Trang có 4.512.000 lượt truy cập.", "4.512.000", { key: "luot_truy_cap" });
    expect(rule("visits-running-total").judge(undated)).toMatchObject({ take: "nothing" });
    const inPeriod = figure("Tổng số lượt truy cập trong kỳ đạt 1.204.330 lượt.", "1.204.330", {
      key: "luot_truy_cap",
      inPeriodHint: true,
    });
    expect(rule("visits-running-total").judge(inPeriod)).toBeNull();
  });

  it("another-period: the compared period in its own clause is a prior value; any other period is nothing; this one passes", () => {
    const scope = (year: number, local: boolean) => ({
      period: { kind: "half", year, index: 1 } as const,
      multiYear: false,
      text: `6 tháng đầu năm ${year}`,
      ...(local ? { local: true as const } : {}),
    });
    const f = (year: number, local: boolean) => figure("(6 tháng đầu năm 2022 có 951 tin, bài)", "951", { scope: scope(year, local) });
    expect(rule("another-period").judge(f(2022, true))).toMatchObject({ take: "prior", target: { kind: "half", year: 2022, index: 1 } });
    expect(rule("another-period").judge(f(2022, false))).toMatchObject({ take: "nothing" });
    expect(rule("another-period").judge(f(2019, true))).toMatchObject({ take: "nothing", reason: expect.stringMatching(/2019/) });
    expect(rule("another-period").judge(f(2023, true))).toBeNull();
  });

  it("judgeFigure: the first verdict decides, in order; a topic's count is a weak value", () => {
    // In the tasks section and on Facebook: the tasks section is named, being first.
    const both = figure("Fanpage phấn đấu 9.000 lượt truy cập.", "9.000", {
      key: "luot_truy_cap",
      ctx: { period: HALF_2023, planning: true, componentSites: false },
    });
    expect(judgeFigure(both)).toMatchObject({ take: "nothing", reason: expect.stringMatching(/phương hướng/) });
    expect(judgeFigure(figure("Trang đăng gần 90 tin bài về hoạt động của các đơn vị.", "90"))).toEqual({
      take: "value",
      key: "tin_bai",
      weak: true,
    });
    expect(judgeFigure(figure("Trang đã đăng 1.225 tin, bài.", "1.225"))).toEqual({ take: "value", key: "tin_bai", weak: false });
  });
});

describe("the metric named before the number", () => {
  it("a label that starts its line or clause, then a colon, with a short modifier at most", () => {
    expect(labelBefore("- Video: ")).toMatchObject({ key: "video" });
    expect(labelBefore("2. Hình ảnh: ")).toMatchObject({ key: "anh" });
    expect(labelBefore("Lượt truy cập trong quý: ")).toMatchObject({ key: "luot_truy_cap", inPeriod: true, cumulativeHint: false });
    expect(labelBefore("Lượt truy cập trong quý: 31.902; Lượt truy cập lũy kế từ khi vận hành: ")).toMatchObject({
      cumulativeHint: true,
    });
    // Not a label: the noun inside a sentence, another word first, a modifier with its own clause, a date's label.
    expect(labelBefore("Trang đã đăng tin, bài: ")).toBeNull();
    expect(labelBefore("Ghi chú: ")).toBeNull();
    expect(labelBefore("Văn bản (gồm chỉ đạo, điều hành và quy phạm): ")).toBeNull();
    expect(labelBefore("Ngày: ")).toBeNull();
  });

  it.each([
    ["Tổng số lượt truy cập vào Trang trong kỳ đạt ", { key: "luot_truy_cap", cumulativeHint: false, inPeriod: true }],
    ["nâng tổng số lượt truy cập lên ", { key: "luot_truy_cap", cumulativeHint: true, inPeriod: false }],
    ["Lượng truy cập hiện nay trên ", { key: "luot_truy_cap", cumulativeHint: true }],
    ["Số tin, bài: ", { key: "tin_bai", cumulativeHint: false }],
  ])("%j", (lead, expected) => {
    expect(nounBefore(lead)).toMatchObject(expected);
  });

  it("not across another clause, nor after a long aside", () => {
    expect(nounBefore("Số tin, bài đăng tải: năm 2019 có ")).toBeNull();
    expect(nounBefore("số lượt truy cập của các trang thành phần do từng đơn vị quản lý và cập nhật hằng ngày là ")).toBeNull();
  });

  it("in a list after 'trong đó' or a colon, only when the noun is all that precedes the number", () => {
    expect(
      listNounBefore(
        " văn bản chỉ đạo, điều hành ",
        "Đã cập nhật 76 nội dung, trong đó: thủ tục hành chính 12; văn bản chỉ đạo, điều hành ",
      ),
    ).toMatchObject({ key: "van_ban_chi_dao" });
    expect(listNounBefore("Đã cập nhật văn bản số ", "Đã cập nhật văn bản số ")).toBeNull();
    expect(listNounBefore(" thủ tục hành chính ", "Cập nhật thủ tục hành chính ")).toBeNull();
  });
});

describe("each comparison rule", () => {
  const YEAR_2019 = { kind: "year", year: 2019 } as const;
  function compared(sentence: string, number: string, prev: ComparisonContext["prev"] = null): ComparisonContext {
    const start = sentence.indexOf(number);
    const end = start + number.length;
    const after = sentence.slice(end);
    return {
      sentence,
      start,
      end,
      value: Number(number.replace(/\./g, "")),
      qualifier: null,
      leadIn: sentence.slice(0, start).slice(-200),
      after,
      nextStart: sentence.length,
      noun: matchMetricNoun(after),
      prev,
      resolve: (text) => resolveComparisonTarget(text, YEAR_2019),
    };
  }
  const byName = (name: string) => COMPARISON_RULES.find((r) => r.name === name)!;

  it("change-against-a-period: this period's figure minus the change, for the period compared with", () => {
    const c = compared("Đăng 1.225 văn bản, tăng 274 văn bản so với năm 2018.", "274", { key: "van_ban", value: 1225, qualifier: null });
    expect(byName("change-against-a-period").read(c)).toMatchObject({
      take: "prior",
      key: "van_ban",
      value: 951,
      target: { kind: "year", year: 2018 },
      base: 1225,
    });
    expect(
      byName("change-against-a-period").read(
        compared("Đăng 1.225 văn bản, tăng 274 văn bản.", "274", { key: "van_ban", value: 1225, qualifier: null }),
      ),
    ).toMatchObject({ take: "nothing" });
    expect(byName("change-against-a-period").read(compared("Đăng 1.225 văn bản.", "1.225"))).toBeNull();
  });

  it("bracket-after-a-comparison and quoted-with-its-period: the compared period's figure", () => {
    const bracket = compared("Thu hút 2.568.000 lượt truy cập, tăng 20% so với năm 2018 (2.140.000 lượt).", "2.140.000", {
      key: "luot_truy_cap",
      value: 2_568_000,
      qualifier: null,
    });
    expect(byName("bracket-after-a-comparison").read(bracket)).toMatchObject({
      take: "prior",
      key: "luot_truy_cap",
      value: 2_140_000,
      target: { kind: "year", year: 2018 },
    });
    const quoted = compared("Đăng 242 tin, bài (cùng kỳ năm 2018: 210 tin, bài).", "210");
    expect(readComparison(quoted)).toMatchObject({ take: "prior", key: "tin_bai", value: 210 });
    // A bracket that names no period is not a quote of one.
    expect(readComparison(compared("Đăng 242 tin, bài (chủ yếu: 200 tin, bài tự viết).", "200"))).toBeNull();
  });
});

describe("reconciling the figures of one key", () => {
  const c = (value: number, weak = false): Candidate => ({
    key: "tin_bai",
    noun: "tin, bài",
    value,
    qualifier: null,
    source: `${value}`,
    ...(weak ? { weak: "số liệu của một chủ đề; báo cáo đã có tổng số" } : {}),
  });

  it("one figure said twice is one; two different ones are none, each handed back with both values", () => {
    expect(settle([c(242), c(242)], [])).toEqual({ tin_bai: { value: 242, qualifier: null, source: "242" } });
    const unmapped: UnmappedFigure[] = [];
    expect(settle([c(242), c(250)], unmapped)).toEqual({});
    expect(unmapped.map((u) => u.reason)).toEqual([expect.stringContaining("242, 250"), expect.stringContaining("242, 250")]);
  });

  it("a topic's count gives way to a total, and stands alone when there is none", () => {
    const unmapped: UnmappedFigure[] = [];
    expect(settle([c(90, true), c(1204)], unmapped)).toEqual({ tin_bai: expect.objectContaining({ value: 1204 }) });
    expect(unmapped).toEqual([expect.objectContaining({ value: 90, reason: expect.stringMatching(/chủ đề/) })]);
    expect(settle([c(90, true)], [])).toEqual({ tin_bai: expect.objectContaining({ value: 90 }) });
  });
});
