import { FakeWordHost } from "./fake-word-host";
import { buildReport } from "../../src/domain/build-report";
import { insertWholeReport } from "../../src/word/insert-report";
import { refreshReport } from "../../src/word/refresh-report";
import { readStoredReport } from "../../src/word/report-store";
import { rollUpSites, type SiteInput } from "../../src/domain/site-rollup";
import { validateReportData } from "../../src/sources/data-file";
import type { ReportData } from "../../src/domain/report-data";
import { savedTextOf } from "../helpers/word-scenarios";
import { provinceData, siteData, exampleSiteInputs, siteInput } from "../helpers/site-fixtures";

// The province report in Word, refreshed as the sites' reports come in: the section's sums, the named sites and the
// appendix table change in their blocks; what the secretary wrote stays.

let host: FakeWordHost;
let uninstall: () => void;
beforeEach(() => {
  host = FakeWordHost.createEmpty();
  uninstall = host.install(globalThis);
});
afterEach(() => uninstall());

/** The roll-up of the data stored in the open document with `inputs` added: what the pane does on a late report. */
async function rollUpStored(inputs: SiteInput[]): Promise<ReportData> {
  const stored = await readStoredReport();
  const before = validateReportData(JSON.parse(stored!.content.dataJson));
  if (!before.ok) throw new Error("stored data does not validate");
  const after = validateReportData(rollUpSites(before.data, inputs).data);
  if (!after.ok) throw new Error("rolled-up data does not validate");
  return after.data;
}

const lateDakDoa = () =>
  siteInput(
    siteData({
      governingBody: "UBND XÃ ĐAK ĐOA",
      site: "Trang thông tin điện tử xã Đak Đoa",
      metrics: { tin_bai: 58, anh: 20, van_ban: 14, luot_truy_cap: 7300 },
    }),
    "xa-dak-doa.json",
  );

test("one more site's report: the sums, the named sites and the appendix change in place; her words stay", async () => {
  await insertWholeReport(buildReport(rollUpSites(provinceData(), exampleSiteInputs()).data), "tinh.json", { mode: "cursor" });
  host.user.typeParagraph("Ghi chú của Ban Biên tập: đã nhắc các trang gửi báo cáo đúng hạn.", "end");
  host.user.replaceTextInContentControl("soanbaocao:text:uu-diem", "được duy trì hoạt động ổn định", "hoạt động ổn định, thông suốt");
  let text = await savedTextOf(host);
  expect(text).toContain("Tổng cộng 642 835 272 134.064");
  expect(text).toContain("3 UBND xã Đak Đoa Chưa gửi báo cáo");

  const result = await refreshReport(buildReport(await rollUpStored([lateDakDoa()])));
  expect(result.failed).toEqual([]);
  expect(result.notInDocument).toEqual([]);
  expect(result.diff.sites).toEqual(["UBND xã Đak Đoa"]);
  expect(result.summary).toMatch(/^Đã cập nhật 0 số liệu, 0 hàng bảng, 1 trang thành phần \(3 khối thay đổi/);
  expect(result.keptEdited.map((b) => b.tag)).toEqual(["soanbaocao:text:uu-diem"]);
  expect(result.updated.map((b) => b.tag)).toEqual([
    "soanbaocao:trang-thanh-phan:tong-hop",
    "soanbaocao:trang-thanh-phan:chua-bao-cao",
    "soanbaocao:trang-thanh-phan",
  ]);

  text = await savedTextOf(host);
  expect(text).toContain("có 05/07 trang thông tin điện tử thành phần gửi báo cáo");
  expect(text).toContain("đã đăng tải 700 tin, bài, 855 ảnh (số liệu của 04/05 trang)");
  expect(text).toContain("thu hút 141.364 lượt truy cập");
  expect(text).toContain("Còn 02 trang chưa gửi báo cáo: Sở Nội vụ và Thanh tra tỉnh.");
  expect(text).toContain("3 UBND xã Đak Đoa 58 20 14 7.300");
  expect(text).toContain("Tổng cộng 700 855 286 141.364");
  expect(text).not.toContain("UBND xã Đak Đoa Chưa gửi báo cáo");
  expect(text).toContain("Ghi chú của Ban Biên tập: đã nhắc các trang gửi báo cáo đúng hạn.");
  expect(text).toContain("hoạt động ổn định, thông suốt");
  // Each block once: the refresh replaced, it did not add.
  const tags = host.contentControls().map((c) => c.tag);
  expect(tags.filter((t) => t === "soanbaocao:trang-thanh-phan")).toHaveLength(1);
});

test("inserted before any site reported, the table fills in as reports arrive", async () => {
  await insertWholeReport(buildReport(provinceData()), "tinh.json", { mode: "cursor" });
  let text = await savedTextOf(host);
  expect(text).toContain("chưa có trang thông tin điện tử thành phần nào gửi báo cáo");
  expect(text).toContain("Tổng cộng 0 0 0");

  const result = await refreshReport(buildReport(await rollUpStored(exampleSiteInputs())));
  expect(result.notInDocument).toEqual([]);
  text = await savedTextOf(host);
  expect(text).toContain("có 04/07 trang thông tin điện tử thành phần gửi báo cáo");
  expect(text).toContain("Tổng cộng 642 835 272 134.064");
  const stored = await readStoredReport();
  expect((JSON.parse(stored!.content.dataJson) as ReportData).sites!.reports).toHaveLength(4);
});
