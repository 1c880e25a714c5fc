import { checkReport } from "../../../src/domain/checker";
import type { CheckedDocument, Finding, TextEdit } from "../../../src/domain/checker";
import { APPENDIX, BODY, bodyWith, findingsOf, reportDocument } from "./checker-fixture";

// One small test per rule and case, on a correct report with one thing changed: the finding is there, says what
// it should be, and its fix (when it has one) makes the report correct again.

/** Applies edits to the document the way the pane does, so a fix can be checked by checking again. */
function applied(doc: CheckedDocument, edits: readonly TextEdit[]): CheckedDocument {
  const copy: CheckedDocument = JSON.parse(JSON.stringify(doc));
  const sorted = [...edits].sort((a, b) => b.at.offset - a.at.offset);
  for (const e of sorted) {
    const block = copy.blocks[e.at.block]!;
    const replace = (text: string) => {
      expect(text.slice(e.at.offset, e.at.offset + e.found.length)).toBe(e.found);
      return text.slice(0, e.at.offset) + e.replacement + text.slice(e.at.offset + e.found.length);
    };
    if (block.kind === "paragraph") block.text = replace(block.text);
    else block.rows[e.at.row!]![e.at.cell!] = replace(block.rows[e.at.row!]![e.at.cell!]!);
  }
  return copy;
}

function only(findings: Finding[]): Finding {
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

describe("the correct fixture", () => {
  it("has no finding", () => {
    expect(findingsOf(reportDocument())).toEqual([]);
  });
});

describe("stale-period", () => {
  it("finds a result heading naming last year's period, in its case, with a fix", () => {
    const doc = reportDocument({ body: bodyWith(1, "I. KẾT QUẢ HOẠT ĐỘNG 6 THÁNG ĐẦU NĂM 2025") });
    const f = only(findingsOf(doc, "stale-period"));
    expect(f).toMatchObject({ severity: "error", found: "6 THÁNG ĐẦU NĂM 2025", expected: "6 THÁNG ĐẦU NĂM 2026" });
    expect(findingsOf(applied(doc, f.fix!))).toEqual([]);
  });

  it("finds a sentence whose time frame is last year's, even the same period last year", () => {
    const doc = reportDocument({ body: bodyWith(5, "Trong 6 tháng đầu năm 2025, Trang đã thu hút 48.530 lượt truy cập.") });
    expect(only(findingsOf(doc, "stale-period"))).toMatchObject({ found: "6 tháng đầu năm 2025", expected: "6 tháng đầu năm 2026" });
  });

  it("lets a comparing sentence name the previous period and the same period last year", () => {
    const doc = reportDocument({
      body: bodyWith(5, "Trang đã thu hút 48.530 lượt truy cập, tăng 20% so với cùng kỳ năm 2025 và so với 6 tháng cuối năm 2025."),
    });
    expect(findingsOf(doc, "stale-period")).toEqual([]);
  });

  it("finds a period in a sentence that does not compare", () => {
    const doc = reportDocument({ body: bodyWith(5, "Trang đã thu hút 48.530 lượt truy cập trong quý III năm 2024.") });
    expect(only(findingsOf(doc, "stale-period")).found).toBe("quý III năm 2024");
  });

  it("reads the year after 'cùng kỳ' as the same period of that year", () => {
    const doc = reportDocument({ body: bodyWith(5, "Trang đã thu hút 48.530 lượt truy cập, tăng 20% so với cùng kỳ năm 2024.") });
    expect(only(findingsOf(doc, "stale-period"))).toMatchObject({ found: "năm 2024", expected: "năm 2025" });
  });

  it("leaves the years of citations, laws and points in time alone", () => {
    const doc = reportDocument({
      body: bodyWith(
        0,
        "Căn cứ Kế hoạch số 44/KH-UBND ngày 03/6/2021 về nâng cao chỉ số (PCI) năm 2021; Luật Tiếp cận thông tin năm 2016; Trang hoạt động từ năm 2015, Ban Biên tập báo cáo như sau:",
      ),
    });
    expect(findingsOf(doc, "stale-period")).toEqual([]);
  });

  it("lets a sentence name the report's year and parts of the period", () => {
    const doc = reportDocument({ body: bodyWith(5, "Kinh phí năm 2026 là 60.000.000 đồng; riêng quý I năm 2026 đã chi 10.000.000 đồng.") });
    expect(findingsOf(doc, "stale-period")).toEqual([]);
  });

  it("expects the next period in the tasks heading and the summary line's second half", () => {
    const doc = reportDocument({
      summary: "Tình hình hoạt động Trang thông tin điện tử xã 6 tháng đầu năm và phương hướng, nhiệm vụ năm 2027",
      body: bodyWith(7, "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2026"),
    });
    const found = findingsOf(doc, "stale-period");
    expect(found.map((f) => [f.found, f.expected])).toEqual([
      ["năm 2027", "6 tháng cuối năm 2026"],
      ["6 THÁNG ĐẦU NĂM 2026", "6 THÁNG CUỐI NĂM 2026"],
    ]);
  });

  it("says nothing without a period to compare with", () => {
    const doc = reportDocument({ body: bodyWith(1, "I. KẾT QUẢ HOẠT ĐỘNG 6 THÁNG ĐẦU NĂM 2025") });
    expect(findingsOf(doc, "stale-period", null)).toEqual([]);
  });
});

describe("heading-numbering", () => {
  it("finds a repeated number once, and its fix renumbers the rest of the level", () => {
    const doc = reportDocument({
      body: bodyWith(6, "II. ĐÁNH GIÁ CHUNG").map((l, i) => (i === 7 ? "II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026" : l)),
    });
    const f = only(findingsOf(doc, "heading-numbering"));
    expect(f).toMatchObject({ found: "II.", expected: "III." });
    expect(f.message).toContain("bị lặp");
    expect(findingsOf(applied(doc, f.fix!))).toEqual([]);
  });

  it("finds a skipped number (1., 2., 4.)", () => {
    const doc = reportDocument({ body: bodyWith(4, "4. Lượt truy cập") });
    const f = only(findingsOf(doc, "heading-numbering"));
    expect(f).toMatchObject({ found: "4.", expected: "2." });
    expect(f.message).toContain("nhảy");
  });

  it("finds a first heading that is not 1, and numbers out of order", () => {
    const first = reportDocument({ body: bodyWith(2, "2. Công tác cập nhật thông tin").map((l, i) => (i === 4 ? "3. Lượt truy cập" : l)) });
    expect(only(findingsOf(first, "heading-numbering"))).toMatchObject({ found: "2.", expected: "1." });
    const back = reportDocument({ body: [...BODY.slice(0, 6), "1. Hạn chế", ...BODY.slice(6)] });
    expect(only(findingsOf(back, "heading-numbering"))).toMatchObject({ found: "1.", expected: "3." });
  });

  it("finds a missing space after the number", () => {
    const doc = reportDocument({ body: bodyWith(2, "1.Công tác cập nhật thông tin") });
    const f = only(findingsOf(doc, "heading-numbering"));
    expect(f).toMatchObject({ found: "1.", expected: "1. " });
    expect(findingsOf(applied(doc, f.fix!))).toEqual([]);
  });

  it("finds a sub-heading under the wrong parent, and a section before the first Roman one", () => {
    const sub = reportDocument({ body: [...BODY.slice(0, 5), "1.1. Trên cổng chính", ...BODY.slice(5)] });
    expect(only(findingsOf(sub, "heading-numbering"))).toMatchObject({ found: "1.1.", expected: "2.1." });
    const early = reportDocument({ body: ["1. Mở đầu", ...BODY] });
    expect(findingsOf(early, "heading-numbering").map((f) => f.severity)).toContain("warning");
  });

  it("does not take a figure or a bullet for a heading", () => {
    const doc = reportDocument({ body: bodyWith(5, "1.225 tin, bài đã được đăng.") });
    expect(findingsOf(doc, "heading-numbering")).toEqual([]);
  });
});

describe("stt-sequence", () => {
  const withStt = (row: number, value: string) => APPENDIX.map((r, i) => (i === row ? [value, ...r.slice(1)] : r));

  it("finds a gap, restarting at each group, with a fix for the rest of the group", () => {
    const rows = [...APPENDIX.slice(0, 4), ["4", "Công an xã", "", "", "0"], ...APPENDIX.slice(4)];
    const doc = reportDocument({ appendix: rows });
    const f = only(findingsOf(doc, "stt-sequence"));
    expect(f).toMatchObject({ found: "4", expected: "3" });
    expect(findingsOf(applied(doc, f.fix!))).toEqual([]);
  });

  it("finds a repeat", () => {
    expect(only(findingsOf(reportDocument({ appendix: withStt(3, "1") }), "stt-sequence"))).toMatchObject({ found: "1", expected: "2" });
  });

  it("finds a group out of sequence", () => {
    expect(only(findingsOf(reportDocument({ appendix: withStt(4, "III") }), "stt-sequence"))).toMatchObject({
      found: "III",
      expected: "II",
    });
  });
});

describe("table-arithmetic", () => {
  const withCell = (row: number, col: number, value: string) =>
    APPENDIX.map((r, i) => (i === row ? r.map((c, j) => (j === col ? value : c)) : r));

  it("finds a wrong row total alone (the grand total adds the rows' figures)", () => {
    const f = only(findingsOf(reportDocument({ appendix: withCell(2, 4, "23") })));
    expect(f).toMatchObject({ rule: "table-arithmetic", found: "23", expected: "22" });
    expect(f.fix).toBeUndefined();
  });

  it("finds a wrong grand total", () => {
    expect(only(findingsOf(reportDocument({ appendix: withCell(6, 4, "61") })))).toMatchObject({
      rule: "table-arithmetic",
      found: "61",
      expected: "60",
    });
  });

  it("finds a wrong month figure in its row and its column", () => {
    const found = findingsOf(reportDocument({ appendix: withCell(2, 2, "11") }), "table-arithmetic");
    expect(found.map((f) => [f.found, f.expected])).toEqual([
      ["22", "23"],
      ["35", "36"],
    ]);
  });
});

describe("text-table-mismatch", () => {
  it("finds the article count in the text differing from the appendix total", () => {
    const doc = reportDocument({ body: bodyWith(3, "Trong 6 tháng đầu năm 2026, Trang đã đăng tải 62 tin, bài.") });
    expect(only(findingsOf(doc, "text-table-mismatch"))).toMatchObject({ found: "62", expected: "60" });
  });

  it("ignores qualified figures and the component sites' counts", () => {
    const doc = reportDocument({
      body: bodyWith(3, "Trong 6 tháng đầu năm 2026, Trang đã đăng tải gần 62 tin, bài. Các trang thành phần đã cập nhật 700 tin, bài."),
    });
    expect(findingsOf(doc, "text-table-mismatch")).toEqual([]);
  });
});

describe("number-format", () => {
  it.each([
    ["Trang đã thu hút 6,636,328 lượt truy cập.", "6,636,328", "6.636.328"],
    ["Trang đã thu hút 9,933 lượt truy cập.", "9,933", "9.933"],
    ["Tỷ lệ đạt 54.0% kế hoạch.", "54.0", "54,0"],
    ["Trang đã thu hút 96811 lượt truy cập.", "96811", "96.811"],
  ])("finds %s", (line, found, expected) => {
    const f = only(findingsOf(reportDocument({ body: bodyWith(3, line) }), "number-format"));
    expect(f).toMatchObject({ found, expected });
    expect(f.message).toContain("ví dụ");
  });

  it("leaves years, document numbers, money and Vietnamese decimals alone", () => {
    const line = "Theo Quyết định 1762/QĐ-UBND năm 2021, đã chi 150.000.000 đồng, đạt 12,5%; 1,5 lần; số điện thoại 0269.3822.456.";
    expect(findingsOf(reportDocument({ body: bodyWith(5, line) }), "number-format")).toEqual([]);
  });
});

describe("nd30-form", () => {
  const header = (left: string, right: string) => [[left, right]];
  const motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n";

  it("wants leading zeros for days under 10 and months 1 and 2, and none from March", () => {
    const early = findingsOf(reportDocument({ header: header("Số: 07/BC-BBT", `${motto}Ia Grai, ngày 5 tháng 2 năm 2026`) }), "nd30-form");
    expect(early.map((f) => [f.found, f.expected])).toEqual([
      ["5", "05"],
      ["2", "02"],
    ]);
    const late = findingsOf(reportDocument({ header: header("Số: 07/BC-BBT", `${motto}Ia Grai, ngày 26 tháng 07 năm 2026`) }), "nd30-form");
    expect(late.map((f) => [f.found, f.expected])).toEqual([["07", "7"]]);
  });

  it("wants 'Số:' with a colon (ND30) and without (HD 36)", () => {
    const nd30 = findingsOf(reportDocument({ header: header("Số 07/BC-BBT", `${motto}Ia Grai, ngày 26 tháng 6 năm 2026`) }), "nd30-form");
    expect(nd30.map((f) => f.expected)).toEqual(["Số:"]);
    const hd36 = findingsOf(
      reportDocument({
        header: header(
          "TỈNH ỦY GIA LAI\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nSố: 12-BC/BTGDVTU",
          "ĐẢNG CỘNG SẢN VIỆT NAM\n\nGia Lai, ngày 08 tháng 4 năm 2026",
        ),
        recipients: "Nơi nhận:\n- Thường trực Tỉnh ủy;\n- Lưu Văn phòng Ban.",
        signature: "K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nTrần Văn Lộc",
      }),
      "nd30-form",
    );
    expect(hd36.map((f) => [f.found, f.expected])).toEqual([["Số:", "Số"]]);
  });

  it.each([
    ["KT.TRƯỞNG BAN\nPHÓ TRƯỞNG BAN", "KT.", "KT. "],
    ["K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN", "K/T ", "KT. "],
    ["TM ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "TM ", "TM. "],
  ])("wants the ND30 authority form in %j", (signature, found, expected) => {
    expect(only(findingsOf(reportDocument({ signature }), "nd30-form"))).toMatchObject({ found, expected });
  });

  it("wants '- Lưu: VT, …' last in 'Nơi nhận:'", () => {
    const colon = only(findingsOf(reportDocument({ recipients: "Nơi nhận:\n- Văn phòng UBND tỉnh;\n- Lưu VT, BBT." }), "nd30-form"));
    expect(colon).toMatchObject({ found: "Lưu ", expected: "Lưu: " });
    const missing = only(findingsOf(reportDocument({ recipients: "Nơi nhận:\n- Văn phòng UBND tỉnh." }), "nd30-form"));
    expect(missing.message).toContain("Lưu: VT");
  });

  it("wants './.' closing the body", () => {
    const body = BODY.map((l, i) => (i === BODY.length - 1 ? l.replace("./.", ".") : l));
    const doc = reportDocument({ body });
    const f = only(findingsOf(doc, "nd30-form"));
    expect(f).toMatchObject({ found: ".", expected: "./." });
    expect(findingsOf(applied(doc, f.fix!))).toEqual([]);
  });
});

describe("outdated-reference", () => {
  const district = reportDocument({ body: bodyWith(5, "Trang đã thu hút 48.530 lượt truy cập, theo chỉ đạo của UBND huyện.") });

  it("warns of district bodies after 1 July 2025, with the date they changed", () => {
    const f = only(findingsOf(district, "outdated-reference"));
    expect(f).toMatchObject({ severity: "warning", found: "UBND huyện" });
    expect(f.message).toContain("01/7/2025");
  });

  it("says nothing of them in a report dated before", () => {
    const result = checkReport(district, { period: { kind: "half", year: 2025, index: 1 }, reportDate: { year: 2025, month: 6, day: 20 } });
    // The fixture's own date line (26/6/2026) wins over the given date: build one without it.
    expect(result.reportDate).toEqual({ year: 2026, month: 6, day: 26 });
    const undated = reportDocument({
      header: [["Số: 07/BC-BBT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]],
      body: bodyWith(5, "Theo chỉ đạo của UBND huyện."),
    });
    const before = checkReport(undated, { period: { kind: "half", year: 2025, index: 1 }, reportDate: { year: 2025, month: 6, day: 20 } });
    expect(before.findings.filter((x) => x.rule === "outdated-reference")).toEqual([]);
  });

  it("warns of the information ministry after 1 March 2025 and of Nghị định 43/2011 after 15 August 2022", () => {
    const doc = reportDocument({ body: bodyWith(5, "Phối hợp với Sở Thông tin và Truyền thông theo Nghị định số 43/2011/NĐ-CP.") });
    expect(findingsOf(doc, "outdated-reference").map((f) => f.found)).toEqual([
      "Sở Thông tin và Truyền thông",
      "Nghị định số 43/2011/NĐ-CP",
    ]);
  });
});

describe("a report with very many problems", () => {
  it("lists the first hundred of a rule, says there are more, and stays small", () => {
    const stale = Array.from(
      { length: 3000 },
      (_, i) => `Trong quý ${["I", "II", "III", "IV"][i % 4]} năm 2019, Trang đã đăng ${i} tin, bài.`,
    );
    const rows = [APPENDIX[0]!, ...Array.from({ length: 3000 }, (_, i) => [String(i * 2 + 1), `Đơn vị ${i}`, "1", "1", "2"])];
    const found = findingsOf(reportDocument({ body: [...BODY.slice(0, 3), ...stale, ...BODY.slice(3)], appendix: rows }));
    for (const rule of ["stale-period", "stt-sequence"] as const) {
      const mine = found.filter((f) => f.rule === rule);
      expect(mine).toHaveLength(101);
      expect(mine[100]!.message).toContain("Còn những chỗ khác cùng loại");
      for (const f of mine.slice(0, 100)) expect((f.fix ?? []).length).toBeLessThanOrEqual(3000);
    }
  });
});
