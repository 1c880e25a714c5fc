import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { docxText, tempDir, validateDocxAgainstSchema } from "../helpers/office-consumers";
import { UNITS_KEY } from "../../src/taskpane/unit-store";
import { exampleVariant, ROOT, openPane, recordTiming, shot, SHOTS, type StaticServer, usePaneSession } from "./pane-harness";

// The production build of the pane in Chromium: standalone (office.js unreachable) and inside "Word" (the
// Word test double served in place of office.js). Every step leaves a screenshot in test-artifacts/taskpane/.

jest.setTimeout(240_000);

let dir: string;
let server: StaticServer;
let browser: Browser;
let fakeWord: string;
const work = tempDir("sbc-pane-data-");

function dataFile(name: string, text: string): string {
  const file = path.join(work, name);
  writeFileSync(file, text);
  return file;
}

const GIA_LAI = {
  governingBody: "UBND TỈNH GIA LAI",
  name: "BAN BIÊN TẬP CỔNG THÔNG TIN ĐIỆN TỬ",
  abbreviation: "BBTC",
  place: "Gia Lai",
  site: "Cổng Thông tin điện tử tỉnh",
  signer: { authority: "KT. TRƯỞNG BAN", title: "PHÓ TRƯỞNG BAN", name: "Trần Thị Bình" },
  recipients: ["UBND tỉnh", "Sở Thông tin và Truyền thông"],
  archive: "VT, BBTC",
};

usePaneSession((s) => ({ dir, server, browser, fakeWord } = s));

const fileInput = (page: Page) => page.getByLabel("Tệp số liệu", { exact: true });
const status = (page: Page) => page.locator("#pane-status");
const paneError = (page: Page) => page.locator("#pane-error");

async function previewText(page: Page): Promise<string> {
  return (await page.frameLocator('iframe[title="Bản xem trước báo cáo"]').locator("body").textContent()) ?? "";
}

test("the dev build (no --env url) ships manifest.xml exactly as it is, on https://localhost:3000", () => {
  const shipped = readFileSync(path.join(dir, "manifest.xml"), "utf8");
  expect(shipped).toBe(readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
  expect(shipped).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
});

test("standalone: load a data file, preview, download a .docx that validates and holds the figures", async () => {
  const { page, interactiveMs } = await openPane(browser, server.url);
  recordTiming("standalone-first-screen", interactiveMs);
  await page.getByText("Đang chạy độc lập").waitFor();
  await shot(page, "standalone-1-opened");

  await fileInput(page).setInputFiles(dataFile("dak-doa.json", exampleVariant()));
  await status(page).getByText("Đã đọc số liệu từ “dak-doa.json”.").waitFor();
  await page.getByTestId("period-labels").getByText("6 tháng đầu năm 2021 → 6 tháng cuối năm 2021").waitFor();
  const preview = await previewText(page);
  expect(preview).toContain("Số: 01/BC-BBT");
  expect(preview).toContain("9.933");
  await shot(page, "standalone-2-loaded");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Tải về .docx" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("bao-cao-bbt-2021-07-29.docx");
  const saved = path.join(work, file.suggestedFilename());
  await file.saveAs(saved);
  await status(page)
    .getByText(/Đã tạo tệp bao-cao-bbt-2021-07-29\.docx/)
    .waitFor();
  await shot(page, "standalone-3-downloaded");

  const bytes = new Uint8Array(readFileSync(saved));
  const schema = await validateDocxAgainstSchema(bytes);
  expect(schema.checked).toContain("word/document.xml");
  expect(schema.errors).toBe("");
  const text = docxText(bytes);
  for (const figure of ["9.933", "96.811", "242", "Số: 01/BC-BBT", "Kiều Thu Hương"]) expect(text).toContain(figure);
  await page.context().close();
});

test("a bad data file: the alert names the field, and nothing can be downloaded", async () => {
  const { page } = await openPane(browser, server.url);
  let downloads = 0;
  page.on("download", () => downloads++);
  // A good file first, so the test also shows the bad one does not leave the old figures in place.
  await fileInput(page).setInputFiles(dataFile("good.json", exampleVariant()));
  await status(page).getByText("Đã đọc số liệu").waitFor();

  const bad = exampleVariant((d) => {
    d.unit.abbreviation = "bbt";
    d.metrics.van_ban = -3;
  });
  await fileInput(page).setInputFiles(dataFile("bad.json", bad));
  const alert = page.getByRole("alert").filter({ hasText: "Số liệu chưa dùng được" });
  await alert.waitFor();
  const alertText = await alert.textContent();
  expect(alertText).toContain("unit.abbreviation");
  expect(alertText).toContain("metrics.van_ban");
  expect(alertText).toContain("Lỗi");
  await shot(page, "bad-file-alert");

  await expect(page.getByRole("button", { name: "Tải về .docx" }).isDisabled()).resolves.toBe(true);
  await page.getByText("Chưa có số liệu: chọn đơn vị (mục 1)").waitFor();
  await page
    .getByRole("button", { name: "Tải về .docx" })
    .click({ force: true, timeout: 2000 })
    .catch(() => undefined);
  expect(downloads).toBe(0);

  // Not JSON at all: the same alert, naming where the syntax breaks.
  await fileInput(page).setInputFiles(dataFile("broken.json", '{ "version": 1, '));
  await page.getByRole("alert").filter({ hasText: "(JSON)" }).waitFor();
  await page.context().close();
});

test("inside Word: pick unit and period, load data, insert, edit data, refresh; the saved document checks out", async () => {
  const { page, interactiveMs } = await openPane(browser, server.url, {
    fakeWord,
    storage: { [UNITS_KEY]: JSON.stringify({ version: 1, units: [GIA_LAI] }) },
  });
  recordTiming("word-first-screen", interactiveMs);
  await page.getByText("Đang làm việc trong Word").waitFor();
  await shot(page, "word-1-opened");

  await page
    .getByLabel("Đơn vị", { exact: true })
    .selectOption({ label: "BAN BIÊN TẬP CỔNG THÔNG TIN ĐIỆN TỬ — UBND TỈNH GIA LAI (BBTC)" });
  await page.getByLabel("Loại kỳ").selectOption("half");
  await page.getByLabel("Năm", { exact: true }).fill("2022");
  await page.getByTestId("period-labels").getByText("6 tháng đầu năm 2022 → 6 tháng cuối năm 2022").waitFor();

  // A bad file first: nothing reaches the document.
  await fileInput(page).setInputFiles(
    dataFile(
      "bad-word.json",
      exampleVariant((d) => delete d.report),
    ),
  );
  await page.getByRole("alert").filter({ hasText: "report" }).waitFor();
  await expect(page.getByRole("button", { name: "Chèn toàn bộ báo cáo" }).isDisabled()).resolves.toBe(true);
  expect(await page.evaluate(() => window.fakeWordHost.contentControls().length)).toBe(0);

  await fileInput(page).setInputFiles(dataFile("dak-doa.json", exampleVariant()));
  await status(page).getByText("Đã đọc số liệu").waitFor();
  const notice = page.getByTestId("override-notice");
  await notice.getByText("Kỳ báo cáo/đơn vị chọn trong ngăn sẽ thay cho giá trị trong tệp").waitFor();
  expect(await notice.textContent()).toContain("6 tháng đầu năm 2021");
  expect(await previewText(page)).toContain("Số: 01/BC-BBTC");
  await shot(page, "word-2-loaded");

  // Her document has a line of her own, with the cursor in it: the report goes in after it (into an empty
  // document the whole ND30 file would go in instead; see tests/word/real-word-rules.test.ts).
  await page.evaluate(() => {
    window.fakeWordHost.user.typeParagraph("Kính gửi: Sở Văn hóa, Thể thao và Du lịch.", "start");
    window.fakeWordHost.setCursor({ inParagraph: 0, offset: 9 });
  });
  await page.getByRole("button", { name: "Chèn toàn bộ báo cáo" }).click();
  await status(page)
    .getByText(/^Đã chèn \d+ khối vào tài liệu\. Báo cáo nằm ngay sau đoạn văn có con trỏ/)
    .waitFor();
  expect(await page.evaluate(() => window.fakeWordHost.paragraphTexts()[0])).toBe("Kính gửi: Sở Văn hóa, Thể thao và Du lịch.");
  const controls = await page.evaluate(() => window.fakeWordHost.contentControls().map((c) => c.tag));
  expect(controls).toContain("soanbaocao:header");
  expect(controls).toContain("soanbaocao:contributors");
  const bodyBefore = await page.evaluate(() => window.fakeWordHost.bodyText());
  expect(bodyBefore).toContain("6 THÁNG ĐẦU NĂM 2022");
  expect(bodyBefore).toContain("Trần Thị Bình");
  await shot(page, "word-3-inserted");

  // Inserting the whole report again is refused in words; the document keeps one copy.
  await page.getByRole("button", { name: "Chèn toàn bộ báo cáo" }).click();
  await paneError(page).getByText("Tài liệu đã có").waitFor();
  expect(await page.evaluate(() => window.fakeWordHost.contentControls().length)).toBe(controls.length);

  // The secretary edits one block in Word, then loads new figures and refreshes.
  await page.evaluate(() => window.fakeWordHost.user.replaceTextInContentControl("soanbaocao:text:uu-diem", "-", "- (đã sửa)"));
  const edited = exampleVariant((d) => {
    d.metrics.van_ban = 250;
    d.text = { ...d.text, advantages: ["Thông tin được cập nhật kịp thời, đầy đủ."] };
  });
  await fileInput(page).setInputFiles(dataFile("dak-doa-sua.json", edited));
  await status(page).getByText("Đã đọc số liệu từ “dak-doa-sua.json”.").waitFor();
  await page.getByRole("button", { name: "Cập nhật số liệu" }).click();
  await status(page)
    .getByText(/Đã cập nhật .* Giữ nguyên 1 khối bạn đã sửa: Ưu điểm\./)
    .waitFor();
  expect(await page.evaluate(() => window.fakeWordHost.bodyText())).toContain("250");
  expect(await page.evaluate(() => window.fakeWordHost.bodyText())).toContain("(đã sửa)");
  await shot(page, "word-4-refreshed-kept");

  await page.getByRole("checkbox", { name: "Ưu điểm" }).check();
  await page.getByRole("button", { name: "Ghi đè các khối đã chọn" }).click();
  await status(page)
    .getByText(/Ghi đè 1 khối đã sửa/)
    .waitFor();
  const bodyAfter = await page.evaluate(() => window.fakeWordHost.bodyText());
  expect(bodyAfter).not.toContain("(đã sửa)");
  expect(bodyAfter).toContain("Thông tin được cập nhật kịp thời, đầy đủ.");
  await expect(page.getByRole("checkbox", { name: "Ưu điểm" }).count()).resolves.toBe(0);
  await shot(page, "word-5-overwritten");

  const saved = new Uint8Array(await page.evaluate(async () => Array.from(await window.fakeWordHost.saveDocx())));
  writeFileSync(path.join(SHOTS, "word-document.docx"), saved);
  const schema = await validateDocxAgainstSchema(saved);
  expect(schema.errors).toBe("");
  const text = docxText(saved);
  for (const s of ["Số: 01/BC-BBTC", "6 THÁNG ĐẦU NĂM 2022", "250", "9.933", "Trần Thị Bình", "Thông tin được cập nhật kịp thời"])
    expect(text).toContain(s);
  await page.context().close();
});

/** Presses Tab until the focused element is the one wanted; the mouse is never used. */
async function tabTo(page: Page, accessibleName: string | RegExp, max = 200): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const labelled = el.getAttribute("aria-labelledby");
      if (labelled)
        return labelled
          .split(" ")
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" ")
          .trim();
      const label = (el as HTMLInputElement).labels?.[0]?.textContent;
      return (el.getAttribute("aria-label") ?? label ?? el.textContent ?? "").trim();
    });
    if (typeof accessibleName === "string" ? name === accessibleName : accessibleName.test(name)) {
      expect(await page.evaluate(() => document.activeElement?.matches(":focus-visible") ?? false)).toBe(true);
      return;
    }
  }
  throw new Error(`no control named ${String(accessibleName)} reached with Tab`);
}

test("keyboard only: choose the period, load the file, download", async () => {
  const { page } = await openPane(browser, server.url);
  await page.getByText("Đang chạy độc lập").waitFor();

  await tabTo(page, "Loại kỳ");
  // Native select: typing the option's first letters picks it, as a screen-reader user would.
  await page.keyboard.type("6 t");
  await tabTo(page, "Năm");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("2022");
  await page
    .getByTestId("period-labels")
    .getByText(/6 tháng (đầu|cuối) năm 2022 →/)
    .waitFor();
  await shot(page, "keyboard-1-period");

  await tabTo(page, "Tệp số liệu");
  const chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (await chooser).setFiles(dataFile("dak-doa-keyboard.json", exampleVariant()));
  await status(page).getByText("Đã đọc số liệu").waitFor();
  await page.getByTestId("override-notice").waitFor();
  await shot(page, "keyboard-2-loaded");

  // The button is enabled once the lazily loaded engine has built the report; a disabled button takes no focus, so
  // tabbing before then can pass it by (a CI run on a loaded machine did).
  await page.locator('button:has-text("Tải về .docx"):not([disabled]):not([aria-disabled="true"])').waitFor();
  await tabTo(page, "Tải về .docx");
  await shot(page, "keyboard-3-focus-download");
  await page.locator("section[aria-labelledby='insert-h']").screenshot({ path: path.join(SHOTS, "keyboard-3-focus-download-section.png") });
  const download = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  const file = await download;
  const bytes = new Uint8Array(readFileSync(await file.path()));
  expect(bytes.length).toBeGreaterThan(1000);
  await status(page)
    .getByText(/Đã tạo tệp/)
    .waitFor();
  await page.context().close();
});

test("a unit typed in the pane is checked, remembered after reopening, and the pane speaks English on request", async () => {
  const { page } = await openPane(browser, server.url);
  await page.getByRole("button", { name: "Thêm đơn vị" }).click();
  const form = page.getByRole("form", { name: "Đơn vị mới" });
  await form.getByLabel("Cơ quan chủ quản", { exact: false }).fill(GIA_LAI.governingBody);
  await form.getByLabel("Cơ quan ban hành", { exact: false }).fill(GIA_LAI.name);
  await form.getByLabel("Chữ viết tắt", { exact: false }).fill("bbtc");
  await form.getByLabel("Địa danh", { exact: false }).fill(GIA_LAI.place);
  await form.getByLabel("Tên trang/cổng thông tin", { exact: false }).fill(GIA_LAI.site);
  await form.getByLabel("Chức vụ người ký", { exact: false }).fill(GIA_LAI.signer.title);
  await form.getByLabel("Họ và tên người ký", { exact: false }).fill(GIA_LAI.signer.name);
  await form.getByLabel("Nơi nhận", { exact: false }).fill(GIA_LAI.recipients.join("\n"));
  await form.getByRole("button", { name: "Lưu" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "unit.abbreviation" });
  await alert.waitFor();
  await shot(page, "unit-1-invalid");

  await form.getByLabel("Chữ viết tắt", { exact: false }).fill("BBTC");
  await form.getByRole("button", { name: "Lưu" }).click();
  await status(page).getByText("Đã lưu đơn vị “BAN BIÊN TẬP CỔNG THÔNG TIN ĐIỆN TỬ”").waitFor();

  await page.reload();
  await page.waitForSelector("body[data-ready='true']");
  const select = page.getByLabel("Đơn vị", { exact: true });
  expect(await select.locator("option:checked").textContent()).toBe("BAN BIÊN TẬP CỔNG THÔNG TIN ĐIỆN TỬ — UBND TỈNH GIA LAI (BBTC)");
  await page.getByTestId("period-labels").waitFor();
  await shot(page, "unit-2-remembered");

  await page.getByLabel("Ngôn ngữ").selectOption("en");
  await page.getByRole("heading", { name: "1. Unit" }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  await page.getByLabel("Tệp số liệu", { exact: true }).waitFor();
  await shot(page, "unit-3-english");
  await page.context().close();
});

test("a published data file: https only, fetched, validated, previewed", async () => {
  const { page } = await openPane(browser, server.url);
  // The portal's statistics export, answered by the browser's router (the machine has no network).
  await page.context().route("https://thongke.portal.example/**", (route) =>
    route.request().url().endsWith("/so-lieu.json")
      ? route.fulfill({
          status: 200,
          contentType: "application/json",
          body: exampleVariant(),
          headers: { "access-control-allow-origin": "*" },
        })
      : route.fulfill({ status: 404, body: "", headers: { "access-control-allow-origin": "*" } }),
  );
  const address = page.getByLabel(/Hoặc tải từ địa chỉ web/);
  const load = page.getByRole("button", { name: "Tải từ địa chỉ" });

  await address.fill("http://thongke.portal.example/so-lieu.json");
  await load.click();
  await page.getByRole("alert").filter({ hasText: "https://" }).waitFor();

  await address.fill("https://thongke.portal.example/khong-co.json");
  await load.click();
  await page.getByRole("alert").filter({ hasText: "máy chủ trả lời mã 404" }).waitFor();

  await address.fill("https://thongke.portal.example/so-lieu.json");
  await load.click();
  await status(page).getByText("https://thongke.portal.example/so-lieu.json").waitFor();
  expect(await previewText(page)).toContain("9.933");
  await shot(page, "url-loaded");
  await page.context().close();
});

test("inside Word: a heading in her own words takes the number after the headings above the cursor", async () => {
  const { page } = await openPane(browser, server.url, { fakeWord });
  await page.getByText("Đang làm việc trong Word").waitFor();
  await page.evaluate(() => {
    window.fakeWordHost.user.typeParagraph("II. ĐÁNH GIÁ CHUNG", "end");
    window.fakeWordHost.user.typeParagraph("2. Hạn chế", "end");
    window.fakeWordHost.setCursor("end");
  });
  await fileInput(page).setInputFiles(dataFile("dak-doa-heading.json", exampleVariant()));
  await status(page).getByText("Đã đọc số liệu").waitFor();
  await page.getByText("Chèn từng khối").click();
  const form = page.getByRole("form", { name: /Đề mục do bạn đặt tên/ });
  await form.getByRole("button", { name: "Chèn đề mục" }).click();
  await paneError(page).getByText("Hãy nhập tên đề mục trước khi chèn.").waitFor();

  await form.getByLabel("Cấp đề mục").selectOption("3");
  await form.getByLabel("Tên đề mục").fill("Nguyên nhân");
  await form.getByRole("button", { name: "Chèn đề mục" }).click();
  await status(page)
    .getByText(/2\.1\./)
    .waitFor();
  expect(await page.evaluate(() => window.fakeWordHost.paragraphTexts())).toContain("2.1. Nguyên nhân");
  await shot(page, "word-own-heading");
  await page.context().close();
});

test("inside Word: figures from an address are listed before they overwrite the report, and applied only on her yes", async () => {
  const { page } = await openPane(browser, server.url, { fakeWord });
  await page.getByText("Đang làm việc trong Word").waitFor();
  let published = exampleVariant();
  await page
    .context()
    .route("https://thongke.portal.example/**", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: published, headers: { "access-control-allow-origin": "*" } }),
    );
  const address = page.getByLabel(/Hoặc tải từ địa chỉ web/);
  const load = page.getByRole("button", { name: "Tải từ địa chỉ" });
  await address.fill("https://thongke.portal.example/so-lieu.json");
  await load.click();
  await status(page).getByText("https://thongke.portal.example/so-lieu.json").waitFor();
  // A line of her own with the cursor in it: the report goes in after it, into this document.
  await page.evaluate(() => {
    window.fakeWordHost.user.typeParagraph("Kính gửi: Sở Thông tin và Truyền thông.", "start");
    window.fakeWordHost.setCursor({ inParagraph: 0, offset: 9 });
  });
  await page.getByRole("button", { name: "Chèn toàn bộ báo cáo" }).click();
  await status(page)
    .getByText(/^Đã chèn/)
    .waitFor();

  // The portal's figures change; she loads them again and asks for an update.
  published = exampleVariant((d) => (d.metrics.tin_bai = 260));
  await load.click();
  await status(page).getByText("https://thongke.portal.example/so-lieu.json").waitFor();
  const before = await page.evaluate(() => window.fakeWordHost.bodyText());
  await page.getByRole("button", { name: "Cập nhật số liệu" }).click();
  const changes = page.getByRole("group", { name: "Số liệu tải từ https://thongke.portal.example khác số liệu đang có trong báo cáo:" });
  await changes.getByText("Tin, bài: 242 → 260").waitFor();
  expect(await page.evaluate(() => window.fakeWordHost.bodyText())).toBe(before);
  await shot(page, "url-refresh-asks");

  await changes.getByRole("button", { name: "Không cập nhật" }).click();
  await status(page).getByText("Chưa cập nhật gì: bạn chọn không dùng số liệu mới.").waitFor();
  expect(await page.evaluate(() => window.fakeWordHost.bodyText())).toBe(before);

  await page.getByRole("button", { name: "Cập nhật số liệu" }).click();
  await changes.getByRole("button", { name: "Cập nhật theo số liệu mới" }).click();
  await status(page)
    .getByText(/^Đã cập nhật 1 số liệu/)
    .waitFor();
  expect(await page.evaluate(() => window.fakeWordHost.bodyText())).toContain("260 tin, bài");
  await page.context().close();
});
