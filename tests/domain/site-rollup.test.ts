import { rollUpSites } from "../../src/domain/site-rollup";
import { buildSiteTable, siteColumns, siteSums, OTHER_SITES_GROUP } from "../../src/domain/site-table";
import { siteKeys, sameSite } from "../../src/domain/site-identity";
import { buildReport } from "../../src/domain/build-report";
import { validateReportData } from "../../src/sources/data-file";
import type { ReportData, SiteReport } from "../../src/domain/report-data";
import { communes, provinceData, siteData, exampleSiteInputs, siteInput } from "../helpers/site-fixtures";

const paragraphText = (model: ReturnType<typeof buildReport>, tag: string) => {
  const block = model.blocks.find((b) => b.tag === tag);
  if (!block || block.content.kind !== "paragraphs") throw new Error(`no paragraphs block ${tag}`);
  return block.content.paragraphs.map((p) => p.runs.map((r) => r.text).join("")).join("\n");
};

describe("which site reports count", () => {
  test("the example sites: four used, the quarter's report left out with its period, three listed sites missing", () => {
    const r = rollUpSites(provinceData(), exampleSiteInputs());
    expect(r.used.map((u) => u.name)).toEqual(["UBND phường Pleiku", "Sở Tài chính", "Sở Tư pháp", "UBND xã Ia Grai"]);
    expect(r.leftOut).toEqual([
      {
        source: "thanh-tra-tinh.json",
        name: "Thanh tra tỉnh",
        reason: expect.stringContaining("báo cáo quý I năm 2026, không phải 6 tháng đầu năm 2026"),
      },
    ]);
    expect(r.missing).toEqual(["Sở Nội vụ", "Thanh tra tỉnh", "UBND xã Đak Đoa"]);
    expect(validateReportData(r.data).ok).toBe(true);
  });

  test("a site given twice is counted once and the second file named with the first", () => {
    const [first] = communes(1);
    const r = rollUpSites(provinceData(), [siteInput(first!.data, "xa-thu-1.json"), siteInput(first!.data, "xa-thu-1 (ban sao).json")]);
    expect(r.used).toHaveLength(1);
    expect(r.leftOut).toEqual([
      {
        source: "xa-thu-1 (ban sao).json",
        name: first!.data.unit.site,
        reason: expect.stringContaining('trùng trang với tệp "xa-thu-1.json"'),
      },
    ]);
    expect(r.data.sites!.reports).toHaveLength(1);
  });

  test("the same listed site under another spelling is still a duplicate (UBND / Ủy ban nhân dân, case)", () => {
    const a = siteData({ governingBody: "UBND XÃ IA GRAI", site: "Trang thông tin điện tử xã Ia Grai", metrics: { tin_bai: 5 } });
    const b = siteData({ governingBody: "ỦY BAN NHÂN DÂN XÃ IA GRAI", site: "Trang TTĐT xã Ia Grai", metrics: { tin_bai: 6 } });
    const r = rollUpSites(provinceData(), [siteInput(a, "a.json"), siteInput(b, "b.json")]);
    expect(r.used.map((u) => u.name)).toEqual(["UBND xã Ia Grai"]);
    expect(r.leftOut.map((l) => l.source)).toEqual(["b.json"]);
  });

  test("the province's own file is not a component site", () => {
    const r = rollUpSites(provinceData(), [siteInput(provinceData(), "tinh.json")]);
    expect(r.used).toEqual([]);
    expect(r.leftOut[0]!.reason).toContain("chính cổng/trang lập báo cáo tổng hợp");
  });

  test("a file that does not say which site it is, and an unreadable one, are left out; the others go on", () => {
    const nameless = siteData({ site: "Trang thông tin điện tử", metrics: { tin_bai: 3 } });
    const [c] = communes(1);
    const r = rollUpSites(provinceData(), [
      siteInput(nameless, "khong-ten.json"),
      { ok: false, source: "hong.json", problem: "tệp không phải JSON hợp lệ" },
      siteInput(c!.data, "xa-thu-1.json"),
    ]);
    expect(r.leftOut.map((l) => l.source)).toEqual(["khong-ten.json", "hong.json"]);
    expect(r.leftOut[0]!.reason).toContain("không cho biết đây là trang nào");
    expect(r.used.map((u) => u.source)).toEqual(["xa-thu-1.json"]);
  });

  test("a late report is added to an earlier roll-up; a report sent again replaces that site's figures", () => {
    const first = rollUpSites(provinceData(), exampleSiteInputs());
    const late = siteData({
      governingBody: "UBND XÃ ĐAK ĐOA",
      site: "Trang thông tin điện tử xã Đak Đoa",
      metrics: { tin_bai: 40, van_ban: 9, luot_truy_cap: 2100 },
    });
    const corrected = siteData({
      governingBody: "SỞ TÀI CHÍNH",
      site: "Trang thông tin điện tử Sở Tài chính",
      metrics: { tin_bai: 220, van_ban: 96, luot_truy_cap: 48210 },
    });
    const second = rollUpSites(first.data, [siteInput(late, "xa-dak-doa.json"), siteInput(corrected, "so-tai-chinh (sua).json")]);
    expect(second.used).toEqual([
      { source: "xa-dak-doa.json", name: "UBND xã Đak Đoa", replaced: false },
      { source: "so-tai-chinh (sua).json", name: "Sở Tài chính", replaced: true },
    ]);
    expect(second.kept).toEqual(["UBND phường Pleiku", "Sở Tư pháp", "UBND xã Ia Grai"]);
    expect(second.missing).toEqual(["Sở Nội vụ", "Thanh tra tỉnh"]);
    const tin = siteSums(second.data.sites!.reports!).find((s) => s.key === "tin_bai")!;
    expect(tin.value).toBe(302 + 220 + 0 + 126 + 40);
  });
});

describe("the sums and the table", () => {
  test("every sum equals the sum of the inputs; the table's total row is the same", () => {
    const sites = communes(37);
    const r = rollUpSites(
      { ...provinceData(), sites: {} },
      sites.map((s, i) => siteInput(s.data, `xa-${i + 1}.json`)),
    );
    const expectSum = (key: string) =>
      sites.reduce((t, s) => t + (typeof s.data.metrics[key] === "number" ? (s.data.metrics[key] as number) : 0), 0);
    const sums = siteSums(r.data.sites!.reports!);
    for (const key of ["tin_bai", "van_ban", "luot_truy_cap", "anh"]) expect(sums.find((s) => s.key === key)!.value).toBe(expectSum(key));
    const table = buildSiteTable(r.data.sites!);
    expect(table.grouped).toBe(false);
    table.columns.forEach((c, i) => expect(table.totals[i]).toBe(expectSum(c.key)));
    // "ảnh" is given by a third of the sites: not a column of its own; in the sentence with how many gave it.
    expect(table.columns.map((c) => c.key)).toEqual(["tin_bai", "van_ban", "luot_truy_cap"]);
    const text = paragraphText(buildReport(r.data), "soanbaocao:trang-thanh-phan:tong-hop");
    expect(text).toContain(`có 37 trang thông tin điện tử thành phần gửi báo cáo`);
    expect(text).toContain(`${expectSum("anh").toLocaleString("de-DE")} ảnh (số liệu của 12/37 trang)`);
  });

  test("a figure most sites give becomes a column; columns follow the catalogue's order", () => {
    const reports: SiteReport[] = [
      { name: "A", metrics: { tin_bai: 1, video: 2, hoi_dap: 1 } },
      { name: "B", metrics: { tin_bai: 1, video: 3 } },
      { name: "C", metrics: { luot_truy_cap: 10, video: 1 } },
    ];
    expect(siteColumns(reports).map((c) => c.heading)).toEqual(["Tin, bài", "Video", "Văn bản", "Lượt truy cập"]);
  });

  test("approximate figures add up to an approximate sum: 'hơn' with 'hơn' stays 'hơn', a mix is 'khoảng'", () => {
    const sum = (a: ReportData["metrics"][string], b: ReportData["metrics"][string]) =>
      siteSums([
        { name: "A", metrics: { tin_bai: a } },
        { name: "B", metrics: { tin_bai: b } },
      ])[0]!;
    expect(sum({ value: 500, qualifier: "hơn" }, 120)).toMatchObject({ value: 620, qualifier: "hơn" });
    expect(sum({ value: 500, qualifier: "gần" }, { value: 100, qualifier: "trên" })).toMatchObject({ value: 600, qualifier: "khoảng" });
    expect(sum(500, 120)).not.toHaveProperty("qualifier");
  });

  test("grouped as the province lists them; a site not on the list goes last, under 'Các trang khác'", () => {
    const stranger = siteData({
      governingBody: "BAN QUẢN LÝ KHU KINH TẾ",
      site: "Trang thông tin điện tử Ban Quản lý Khu kinh tế",
      metrics: { tin_bai: 7 },
    });
    const r = rollUpSites(provinceData(), [...exampleSiteInputs(), siteInput(stranger, "bql-kkt.json")]);
    const table = buildSiteTable(r.data.sites!);
    expect(table.groups.map((g) => [g.numeral, g.name, g.rows.length])).toEqual([
      ["I", "Các sở, ban, ngành", 4],
      ["II", "Các xã, phường", 3],
      ["III", OTHER_SITES_GROUP, 1],
    ]);
    expect(table.groups[0]!.rows.map((row) => [row.stt, row.name, row.values])).toEqual([
      [1, "Sở Tài chính", [214, 180, 96, 48210]],
      [2, "Sở Tư pháp", [0, null, 41, 9120]],
      [3, "Sở Nội vụ", null],
      [4, "Thanh tra tỉnh", null],
    ]);
    const text = paragraphText(buildReport(r.data), "soanbaocao:trang-thanh-phan:tong-hop");
    expect(text).toContain("có 04/07 (và 01 trang ngoài danh sách) trang thông tin điện tử thành phần gửi báo cáo");
  });
});

describe("the report's section on the sites", () => {
  test("names the sites with no article and those that have not reported; the appendix table follows", () => {
    const model = buildReport(rollUpSites(provinceData(), exampleSiteInputs()).data);
    expect(paragraphText(model, "soanbaocao:heading:ket-qua.trang-thanh-phan")).toBe(
      "3. Hoạt động của các trang thông tin điện tử thành phần",
    );
    expect(paragraphText(model, "soanbaocao:trang-thanh-phan:tong-hop")).toBe(
      "Trong 6 tháng đầu năm 2026, có 04/07 trang thông tin điện tử thành phần gửi báo cáo. Các trang đã đăng tải 642 tin, bài, " +
        "835 ảnh (số liệu của 03/04 trang) và 12 video (số liệu của 01/04 trang); cập nhật 272 văn bản; thu hút 134.064 lượt truy cập. " +
        "Số liệu từng trang tại Phụ lục.",
    );
    expect(paragraphText(model, "soanbaocao:trang-thanh-phan:khong-tin-bai")).toBe(
      "- Còn 01 trang chưa có tin, bài nào trong 6 tháng đầu năm 2026: Sở Tư pháp.",
    );
    expect(paragraphText(model, "soanbaocao:trang-thanh-phan:chua-bao-cao")).toBe(
      "- Còn 03 trang chưa gửi báo cáo: Sở Nội vụ, Thanh tra tỉnh và UBND xã Đak Đoa.",
    );
    const tags = model.blocks.map((b) => b.tag);
    expect(tags.slice(-2)).toEqual(["soanbaocao:phu-luc-trang-thanh-phan", "soanbaocao:trang-thanh-phan"]);
    expect(model.blocks.at(-1)!.part).toBe("appendix");
    expect(model.appendixLandscape).toBe(false);
  });

  test("before any site has reported, the same blocks are there, saying so", () => {
    const empty = buildReport(provinceData());
    const full = buildReport(rollUpSites(provinceData(), exampleSiteInputs()).data);
    expect(empty.blocks.map((b) => b.tag)).toEqual(full.blocks.map((b) => b.tag));
    expect(paragraphText(empty, "soanbaocao:trang-thanh-phan:tong-hop")).toBe(
      "Trong 6 tháng đầu năm 2026, chưa có trang thông tin điện tử thành phần nào gửi báo cáo.",
    );
  });

  test("with the province's own contributor table too, the appendices are I and II, the second on a new page", () => {
    const data = rollUpSites(provinceData(), exampleSiteInputs()).data;
    data.contributors = [{ group: "Phòng, ban", rows: [{ name: "Văn phòng", months: [1, 2, 3, 4, 5, 6] }] }];
    data.metrics.tin_bai = 21;
    const model = buildReport(data);
    expect(paragraphText(model, "soanbaocao:phu-luc")).toMatch(/^PHỤ LỤC I\n/);
    const second = model.blocks.find((b) => b.tag === "soanbaocao:phu-luc-trang-thanh-phan")!;
    expect(second.content.kind === "paragraphs" && second.content.paragraphs[0]).toMatchObject({
      role: "appendix-title-next",
      runs: [{ text: "PHỤ LỤC II" }],
    });
    expect(paragraphText(model, "soanbaocao:trang-thanh-phan:tong-hop")).toContain("Số liệu từng trang tại Phụ lục II.");
    expect(paragraphText(model, "soanbaocao:khong-tin-bai")).toContain("(chi tiết tại Phụ lục I)");
  });

  test("the portal's own count of sites against its list: a warning when they differ", () => {
    expect(buildReport(provinceData()).warnings).toEqual([]);
    const data = provinceData();
    data.metrics.trang_thanh_phan = 40;
    expect(buildReport(data).warnings).toEqual([
      expect.stringContaining("metrics.trang_thanh_phan = 40) khác số trang trong danh sách sites.expected (7)"),
    ]);
  });

  test("more figure columns than portrait holds turn the appendix landscape", () => {
    const metrics = { tin_bai: 1, anh: 2, video: 3, van_ban: 4, hoi_dap: 5, tthc: 6, luot_truy_cap: 7 };
    const reports = [
      { name: "A", metrics },
      { name: "B", metrics },
    ];
    const model = buildReport({ ...provinceData(), sites: { reports } });
    expect(model.appendixLandscape).toBe(true);
  });
});

describe("site names", () => {
  test.each([
    ["UBND XÃ IA GRAI", "Xã Ia Grai"],
    ["Trang thông tin điện tử xã Ia Grai", "UBND xã Ia Grai"],
    ["SỞ TÀI CHÍNH", "Sở Tài chính"],
    ["Cổng TTĐT Sở Tư pháp", "Sở Tư pháp"],
    ["Ủy ban nhân dân phường Pleiku", "UBND phường Pleiku"],
  ])("%s is %s", (a, b) => expect(sameSite(siteKeys([a]), siteKeys([b]))).toBe(true));

  test.each([
    ["UBND tỉnh Gia Lai", "UBND tỉnh Đắk Lắk"],
    ["Ban biên tập trang thông tin điện tử", "Ban biên tập trang thông tin điện tử"],
    ["UBND xã Ia Grai", "UBND xã Ia Pa"],
  ])("%s is not %s", (a, b) => expect(sameSite(siteKeys([a]), siteKeys([b]))).toBe(false));
});
