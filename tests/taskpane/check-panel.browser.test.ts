import { writeFileSync } from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { tempDir } from "../helpers/office-consumers";
import { editedReport, SEEDED_ERRORS } from "../helpers/edited-report";
import { RULE_TITLES } from "../../src/domain/checker/rule-names";
import type { RuleId } from "../../src/domain/checker";
import { exampleVariant, openPane, shot, type StaticServer, usePaneSession } from "./pane-harness";

// "9. Kiểm tra báo cáo" in the production pane: inside "Word" (the double, at WordApi 1.1) on the generated report
// with one error of each class — exactly those findings, grouped by rule; choosing one selects its text; a fix
// changes only that text and the list is checked again. Standalone: the report to be inserted and a file.

jest.setTimeout(240_000);

let server: StaticServer;
let browser: Browser;
let fakeWord: string;
const work = tempDir("sbc-check-pane-");

usePaneSession((s) => ({ server, browser, fakeWord } = s));

const results = (page: Page) => page.getByTestId("check-results");
const findingItems = (page: Page) => results(page).getByTestId("finding");
const group = (page: Page, rule: RuleId) => results(page).locator(`section[data-rule="${rule}"]`);

test("inside Word: the edited report's six errors, grouped by rule; select one, fix two, checked again", async () => {
  const bytes = Array.from(await editedReport());
  const { page } = await openPane(browser, server.url, { fakeWord });
  await page.getByText("Đang làm việc trong Word").waitFor();
  await page.evaluate(async (b) => {
    window.fakeWordHost.setWordApi("1.1");
    await window.fakeWordHost.openDocx(new Uint8Array(b));
  }, bytes);

  await page.getByRole("button", { name: "Kiểm tra báo cáo", exact: true }).click();
  await page.locator("#pane-status").getByText("Đã kiểm tra: 6 điểm cần xem").waitFor();
  await expect(findingItems(page).count()).resolves.toBe(SEEDED_ERRORS.length);
  for (const e of SEEDED_ERRORS) {
    const g = group(page, e.rule as RuleId);
    await expect(g.getByRole("heading").textContent()).resolves.toBe(`${RULE_TITLES[e.rule as RuleId]} (1)`);
    await expect(g.textContent()).resolves.toContain(e.found);
  }
  await expect(results(page).textContent()).resolves.toContain("kiểm tra theo kỳ 6 tháng đầu năm 2026");
  await shot(page, "check-1-findings");

  await group(page, "number-format").getByRole("button", { name: "Chọn trong văn bản" }).click();
  await page.waitForFunction(() => window.fakeWordHost.selectedText() === "48,530");

  const before = await page.evaluate(() => window.fakeWordHost.paragraphTexts());
  await group(page, "number-format").getByRole("button", { name: 'Sửa thành "48.530"' }).click();
  await page
    .locator("#pane-status")
    .getByText(/Đã sửa "48,530" → "48.530"; bấm Ctrl\+Z/)
    .waitFor();
  await expect(findingItems(page).count()).resolves.toBe(SEEDED_ERRORS.length - 1);
  await group(page, "heading-numbering").getByRole("button", { name: 'Sửa thành "II."' }).click();
  await page
    .locator("#pane-status")
    .getByText(/còn 4 điểm cần xem/)
    .waitFor();
  const after = await page.evaluate(() => window.fakeWordHost.paragraphTexts());
  const changed = after.map((t, i) => [before[i], t]).filter(([a, b]) => a !== b);
  expect(changed).toHaveLength(2);
  expect(changed[0]![1]).toContain("thu hút 48.530 lượt truy cập");
  expect(changed[1]).toEqual(["I. ĐÁNH GIÁ CHUNG", "II. ĐÁNH GIÁ CHUNG"]);
  await shot(page, "check-2-fixed");

  // A finding without a certain fix offers only to be selected.
  await expect(group(page, "table-arithmetic").getByRole("button").count()).resolves.toBe(1);
  await page.context().close();
});

test("standalone: the report to be inserted has nothing to find; a hand-written report file does", async () => {
  const { page } = await openPane(browser, server.url);
  await page.getByText("Đang chạy độc lập").waitFor();
  await expect(page.getByRole("button", { name: "Kiểm tra bản sẽ chèn" }).isDisabled()).resolves.toBe(true);
  const data = path.join(work, "dak-doa.json");
  writeFileSync(data, exampleVariant());
  await page.getByLabel("Tệp số liệu", { exact: true }).setInputFiles(data);
  await page.locator("#pane-status").getByText("Đã đọc số liệu từ “dak-doa.json”.").waitFor();
  await page.getByRole("button", { name: "Kiểm tra bản sẽ chèn" }).click();
  await results(page).getByText("Không thấy lỗi nào.").waitFor();
  await expect(results(page).textContent()).resolves.toContain("Bản báo cáo sẽ chèn");

  const file = path.join(work, "bao-cao-cu.txt");
  writeFileSync(
    file,
    [
      "BÁO CÁO",
      "Tình hình hoạt động Trang thông tin điện tử 6 tháng đầu năm 2022",
      "I. KẾT QUẢ HOẠT ĐỘNG 6 THÁNG ĐẦU NĂM 2021",
      "Trang đã thu hút 6,636,328 lượt truy cập./.",
    ].join("\n"),
  );
  await page.getByLabel("Hoặc kiểm tra một tệp báo cáo (.docx hoặc .txt)").setInputFiles(file);
  await group(page, "stale-period")
    .getByText(/6 THÁNG ĐẦU NĂM 2021/)
    .first()
    .waitFor();
  await expect(group(page, "number-format").textContent()).resolves.toContain("6.636.328");
  // A file is not the open document: nothing to select or fix in it.
  await expect(results(page).getByRole("button").count()).resolves.toBe(0);
  await shot(page, "check-3-file");

  await page
    .getByLabel("Hoặc kiểm tra một tệp báo cáo (.docx hoặc .txt)")
    .setInputFiles({ name: "hong.docx", mimeType: "application/octet-stream", buffer: Buffer.from("PK\u0003\u0004rác") });
  await page
    .locator("#pane-error")
    .getByText(/Không kiểm tra được "hong.docx"/)
    .waitFor();
  await page.context().close();
});
