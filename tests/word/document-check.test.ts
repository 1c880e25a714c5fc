import { FakeWordHost } from "./fake-word-host";
import type { Finding } from "../../src/domain/checker";
import { applyEdits, CHANGED_SINCE_CHECK, checkOpenDocument, selectInDocument } from "../../src/word/document-check";
import { editedReport, SEEDED_ERRORS, type SeededError } from "../helpers/edited-report";

// "Kiểm tra báo cáo" on the Word double at WordApi 1.1 (no tables in body.paragraphs there): the edited report's
// six errors found in one round trip, each selectable, the certain ones fixed in place and nowhere else; a fix
// refused when the text moved since the check, and put back whole when Word refuses part of it.

let host: FakeWordHost;
let uninstall: (() => void) | undefined;

async function open(errors: readonly SeededError[] = SEEDED_ERRORS, wordApi = "1.1"): Promise<FakeWordHost> {
  uninstall?.();
  host = await FakeWordHost.fromDocx(await editedReport(errors), { wordApi });
  uninstall = host.install(globalThis);
  return host;
}

afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

const byRule = (findings: Finding[], rule: string) => findings.find((f) => f.rule === rule)!;

describe("checking the open document", () => {
  it("finds exactly the seeded errors, reading the body in one round trip", async () => {
    await open();
    host.resetCounters();
    const { report } = await checkOpenDocument();
    expect(host.syncCount).toBe(1);
    expect(report.periodOrigin).toBe("stored-data");
    expect(report.findings.map((f) => [f.rule, f.found]).sort()).toEqual(SEEDED_ERRORS.map((e) => [e.rule, e.found]).sort());
  });

  it("selects each finding's own text, table cells included, in two round trips", async () => {
    await open();
    const { checked, report } = await checkOpenDocument();
    for (const f of report.findings) {
      host.resetCounters();
      await selectInDocument(checked, f.at, f.found);
      expect(host.syncCount).toBe(2);
      expect(host.selectedText()).toBe(f.found);
    }
  });

  it("fixes what is certain there and only there; checking again finds the rest", async () => {
    await open();
    let { report } = await checkOpenDocument();
    const before = host.paragraphTexts();
    for (const f of report.findings.filter((x) => x.fix)) await applyEdits(f.fix!);
    const after = host.paragraphTexts();
    const changed = after.map((t, i) => [before[i], t]).filter(([a, b]) => a !== b);
    expect(changed).toEqual([
      [
        "Trong 6 tháng đầu năm 2025, Trang thông tin điện tử xã Ia Grai đã thu hút 48,530 lượt truy cập, tăng 35.856 lượt truy cập (282,9%) so với 6 tháng cuối năm 2025, nâng tổng số lượt truy cập (tính đến ngày 25/6/2026) lên 61.204 lượt.",
        "Trong 6 tháng đầu năm 2026, Trang thông tin điện tử xã Ia Grai đã thu hút 48.530 lượt truy cập, tăng 35.856 lượt truy cập (282,9%) so với 6 tháng cuối năm 2025, nâng tổng số lượt truy cập (tính đến ngày 25/6/2026) lên 61.204 lượt.",
      ],
      ["I. ĐÁNH GIÁ CHUNG", "II. ĐÁNH GIÁ CHUNG"],
      ["7", "6"],
    ]);
    // The STT cell of its own row, not another "7" of the table.
    const sttIndex = before.findIndex((t, i) => t === "7" && after[i] === "6");
    expect(after[sttIndex + 1]).toBe("Ban Chỉ huy Quân sự xã");
    ({ report } = await checkOpenDocument());
    expect(report.findings.map((f) => f.rule).sort()).toEqual(["outdated-reference", "table-arithmetic"]);
  });

  it("refuses a fix when the text moved since the check, and changes nothing", async () => {
    await open();
    const { report } = await checkOpenDocument();
    const number = byRule(report.findings, "number-format");
    const index = host.paragraphTexts().findIndex((t) => t.includes("48,530"));
    host.user.replaceText(index, "Trong", "Cũng trong");
    const before = host.paragraphTexts();
    await expect(applyEdits(number.fix!)).rejects.toThrow(CHANGED_SINCE_CHECK);
    expect(host.paragraphTexts()).toEqual(before);
  });

  it("puts back what went in when Word refuses part of a fix", async () => {
    // STT 3, 4, 5, 6, 7 for 2…6: one finding whose fix renumbers five cells.
    const shifted: SeededError[] = [
      ["Phòng Kinh tế", 2],
      ["Phòng Văn hóa - Xã hội", 3],
      ["Trung tâm Phục vụ hành chính công", 4],
      ["Công an xã", 5],
      ["Ban Chỉ huy Quân sự xã", 6],
    ].map(([name, n]) => ({
      rule: "stt-sequence",
      from: `<t>${n}</t></r></p></tc><tc><p><pPr><pStyle w:val="SbcTableTextLeft"/></pPr><r><t>${name}`,
      to: `<t>${Number(n) + 1}</t></r></p></tc><tc><p><pPr><pStyle w:val="SbcTableTextLeft"/></pPr><r><t>${name}`,
      found: String(Number(n) + 1),
    }));
    await open(shifted);
    const { report } = await checkOpenDocument();
    const stt = byRule(report.findings, "stt-sequence");
    expect(stt.fix).toHaveLength(5);
    const before = host.paragraphTexts();
    // The third replacement of the batch (read, search, replace) is refused; the two before it went in.
    host.failNextSync({ code: "AccessDenied", afterSyncs: 2, atOperation: 3 });
    await expect(applyEdits(stt.fix!)).rejects.toMatchObject({ code: "AccessDenied" });
    expect(host.paragraphTexts()).toEqual(before);
    await applyEdits(stt.fix!);
    expect((await checkOpenDocument()).report.findings.filter((f) => f.rule === "stt-sequence")).toEqual([]);
  });

  it("works the same on WordApi 1.3, where body.paragraphs would include the tables", async () => {
    await open(SEEDED_ERRORS, "1.3");
    const { checked, report } = await checkOpenDocument();
    expect(report.findings).toHaveLength(SEEDED_ERRORS.length);
    const cell = byRule(report.findings, "table-arithmetic");
    await selectInDocument(checked, cell.at, cell.found);
    expect(host.selectedText()).toBe("49");
  });
});
