import { copyFileSync, readdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { sofficeConvert, tempDir, validateDocxAgainstSchema } from "../helpers/office-consumers";
import { siteData, SITE_FILES_DIR } from "../helpers/site-fixtures";
import { openPane, ROOT, shot, type StaticServer, usePaneSession } from "./pane-harness";

// "10. Tổng hợp báo cáo các trang thành phần" in the production pane, inside "Word" (the double): the province's
// file, the sites' files picked at once (used, left out with the reason, missing named), a hand-typed report
// counted only with the figures she ticks, the report inserted, then a late site's report and a refresh that
// changes the sums and the appendix in place.

jest.setTimeout(240_000);

let server: StaticServer;
let browser: Browser;
let fakeWord: string;
const work = tempDir("sbc-rollup-pane-");

usePaneSession((s) => ({ server, browser, fakeWord } = s));

const status = (page: Page) => page.locator("#pane-status");
const results = (page: Page) => page.getByTestId("rollup-results");
const rollupInput = (page: Page) => page.getByLabel("Chọn các tệp của các trang (chọn nhiều tệp một lúc)");
const body = (page: Page) => page.evaluate(() => window.fakeWordHost.bodyText().replace(/[\s\u0007]+/g, " "));

test("inside Word: roll up, review a hand-typed report, insert, then refresh after a late site", async () => {
  const sites = readdirSync(SITE_FILES_DIR).map((f) => path.join(SITE_FILES_DIR, f));
  const copy = path.join(work, "so-tai-chinh (gui lai).json");
  copyFileSync(path.join(SITE_FILES_DIR, "so-tai-chinh.json"), copy);
  const handText = path.join(work, "so-noi-vu.txt");
  writeFileSync(
    handText,
    "SỞ NỘI VỤ\nBÁO CÁO\nKết quả hoạt động Trang thông tin điện tử Sở Nội vụ 6 tháng đầu năm 2026\n" +
      "Trong 6 tháng đầu năm 2026, Trang thông tin điện tử Sở Nội vụ đã đăng tải 64 tin, bài và 31 văn bản.\n",
  );
  const hand = sofficeConvert(handText, "docx", work);

  const { page } = await openPane(browser, server.url, { fakeWord });
  await page.getByText("Đang làm việc trong Word").waitFor();
  await expect(rollupInput(page).isDisabled()).resolves.toBe(true);
  await page.getByLabel("Tệp số liệu", { exact: true }).setInputFiles(path.join(ROOT, "examples/tong-hop/tinh.json"));
  await status(page).getByText("Đã đọc số liệu").waitFor();

  await rollupInput(page).setInputFiles([...sites, copy, hand]);
  await status(page).getByText("Đã tổng hợp: tính 4 trang, không tính 3 tệp, còn 3 trang chưa gửi báo cáo").waitFor();
  const shown = (await results(page).textContent()) ?? "";
  expect(shown).toContain("thanh-tra-tinh.json (Thanh tra tỉnh): báo cáo quý I năm 2026, không phải 6 tháng đầu năm 2026");
  expect(shown).toMatch(/so-tai-chinh( \(gui lai\))?\.json \(Sở Tài chính\): trùng trang với tệp/);
  expect(shown).toContain("so-noi-vu.docx: báo cáo này không có dữ liệu của Soạn báo cáo");
  expect(shown).toContain("Chưa gửi báo cáo (3 trang): Sở Nội vụ, Thanh tra tỉnh, UBND xã Đak Đoa.");
  const preview = page.frameLocator("iframe").first();
  await preview.getByText("Tổng cộng").first().waitFor();
  await expect(preview.locator("body").textContent()).resolves.toContain("có 04/07 trang thông tin điện tử thành phần gửi báo cáo");
  await shot(page, "rollup-1-results");

  // The hand-typed report: read, shown, nothing ticked; counted only with what she ticks, under the name she confirms.
  await results(page).getByRole("button", { name: "Xem số liệu đọc được và đánh dấu" }).click();
  const review = page.getByTestId("rollup-review");
  await review.getByText("Kỳ báo cáo đọc được: 6 tháng đầu năm 2026.").waitFor();
  await expect(review.getByRole("button", { name: "Đánh dấu các số liệu đúng để tính" }).isDisabled()).resolves.toBe(true);
  await review.getByLabel("Tên trang (như sẽ ghi trong báo cáo tổng hợp)").fill("Sở Nội vụ");
  await review.getByRole("checkbox", { name: "64 tin, bài" }).check();
  await review.getByRole("button", { name: "Tính trang này với 1 số liệu đã đánh dấu" }).click();
  await status(page).getByText("Đã tổng hợp: tính 5 trang, không tính 2 tệp, còn 2 trang chưa gửi báo cáo").waitFor();
  await shot(page, "rollup-2-reviewed");

  // Her document has a line of her own with the cursor in it (an empty one would get the report as a new document).
  await page.evaluate(() => {
    window.fakeWordHost.user.typeParagraph("Bản tổng hợp gửi Văn phòng UBND tỉnh.", "start");
    window.fakeWordHost.setCursor({ inParagraph: 0, offset: 4 });
  });
  await page.getByRole("button", { name: "Chèn toàn bộ báo cáo" }).click();
  await status(page)
    .getByText(/^Đã chèn \d+ khối/)
    .waitFor();
  let text = await body(page);
  expect(text).toContain("có 05/07 trang thông tin điện tử thành phần gửi báo cáo");
  expect(text).toContain("Còn 02 trang chưa gửi báo cáo: Thanh tra tỉnh và UBND xã Đak Đoa.");
  expect(text).toContain("3 Sở Nội vụ 64");

  // A late report: picked alone, added to what the report already has, and the document refreshed in place.
  const late = path.join(work, "xa-dak-doa.json");
  writeFileSync(
    late,
    JSON.stringify(
      siteData({
        governingBody: "UBND XÃ ĐAK ĐOA",
        site: "Trang thông tin điện tử xã Đak Đoa",
        metrics: { tin_bai: 58, van_ban: 14, luot_truy_cap: 7300 },
      }),
    ),
  );
  await rollupInput(page).setInputFiles(late);
  await status(page).getByText("Đã tổng hợp: tính 1 trang, không tính 0 tệp, còn 1 trang chưa gửi báo cáo").waitFor();
  await expect(results(page).textContent()).resolves.toContain("Giữ số liệu đã có của 5 trang");
  await page.getByRole("button", { name: "Cập nhật số liệu" }).click();
  await status(page)
    .getByText(/^Đã cập nhật/)
    .waitFor();
  text = await body(page);
  expect(text).toContain("có 06/07 trang thông tin điện tử thành phần gửi báo cáo");
  expect(text).toContain("Còn 01 trang chưa gửi báo cáo: Thanh tra tỉnh.");
  expect(text).toContain("UBND xã Đak Đoa 58 14 7.300");
  expect(text).toContain("Tổng cộng 764 286 141.364");
  expect(text).not.toContain("UBND xã Đak Đoa Chưa gửi báo cáo");
  expect(text).toContain("Bản tổng hợp gửi Văn phòng UBND tỉnh.");
  const tags = await page.evaluate(() => window.fakeWordHost.contentControls().map((c) => c.tag));
  expect(tags.filter((t) => t === "soanbaocao:trang-thanh-phan")).toHaveLength(1);
  await shot(page, "rollup-3-refreshed");

  const saved = new Uint8Array(await page.evaluate(async () => Array.from(await window.fakeWordHost.saveDocx())));
  expect((await validateDocxAgainstSchema(saved)).errors).toBe("");
  await page.context().close();
});
