import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { docxText, tempDir, validateDocxAgainstSchema } from "../helpers/office-consumers";
import { UNITS_KEY } from "../../src/taskpane/unit-store";
import { openPane, shot, ROOT, type StaticServer, usePaneSession } from "./pane-harness";

// The figures issue's acceptance, in Chromium at Word's task-pane width (350 px): a report made with no data
// file at all — figures typed, a contributor table pasted from Excel — downloaded and read by LibreOffice; the
// same table from an .xlsx Calc made; a wrong total reported; the data saved and rebuilt by the CLI; the draft
// back after a reload; no sideways scrolling; axe-core finds nothing; the grid by keyboard alone.

jest.setTimeout(300_000);

let server: StaticServer;
let browser: Browser;
const work = tempDir("sbc-figures-");
const axePath = createRequire(__filename).resolve("axe-core/axe.min.js");

const COMMUNE = {
  governingBody: "UBND XÃ IA GRAI",
  name: "BAN BIÊN TẬP TRANG THÔNG TIN ĐIỆN TỬ",
  abbreviation: "BBT",
  place: "Ia Grai",
  site: "Trang thông tin điện tử xã Ia Grai",
  signer: { authority: "KT. TRƯỞNG BAN", title: "PHÓ TRƯỞNG BAN", name: "Rơ Châm H'Lan" },
  recipients: ["Văn phòng UBND tỉnh Gia Lai", "Thường trực Đảng ủy xã"],
  archive: "VT, BBT",
};

// As Excel puts a selection of the appendix on the clipboard: tab-separated, CRLF.
const TABLE = [
  "STT\tTên đơn vị\tTháng 1\tTháng 2\tTháng 3\tTháng 4\tTháng 5\tTháng 6\tTổng cộng",
  "I\tCÁC BỘ PHẬN THUỘC UBND XÃ",
  "1\tVăn phòng HĐND và UBND xã\t6\t8\t9\t7\t10\t8\t48",
  "2\tPhòng Kinh tế\t3\t2\t4\t5\t3\t4\t21",
  "II\tCÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI",
  "1\tĐoàn Thanh niên xã\t1\t2\t2\t1\t3\t2\t11",
  "2\tHội Nông dân xã\t\t\t\t\t\t\t0",
  "\tTổng cộng\t10\t12\t15\t13\t16\t14\t80",
].join("\r\n");

usePaneSession((s) => ({ server, browser } = s));

async function noSidewaysScroll(page: Page, step: string): Promise<void> {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect({ step, scroll: scroll <= width }).toEqual({ step, scroll: true });
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    };
    const r = await w.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

/** A paste as the browser delivers it from the clipboard, on the focused cell. */
async function pasteInto(page: Page, label: string, text: string): Promise<void> {
  const cell = page.getByLabel(label, { exact: true });
  await cell.focus();
  await cell.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  const out = path.join(work, file.suggestedFilename());
  await file.saveAs(out);
  return out;
}

async function fillBasics(page: Page): Promise<void> {
  await page.getByLabel("Đơn vị", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Loại kỳ").selectOption("half");
  await page.getByLabel("Năm", { exact: true }).fill("2026");
  await page.getByLabel("Ngày báo cáo", { exact: false }).first().fill("26/06/2026");
}

test("no data file: typed figures and a table pasted from Excel make a report that LibreOffice reads", async () => {
  const { page } = await openPane(browser, server.url, {
    viewport: { width: 350, height: 900 },
    storage: { [UNITS_KEY]: JSON.stringify({ version: 1, units: [COMMUNE] }) },
  });
  await noSidewaysScroll(page, "opened");
  await fillBasics(page);
  await page.getByLabel("Tin, bài", { exact: true }).fill("80");
  await page.getByLabel("Văn bản", { exact: true }).fill("96");
  await page.getByLabel("Lượt truy cập", { exact: true }).fill("48.530");
  await page.getByLabel("Lượt truy cập: kỳ so sánh", { exact: true }).fill("12 674");
  await noSidewaysScroll(page, "figures typed");

  // An empty group, then the whole appendix pasted into its first cell.
  await page.getByRole("button", { name: "Thêm nhóm đơn vị" }).click();
  await pasteInto(page, "Nhóm 1, đơn vị 1: tên", TABLE);
  await page.getByTestId("table-outcome").getByText("Đã dán bảng: 4 đơn vị trong 2 nhóm.").waitFor();
  await expect(page.getByTestId("grand-total").textContent()).resolves.toBe("80");
  await expect(page.getByLabel("Phòng Kinh tế: tổng cộng").textContent()).resolves.toBe("21");
  await noSidewaysScroll(page, "table pasted");
  await shot(page, "figures-1-table");

  await page
    .frameLocator('iframe[title="Bản xem trước báo cáo"]')
    .getByText("Trang thông tin điện tử xã Ia Grai đã đăng tải 80 tin, bài")
    .waitFor();
  expect(await axe(page)).toEqual([]);

  const docx = await download(page, "Tải về .docx");
  const bytes = new Uint8Array(readFileSync(docx));
  expect((await validateDocxAgainstSchema(bytes)).errors).toBe("");
  const text = docxText(bytes).replace(/\s+/g, " ");
  expect(text).toContain("đã đăng tải 80 tin, bài");
  expect(text).toContain("96 văn bản");
  expect(text).toContain("48.530 lượt truy cập, tăng 35.856 lượt truy cập");
  expect(text).toMatch(/Tổng cộng 10 12 15 13 16 14 80/);
  expect(text).toContain("Hội Nông dân xã");

  // Saved as a data file, the CLI makes the same report.
  const json = await download(page, "Lưu tệp số liệu");
  const cliOut = path.join(work, "cli.docx");
  execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "src/cli/report.ts"), "--data", json, "--out", cliOut], {
    cwd: ROOT,
    stdio: "pipe",
  });
  expect(docxText(new Uint8Array(readFileSync(cliOut))).replace(/\s+/g, " ")).toBe(text);

  // Reloading offers the draft back; restored, the figures and the table are there again.
  await page.reload();
  await page.waitForSelector("body[data-ready='true']");
  await page.getByTestId("draft-offer").waitFor();
  await page.getByRole("button", { name: "Khôi phục bản nháp" }).click();
  await expect(page.getByLabel("Văn bản", { exact: true }).inputValue()).resolves.toBe("96");
  await expect(page.getByTestId("grand-total").textContent()).resolves.toBe("80");
  await noSidewaysScroll(page, "draft restored");
  await page.context().close();
});

test("the same table from an .xlsx Calc made gives the same totals; a .csv with a wrong total is reported, not corrected", async () => {
  const csv = path.join(work, "bang.csv");
  writeFileSync(csv, TABLE.replace(/\t/g, ","));
  execFileSync("soffice", ["--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", work, csv], {
    stdio: "pipe",
    timeout: 120_000,
  });
  const wrong = path.join(work, "sai-tong.csv");
  writeFileSync(wrong, TABLE.replace("\t21", "\t22").replace(/\t/g, ","));

  const { page } = await openPane(browser, server.url, {
    viewport: { width: 350, height: 900 },
    storage: { [UNITS_KEY]: JSON.stringify({ version: 1, units: [COMMUNE] }) },
  });
  await fillBasics(page);
  await page.getByLabel("Nhập bảng từ Excel/CSV").setInputFiles(path.join(work, "bang.xlsx"));
  await page.getByTestId("table-outcome").getByText('Đã nhập "bang.xlsx": 4 đơn vị trong 2 nhóm.').waitFor();
  await expect(page.getByTestId("grand-total").textContent()).resolves.toBe("80");

  await page.getByLabel("Nhập bảng từ Excel/CSV").setInputFiles(wrong);
  const outcome = page.getByTestId("table-outcome");
  await outcome.getByText("Hàng 4 (Phòng Kinh tế): tổng ghi 22, nhưng các tháng cộng lại 21 — báo cáo dùng số của các tháng.").waitFor();
  await expect(page.getByLabel("Phòng Kinh tế: tổng cộng").textContent()).resolves.toBe("21");
  await noSidewaysScroll(page, "imported");
  await page.context().close();
});

test("the grid by keyboard alone: arrows and Enter move like a spreadsheet, totals follow", async () => {
  const { page } = await openPane(browser, server.url, {
    viewport: { width: 350, height: 900 },
    storage: { [UNITS_KEY]: JSON.stringify({ version: 1, units: [COMMUNE] }) },
  });
  await fillBasics(page);
  await page.getByRole("button", { name: "Thêm nhóm đơn vị" }).focus();
  await page.keyboard.press("Enter");
  // Focus moves into the new group's name.
  await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe("Tên nhóm 1");
  await page.keyboard.type("CÁC ĐƠN VỊ");
  await page.getByLabel("Nhóm 1, đơn vị 1: tên", { exact: true }).focus();
  await page.keyboard.type("Phòng A");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.type("5");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.type("7");
  await expect(page.getByLabel("Phòng A: tổng cộng").textContent()).resolves.toBe("12");
  await page.getByRole("button", { name: "Thêm đơn vị vào nhóm CÁC ĐƠN VỊ" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe("Nhóm 1, đơn vị 2: tên");
  await page.keyboard.type("Phòng B");
  await page.keyboard.press("ArrowUp");
  await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe("Nhóm 1, đơn vị 1: tên");
  await page.keyboard.press("Enter");
  await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe("Nhóm 1, đơn vị 2: tên");
  await expect(page.getByTestId("grand-total").textContent()).resolves.toBe("12");
  // Groups reorder too: a second group, moved above the first with Alt+↑ on its name.
  await page.getByRole("button", { name: "Thêm nhóm đơn vị" }).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.type("NHÓM HAI");
  await page.keyboard.press("Alt+ArrowUp");
  await expect(page.getByLabel("Tên nhóm 1", { exact: true }).inputValue()).resolves.toBe("NHÓM HAI");
  await expect(page.getByLabel("Tên nhóm 2", { exact: true }).inputValue()).resolves.toBe("CÁC ĐƠN VỊ");
  // A figure she mistyped is named at its field, in her words.
  await page.getByLabel("Văn bản", { exact: true }).fill("-5");
  await page.getByTestId("input-problems").getByText("Văn bản: phải là số không âm — bạn nhập -5").waitFor();
  await noSidewaysScroll(page, "keyboard");
  await page.context().close();
});

test("'Bắt đầu từ báo cáo kỳ trước' on last quarter's report: quý III chosen, the unit filled, figures and units listed", async () => {
  const data = JSON.parse(readFileSync(path.join(ROOT, "examples/xa-ia-grai-6-thang-2026.json"), "utf8"));
  data.period = { kind: "quarter", year: 2026, index: 2 };
  data.report = { number: "05", date: "2026-07-02" };
  delete data.prior;
  data.metrics = { tin_bai: 90, van_ban: 51, luot_truy_cap: 21400 };
  data.contributors = data.contributors.map((g: { group: string; rows: { name: string; months: number[] }[] }) => ({
    ...g,
    rows: g.rows.map((r) => ({ ...r, months: r.months.slice(3) })),
  }));
  delete data.budget;
  const json = path.join(work, "quy-2.json");
  writeFileSync(json, JSON.stringify(data));
  const docx = path.join(work, "bao-cao-quy-2.docx");
  execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "src/cli/report.ts"), "--data", json, "--out", docx], {
    cwd: ROOT,
    stdio: "pipe",
  });

  const { page } = await openPane(browser, server.url, { viewport: { width: 350, height: 900 } });
  await page.getByLabel("Bắt đầu từ báo cáo kỳ trước").setInputFiles(docx);
  await page
    .locator("#pane-status")
    .getByText(
      /^Đã bắt đầu từ “bao-cao-quy-2.docx”: đơn vị BAN BIÊN TẬP TRANG THÔNG TIN ĐIỆN TỬ; kỳ quý III năm 2026; 10 đơn vị trong bảng/,
    )
    .waitFor();
  await expect(page.getByLabel("Loại kỳ").inputValue()).resolves.toBe("quarter");
  await expect(page.getByLabel("Quý", { exact: true }).inputValue()).resolves.toBe("3");
  await expect(page.getByLabel("Đơn vị", { exact: true }).locator("option:checked").textContent()).resolves.toContain(
    "BAN BIÊN TẬP TRANG THÔNG TIN ĐIỆN TỬ",
  );
  // Last period's figures, to tick as the comparison.
  const figures = page.getByTestId("prior-figures");
  await expect(figures.locator("tbody tr[data-key='tin_bai']").textContent()).resolves.toContain("90");
  // The same units, this quarter's months empty.
  await expect(page.getByLabel("Nhóm 1, đơn vị 1: tên", { exact: true }).inputValue()).resolves.toBe("Văn phòng HĐND và UBND xã");
  await expect(page.getByLabel("Văn phòng HĐND và UBND xã: Tháng 7", { exact: true }).inputValue()).resolves.toBe("");
  await noSidewaysScroll(page, "started from last period");
  await shot(page, "figures-2-started-from-prior");
  await page.context().close();
});
