import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import type { Browser, Page } from "playwright-core";
import { docxText, tempDir } from "../helpers/office-consumers";
import { exampleVariant, openPane, shot, type StaticServer, usePaneSession } from "./pane-harness";
import { HAND_WRITTEN, lastPeriodDocx, secondHalfData } from "./prior-panel-fixtures";

// "Lấy số liệu kỳ trước" in the production build, standalone in Chromium: this period's data file, last period's
// report picked in the pane, figures ticked and applied, the comparisons in the preview and in the .docx.

jest.setTimeout(240_000);

let server: StaticServer;
let browser: Browser;
let fakeWord: string;
const work = tempDir("sbc-prior-");

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(work, name);
  writeFileSync(p, content);
  return p;
}

usePaneSession((s) => ({ server, browser, fakeWord } = s));

const dataInput = (page: Page) => page.getByLabel("Tệp số liệu", { exact: true });
const priorInput = (page: Page) => page.getByLabel("Báo cáo kỳ trước (.docx hoặc .txt)");
const status = (page: Page) => page.locator("#pane-status");
const priorSection = (page: Page) => page.locator("section[aria-labelledby='prior-h']");
const tick = (page: Page, name: string) => page.getByRole("checkbox", { name, exact: true });

async function previewText(page: Page): Promise<string> {
  return (await page.frameLocator('iframe[title="Bản xem trước báo cáo"]').locator("body").textContent()) ?? "";
}

async function loadThisPeriod(page: Page): Promise<void> {
  await dataInput(page).setInputFiles(file("dak-doa-6-thang-cuoi-2021.json", JSON.stringify(secondHalfData(), null, 2)));
  await status(page).getByText("Đã đọc số liệu từ “dak-doa-6-thang-cuoi-2021.json”.").waitFor();
}

test("last period's .docx made by the engine: figures listed, one unticked, the rest compared in the preview and the .docx", async () => {
  const { page } = await openPane(browser, server.url);
  await page.getByText("Đang chạy độc lập").waitFor();
  await priorSection(page).getByRole("heading", { name: "4. Lấy số liệu kỳ trước" }).waitFor();
  await loadThisPeriod(page);
  expect(await previewText(page)).not.toContain("so với");

  // The same report with its data part removed is read from its wording: each figure beside its sentence.
  const docx = await lastPeriodDocx();
  const zip = await JSZip.loadAsync(docx);
  for (const name of Object.keys(zip.files)) if (name.startsWith("customXml/")) zip.remove(name);
  const wordingOnly = await zip.generateAsync({ type: "uint8array" });
  await priorInput(page).setInputFiles(file("bao-cao-khong-du-lieu-nhung.docx", wordingOnly));
  await status(page).getByText("Đã đọc “bao-cao-khong-du-lieu-nhung.docx”: tìm thấy 5 số liệu gắn được với chỉ tiêu.").waitFor();
  const textRow = page.getByTestId("prior-figures").locator("tbody tr[data-key='tin_bai']");
  expect(await textRow.textContent()).toMatch(/242.*đã đăng tải 242 tin, bài/);
  await page.getByTestId("prior-period").getByText("Kỳ của báo cáo: 6 tháng đầu năm 2021 (đọc từ dòng").waitFor();
  await shot(page, "prior-1-wording");

  await priorInput(page).setInputFiles(file("bao-cao-6-thang-dau-2021.docx", docx));
  await status(page).getByText("Đã đọc “bao-cao-6-thang-dau-2021.docx”: tìm thấy 5 số liệu gắn được với chỉ tiêu.").waitFor();
  await page.getByTestId("prior-period").getByText("Kỳ của báo cáo: 6 tháng đầu năm 2021 (theo dữ liệu nhúng)").waitFor();
  const table = page.getByTestId("prior-figures");
  expect(await table.locator("tbody tr").count()).toBe(5);
  expect(await table.locator("tbody tr[data-key='luot_truy_cap']").textContent()).toContain("9.933");
  for (const name of ["tin, bài — 242", "văn bản — 213", "lượt truy cập — 9.933"]) {
    await expect(tick(page, `Dùng làm kỳ trước: ${name}`).isChecked()).resolves.toBe(true);
  }
  await tick(page, "Dùng làm kỳ trước: văn bản — 213").uncheck();
  await shot(page, "prior-2-embedded-unticked");

  await page.getByRole("button", { name: "Dùng các số liệu đã chọn làm kỳ trước" }).click();
  await status(page).getByText("Đã dùng 4 số liệu của 6 tháng đầu năm 2021 làm kỳ trước").waitFor();
  await page
    .getByTestId("prior-applied")
    .getByText("Đang so sánh với 6 tháng đầu năm 2021: 4 số liệu lấy từ “bao-cao-6-thang-dau-2021.docx”.")
    .waitFor();
  const preview = await previewText(page);
  expect(preview).toContain("275 tin, bài, tăng 33 tin, bài (13,6%) so với 6 tháng đầu năm 2021");
  expect(preview).toContain("11.020 lượt truy cập, tăng 1.087 lượt truy cập (10,9%) so với 6 tháng đầu năm 2021");
  expect(preview).toContain("190 văn bản");
  expect(preview).not.toMatch(/190 văn bản[^.;]*so với/);
  await shot(page, "prior-3-applied");

  // This period's file has its own table: replacing it with last period's units asks first.
  await page.getByRole("button", { name: "Dùng danh sách đơn vị của kỳ trước" }).click();
  await page.getByText("Số liệu kỳ này đã có bảng 25 đơn vị.").waitFor();
  await page.getByRole("button", { name: "Thay bảng đơn vị" }).click();
  await status(page).getByText("Đã lấy danh sách 25 đơn vị của kỳ trước").waitFor();
  await page.getByTestId("prior-seeded").waitFor();
  expect(await previewText(page)).toContain("Phòng Tư pháp");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Tải về .docx" }).click();
  const saved = await download;
  const text = docxText(new Uint8Array(readFileSync(await saved.path())));
  expect(text).toContain("tăng 33 tin, bài (13,6%) so với 6 tháng đầu năm 2021");
  expect(text).not.toMatch(/190 văn bản[^.;]*so với/);
  await page.context().close();
});

test("a hand-written .txt report: a figure with its sentence, the unmapped one in a closed list", async () => {
  const { page } = await openPane(browser, server.url);
  await loadThisPeriod(page);
  await priorInput(page).setInputFiles(file("bao-cao-kbang.txt", HAND_WRITTEN));
  await status(page).getByText("tìm thấy 4 số liệu").waitFor();
  const row = page.getByTestId("prior-figures").locator("tbody tr[data-key='luot_truy_cap']");
  expect(await row.textContent()).toContain("khoảng 12.000");
  expect(await row.textContent()).toContain("- Trang ghi nhận khoảng 12.000 lượt truy cập trong kỳ.");
  const unmapped = page.getByTestId("prior-unmapped");
  await expect(unmapped.getByText("- Đã phát hành 9 bản tin nội bộ", { exact: false }).isVisible()).resolves.toBe(false);
  await unmapped.locator("summary").click();
  await unmapped.getByText("“- Đã phát hành 9 bản tin nội bộ gửi các xã, thị trấn.”").waitFor();
  expect(await unmapped.locator("input").count()).toBe(0);
  await shot(page, "prior-4-hand-written");

  await page.getByRole("button", { name: "Dùng các số liệu đã chọn làm kỳ trước" }).click();
  const preview = await previewText(page);
  expect(preview).toContain("275 tin, bài, giảm 43 tin, bài (13,5%) so với 6 tháng đầu năm 2021");
  expect(preview).toContain("11.020 lượt truy cập (6 tháng đầu năm 2021: khoảng 12.000 lượt truy cập)");
  await page.context().close();
});

test("files that are not a report, and a prior period that is not before this one, are refused in Vietnamese", async () => {
  const { page } = await openPane(browser, server.url);
  const alert = page.locator("#pane-error[role='alert']");
  await priorInput(page).setInputFiles(file("so-lieu.json", exampleVariant()));
  await alert
    .getByText("Lỗi: Không đọc được báo cáo kỳ trước “so-lieu.json”: chỉ đọc được báo cáo dạng .docx (Word) hoặc văn bản thuần .txt")
    .waitFor();
  await priorInput(page).setInputFiles(file("bao-cao.docx", "đây không phải tệp Word"));
  await alert.getByText("tệp mang đuôi Word nhưng nội dung không phải văn bản Word (.docx)", { exact: false }).waitFor();
  await expect(page.getByTestId("prior-figures").count()).resolves.toBe(0);
  await shot(page, "prior-5-not-word");

  // A report of the very period being written is not last period's: one error, no success beside it.
  await dataInput(page).setInputFiles(file("dak-doa.json", exampleVariant()));
  await status(page).getByText("Đã đọc số liệu").waitFor();
  await priorInput(page).setInputFiles(file("cung-ky.docx", await lastPeriodDocx()));
  await alert.getByText("“cung-ky.docx” là báo cáo 6 tháng đầu năm 2021 — cùng kỳ đang soạn", { exact: false }).waitFor();
  await expect(status(page).getByText("tìm thấy").count()).resolves.toBe(0);
  await expect(page.getByTestId("prior-figures").count()).resolves.toBe(0);
  await shot(page, "prior-6-period-refused");
  await page.context().close();
});

test("inside Word: last period's figures taken from the data stored in the open document", async () => {
  const { page } = await openPane(browser, server.url, { fakeWord });
  await page.getByText("Đang làm việc trong Word").waitFor();
  // An empty document first: there is nothing stored to take, and the pane says what to do instead.
  await page.getByRole("button", { name: "Lấy từ số liệu lưu trong tài liệu đang mở" }).click();
  await page.locator("#pane-error").getByText("Tài liệu đang mở không có số liệu lưu của Soạn báo cáo").waitFor();

  // The secretary opens last period's report (made by the add-in) and will write this period's into it.
  const bytes = Array.from(await lastPeriodDocx());
  await page.evaluate(async (b) => window.fakeWordHost.openDocx(new Uint8Array(b)), bytes);
  await loadThisPeriod(page);
  await page.getByRole("button", { name: "Lấy từ số liệu lưu trong tài liệu đang mở" }).click();
  await status(page).getByText("Đã đọc số liệu lưu trong tài liệu đang mở: tìm thấy 5 số liệu").waitFor();
  await page.getByTestId("prior-period").getByText("Kỳ của báo cáo: 6 tháng đầu năm 2021").waitFor();
  await tick(page, "Dùng làm kỳ trước: lượt truy cập — 9.933").uncheck();
  await page.getByRole("button", { name: "Dùng các số liệu đã chọn làm kỳ trước" }).click();
  const preview = await previewText(page);
  expect(preview).toContain("275 tin, bài, tăng 33 tin, bài (13,6%) so với 6 tháng đầu năm 2021");
  expect(preview).toContain("190 văn bản, giảm 23 văn bản (10,8%) so với 6 tháng đầu năm 2021");
  expect(preview).not.toMatch(/11\.020 lượt truy cập[^.;]*so với/);
  await shot(page, "prior-7-word-stored");
  await page.context().close();
});
