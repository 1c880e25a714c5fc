import { FakeWordHost } from "./fake-word-host";
import { buildReport, ownHeadingBlock } from "../../src/domain/build-report";
import { insertOneBlock, insertWholeReport as insertReport } from "../../src/word/insert-report";
import { refreshReport } from "../../src/word/refresh-report";
import { readStoredReport } from "../../src/word/report-store";
import { describeWordError } from "../../src/word/word-errors";
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import {
  isLandscapeA4,
  isPortraitA4,
  pdfPageSizes,
  pdfPageText,
  sofficeConvert,
  tempDir,
  validateDocxAgainstSchema,
} from "../helpers/office-consumers";
import { savedTextOf, squash, withChanges } from "../helpers/word-scenarios";
import { exampleData, yearReportWithTable } from "../helpers/report-fixtures";

// The Word integration on the Word host double: a real WordprocessingML document behind Office.js-shaped
// globals that counts context.sync round trips. Every scenario ends with the document saved as .docx,
// validated against wml.xsd and read back by LibreOffice.

/** At the cursor, as the scenarios here mean it; the empty-document default has its own tests. */
const insertWholeReport = (model: ReturnType<typeof buildReport>, source?: string) => insertReport(model, source, { mode: "cursor" });

let host: FakeWordHost;
let uninstall: () => void;

function useHost(h: FakeWordHost): void {
  uninstall?.();
  host = h;
  uninstall = host.install(globalThis);
}

beforeEach(() => useHost(FakeWordHost.createEmpty()));
afterEach(() => uninstall());

const savedText = () => savedTextOf(host);

describe("inserting the whole report", () => {
  test("into an empty document: two round trips, every block bound, data stored", async () => {
    const result = await insertWholeReport(buildReport(exampleData()), "dak-doa.json");
    expect(result.syncs).toBe(2);
    expect(host.syncCount).toBe(2);
    const tags = host.contentControls().map((c) => c.tag);
    expect(tags).toEqual(buildReport(exampleData()).blocks.map((b) => b.tag));
    const stored = await readStoredReport();
    expect(JSON.parse(stored!.content.dataJson)).toEqual(exampleData());
    expect(stored!.content.source).toBe("dak-doa.json");
    const text = await savedText();
    expect(text).toContain("Đak Đoa, ngày 29 tháng 7 năm 2021");
    expect(text).toContain("đã đăng tải 242 tin, bài, tăng 32 tin, bài (15,2%) so với cùng kỳ năm 2020");
    expect(text).toMatch(/Tổng cộng 34 37 52 58 56 5 242/);
  });

  test("between the user's own paragraphs, which stay in place", async () => {
    host.user.typeParagraph("Kính gửi: Ủy ban nhân dân huyện Đak Đoa", "end");
    host.user.typeParagraph("Ghi chú của người soạn: gửi trước ngày 30/7.", "end");
    host.setCursor({ afterParagraph: host.paragraphTexts().indexOf("Kính gửi: Ủy ban nhân dân huyện Đak Đoa") });
    await insertWholeReport(buildReport(exampleData()));
    const text = await savedText();
    const first = text.indexOf("Kính gửi: Ủy ban nhân dân huyện Đak Đoa");
    const report = text.indexOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    const last = text.indexOf("Ghi chú của người soạn: gửi trước ngày 30/7.");
    expect(first).toBeGreaterThanOrEqual(0);
    expect(report).toBeGreaterThan(first);
    expect(last).toBeGreaterThan(text.indexOf("Tổng cộng"));
  });

  test("with words selected, nothing is inserted: the selection would be lost", async () => {
    host.user.typeParagraph("Đoạn văn người soạn đang bôi đen.", "end");
    host.setCursor({ paragraph: host.paragraphTexts().indexOf("Đoạn văn người soạn đang bôi đen.") });
    const before = host.documentXml();
    const err = await insertWholeReport(buildReport(exampleData())).catch((e: unknown) => e);
    expect(describeWordError(err)).toContain("bôi đen");
    expect(host.documentXml()).toBe(before);
    expect(await readStoredReport()).toBeNull();
  });

  test("a second whole report is refused, pointing to the refresh", async () => {
    await insertWholeReport(buildReport(exampleData()));
    const before = host.documentXml();
    await expect(insertWholeReport(buildReport(exampleData()))).rejects.toThrow(/Cập nhật số liệu/);
    expect(host.documentXml()).toBe(before);
  });
});

describe("refreshing after the data changes", () => {
  test("the user's text is intact, figures and the table are updated, totals recomputed", async () => {
    await insertWholeReport(buildReport(exampleData()));
    // The user types a paragraph between two sections (right after the budget block, outside any block)
    // and edits a sentence outside the blocks.
    await Word.run(async (context) => {
      context.document.contentControls
        .getByTag("soanbaocao:budget")
        .getFirst()
        .insertParagraph("Ý kiến riêng của Ban Biên tập về chất lượng tin, bài.", "After");
      await context.sync();
    });
    host.user.typeParagraph("Đoạn cuối do người soạn tự viết.", "end");
    host.user.replaceText(host.paragraphTexts().length - 1, "tự viết", "tự viết và sửa lại");

    const changed = withChanges(exampleData(), (d) => {
      d.metrics.tin_bai = 250;
      d.metrics.luot_truy_cap = 10500;
      d.contributors![0]!.rows[1]!.months = [5, 6, 12, 5, 7, 12];
      d.contributors![1]!.rows[0]!.months = [0, 1, 3, 5, 0, 0];
    });
    host.resetCounters();
    const result = await refreshReport(buildReport(changed));
    expect(result.syncs).toBeLessThanOrEqual(3);
    expect(host.syncCount).toBe(result.syncs);
    expect(result.diff.figures).toEqual(expect.arrayContaining(["tin_bai", "luot_truy_cap"]));
    expect(result.diff.rows).toHaveLength(1);
    expect(result.summary).toMatch(/^Đã cập nhật 2 số liệu, 1 hàng bảng/);
    expect(result.keptEdited).toEqual([]);

    const text = await savedText();
    expect(text).toContain("Ý kiến riêng của Ban Biên tập về chất lượng tin, bài.");
    expect(text).toContain("Đoạn cuối do người soạn tự viết và sửa lại.");
    expect(text).toContain("đã đăng tải 250 tin, bài, tăng 40 tin, bài (19,0%) so với cùng kỳ năm 2020");
    expect(text).toContain("10.500 lượt truy cập");
    expect(text).toMatch(/2 Công an huyện 5 6 12 5 7 12 47/);
    expect(text).toMatch(/Tổng cộng 34 37 52 58 56 13 250/);
    expect(text).not.toContain("242 tin, bài");
  });

  test("a figure the user edited is kept and reported; a forced refresh overwrites it", async () => {
    await insertWholeReport(buildReport(exampleData()));
    host.user.replaceTextInContentControl("soanbaocao:stat:van_ban", "213 văn bản", "215 văn bản");
    const changed = withChanges(exampleData(), (d) => {
      d.metrics.van_ban = 220;
      d.metrics.tin_bai = 243;
      d.contributors![0]!.rows[0]!.months = [22, 7, 9, 18, 24, 1];
    });
    const kept = await refreshReport(buildReport(changed));
    expect(kept.keptEdited).toEqual([{ tag: "soanbaocao:stat:van_ban", title: expect.any(String) }]);
    expect(kept.summary).toContain("Giữ nguyên 1 khối bạn đã sửa");
    let text = await savedText();
    expect(text).toContain("Đã cập nhật 215 văn bản");
    expect(text).toContain("243 tin, bài");

    const again = await refreshReport(buildReport(changed));
    expect(again.keptEdited.map((b) => b.tag)).toEqual(["soanbaocao:stat:van_ban"]);

    const forced = await refreshReport(buildReport(changed), { overwrite: ["soanbaocao:stat:van_ban"] });
    expect(forced.overwritten.map((b) => b.tag)).toEqual(["soanbaocao:stat:van_ban"]);
    text = await savedText();
    expect(text).toContain("Đã cập nhật 220 văn bản");
    expect(text).not.toContain("215 văn bản");
  });

  test("a contributor table grows from 10 to 500 rows and shrinks back in the same number of round trips", async () => {
    const small = yearReportWithTable(10);
    host.resetCounters();
    const inserted = await insertWholeReport(buildReport(small));
    const syncs: number[] = [];
    for (const rows of [500, 10]) {
      host.resetCounters();
      const r = await refreshReport(buildReport(yearReportWithTable(rows)));
      syncs.push(r.syncs);
      expect(host.syncCount).toBe(r.syncs);
    }
    expect(inserted.syncs).toBe(2);
    // Read, copy the blocks about to change, replace: three round trips at 10 rows and at 500.
    expect(syncs).toEqual([3, 3]);
    const text = await savedText();
    expect(text).toContain("Đơn vị số 10");
    expect(text).not.toContain("Đơn vị số 11 ");
  });

  test("a block the user deleted is reported, the rest is refreshed", async () => {
    await insertWholeReport(buildReport(exampleData()));
    host.user.deleteContentControl("soanbaocao:budget");
    const result = await refreshReport(buildReport(withChanges(exampleData(), (d) => void (d.metrics.chuyen_muc = 4))));
    expect(result.notInDocument.map((b) => b.tag)).toEqual(["soanbaocao:budget"]);
    expect(result.summary).toContain("1 khối chưa có trong tài liệu");
    const text = await savedText();
    expect(text).toContain("04 chuyên trang, chuyên mục mới");
    expect(text).not.toContain("150.000.000 đồng");
  });

  test("after the document is closed and reopened, the stored data still drives the refresh", async () => {
    await insertWholeReport(buildReport(exampleData()), "dak-doa.json");
    useHost(await FakeWordHost.fromDocx(await host.saveDocx()));
    const stored = await readStoredReport();
    expect(stored?.content.source).toBe("dak-doa.json");
    const result = await refreshReport(buildReport(withChanges(exampleData(), (d) => void (d.metrics.tin_bai = 260))));
    expect(result.keptEdited).toEqual([]);
    expect(await savedText()).toContain("260 tin, bài");
  });

  test("hosts without custom XML parts keep the snapshot in document settings", async () => {
    useHost(FakeWordHost.createEmpty({ requirementSets: { CustomXmlParts: "0" } }));
    await insertWholeReport(buildReport(exampleData()));
    expect(host.customXmlParts).toHaveLength(0);
    useHost(await FakeWordHost.fromDocx(await host.saveDocx(), { requirementSets: { CustomXmlParts: "0" } }));
    const result = await refreshReport(buildReport(withChanges(exampleData(), (d) => void (d.metrics.tin_bai = 261))));
    expect(result.keptEdited).toEqual([]);
    expect(await savedText()).toContain("261 tin, bài");
  });
});

describe("single blocks", () => {
  test("a section heading takes the number that follows the headings above the cursor", async () => {
    host.user.typeParagraph("I. KẾT QUẢ HOẠT ĐỘNG", "end");
    host.user.typeParagraph("1. Công tác cập nhật thông tin", "end");
    host.user.typeParagraph("Nội dung do người soạn tự viết.", "end");
    host.setCursor("end");
    const model = buildReport(exampleData());
    const heading = model.blocks.find((b) => b.tag === "soanbaocao:heading:danh-gia")!;
    const result = await insertOneBlock(model, heading);
    expect(result.numbered).toBe("II.");
    const sub = model.blocks.find((b) => b.tag === "soanbaocao:heading:danh-gia.uu-diem")!;
    host.setCursor("end");
    expect((await insertOneBlock(model, sub)).numbered).toBe("1.");
    const text = await savedText();
    expect(text).toContain("II. ĐÁNH GIÁ CHUNG 1. Ưu điểm");
    // A refresh keeps the numbers the document gave them.
    const refreshed = await refreshReport(model);
    expect(refreshed.keptEdited).toEqual([]);
    expect(await savedText()).toContain("II. ĐÁNH GIÁ CHUNG 1. Ưu điểm");
  });

  test("a heading of the user's own takes the next number at its level: 2.1. after 2., then 2.2., then 3.", async () => {
    host.user.typeParagraph("II. ĐÁNH GIÁ CHUNG", "end");
    host.user.typeParagraph("1. Ưu điểm", "end");
    host.user.typeParagraph("2. Hạn chế", "end");
    host.user.typeParagraph("Một số đơn vị gửi tin, bài chưa đều.", "end");
    const model = buildReport(exampleData());
    const numbers: string[] = [];
    for (const [id, level, words] of [
      ["a", 3, "Nguyên nhân khách quan"],
      ["b", 3, "Nguyên nhân chủ quan"],
      ["c", 2, "Bài học kinh nghiệm"],
    ] as const) {
      host.setCursor("end");
      numbers.push((await insertOneBlock(model, ownHeadingBlock(id, level, words))).numbered!);
    }
    expect(numbers).toEqual(["2.1.", "2.2.", "3."]);
    const text = await savedText();
    expect(text).toContain("2.1. Nguyên nhân khách quan 2.2. Nguyên nhân chủ quan 3. Bài học kinh nghiệm");
    const refreshed = await refreshReport(model);
    expect(refreshed.keptEdited).toEqual([]);
    expect(refreshed.noLongerInData).toEqual([]);
    expect(refreshed.summary).not.toContain("không còn trong số liệu");
    expect(await savedText()).toContain("2.1. Nguyên nhân khách quan 2.2. Nguyên nhân chủ quan 3. Bài học kinh nghiệm");
  });

  test("her own headings do not stop the whole report from being inserted", async () => {
    const model = buildReport(exampleData());
    await insertOneBlock(model, ownHeadingBlock("x", 1, "Tình hình chung"));
    host.setCursor("end");
    const r = await insertWholeReport(model);
    expect(r.blocks).toBe(model.blocks.length);
    expect(host.contentControls()).toHaveLength(model.blocks.length + 1);
  });

  test("on a WordApi 1.1 host the heading number follows the whole document", async () => {
    useHost(FakeWordHost.createEmpty({ wordApi: "1.1" }));
    host.user.typeParagraph("I. KẾT QUẢ HOẠT ĐỘNG", "end");
    host.user.typeParagraph("II. ĐÁNH GIÁ CHUNG", "end");
    host.setCursor("end");
    const model = buildReport(exampleData());
    const result = await insertOneBlock(
      model,
      model.blocks.find((b) => b.tag === "soanbaocao:heading:nhiem-vu")!,
    );
    expect(result.numbered).toBe("III.");
    expect(host.syncLog.flatMap((s) => s.operations).some((op) => /getRange|expandTo/.test(op))).toBe(false);
    expect(await savedText()).toContain("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2021");
  });

  test("the statistics paragraph, the table and the signature can be inserted one by one", async () => {
    const model = buildReport(exampleData());
    for (const tag of ["soanbaocao:stat:tin_bai", "soanbaocao:contributors", "soanbaocao:signature"]) {
      host.setCursor("end");
      const r = await insertOneBlock(
        model,
        model.blocks.find((b) => b.tag === tag)!,
      );
      expect(r.syncs).toBe(2);
    }
    expect(host.contentControls().map((c) => c.tag)).toEqual([
      "soanbaocao:stat:tin_bai",
      "soanbaocao:contributors",
      "soanbaocao:signature",
    ]);
    expect((await readStoredReport())!.content.blocks.map((b) => b.tag)).toHaveLength(3);
    await expect(
      insertOneBlock(
        model,
        model.blocks.find((b) => b.tag === "soanbaocao:contributors")!,
      ),
    ).rejects.toThrow(/đã có trong tài liệu/);
    const text = await savedText();
    expect(text).toMatch(/Tổng cộng 34 37 52 58 56 5 242/);
    expect(text).toContain("Kiều Thu Hương");
  });
});

test("a 12-month table inserted alone gets a landscape page of its own", async () => {
  host.user.typeParagraph("Đoạn mở đầu do người soạn viết.", "end");
  host.setCursor("end");
  const model = buildReport(yearReportWithTable(30));
  await insertOneBlock(
    model,
    model.blocks.find((b) => b.tag === "soanbaocao:contributors")!,
  );
  host.user.typeParagraph("Đoạn viết sau bảng.", "end");
  const bytes = await host.saveDocx();
  expect((await validateDocxAgainstSchema(bytes)).errors).toBe("");
  const dir = tempDir();
  const file = path.join(dir, "bang-12-thang.docx");
  writeFileSync(file, bytes);
  const pdf = sofficeConvert(file, "pdf", dir);
  const sizes = pdfPageSizes(pdf);
  const pages = sizes.length;
  expect(isPortraitA4(sizes[0]!)).toBe(true);
  expect(isLandscapeA4(sizes[1]!)).toBe(true);
  const lastPage = pdfPageText(pdf, pages);
  expect(lastPage).toContain("Đoạn viết sau bảng.");
});

describe("Office errors leave the document as it was", () => {
  test("an error in the middle of an insert leaves nothing half-inserted", async () => {
    host.user.typeParagraph("Văn bản có sẵn của người soạn.", "end");
    const before = host.documentXml();
    host.failNextSync({ code: "GeneralException", method: "insertOoxml" });
    const err = await insertWholeReport(buildReport(exampleData())).catch((e: unknown) => e);
    expect(describeWordError(err)).toMatch(/^Word gặp lỗi khi thực hiện thao tác\..* Tài liệu được giữ nguyên/);
    expect(host.documentXml()).toBe(before);
    expect(host.contentControls()).toEqual([]);
    expect(await readStoredReport()).toBeNull();
    expect(await savedText()).toContain("Văn bản có sẵn của người soạn.");
  });

  test("a refresh that fails half-way puts every block back", async () => {
    await insertWholeReport(buildReport(exampleData()));
    const before = host.documentXml();
    const storedBefore = (await readStoredReport())!.xml;
    // The third replacement fails: the first two have already landed when Word reports the error.
    host.failNextSync({ code: "ItemNotFound", method: "ContentControl.insertOoxml", atOperation: 3 });
    const changed = withChanges(exampleData(), (d) => {
      d.metrics.tin_bai = 300;
      d.metrics.van_ban = 300;
      d.metrics.chuyen_muc = 9;
      d.metrics.luot_truy_cap = 12000;
    });
    const err = await refreshReport(buildReport(changed)).catch((e: unknown) => e);
    expect(describeWordError(err)).toContain("Không tìm thấy một khối của báo cáo");
    expect(squash(host.bodyText())).toContain("242 tin, bài");
    expect(squash(host.bodyText())).not.toContain("300");
    expect((await readStoredReport())!.xml).toBe(storedBefore);
    expect(host.contentControls().map((c) => c.tag)).toEqual(buildReport(exampleData()).blocks.map((b) => b.tag));
    void before;
    expect(await savedText()).toContain("242 tin, bài");
  });

  test("Word refusing the content, or the snapshot failing to save, changes nothing", async () => {
    host.user.typeParagraph("Văn bản có sẵn.", "end");
    const before = host.documentXml();
    host.failNextSync({ code: "InvalidArgument", method: "insertOoxml" });
    const refused = await insertWholeReport(buildReport(exampleData())).catch((e: unknown) => e);
    expect(describeWordError(refused)).toMatch(/^Word từ chối nội dung được chèn\..* Tài liệu được giữ nguyên/);
    expect(host.documentXml()).toBe(before);

    host.failAsync({ method: "customXmlParts.addAsync" });
    const unsaved = await insertWholeReport(buildReport(exampleData())).catch((e: unknown) => e);
    expect(describeWordError(unsaved)).toMatch(/^Không lưu được số liệu vào tài liệu/);
    expect(host.documentXml()).toBe(before);
    expect(host.customXmlParts).toHaveLength(0);
  });

  test("a refresh whose snapshot cannot be replaced changes neither the blocks nor the snapshot", async () => {
    await insertWholeReport(buildReport(exampleData()));
    const before = host.documentXml();
    const stored = (await readStoredReport())!.xml;
    host.failAsync({ method: "customXmlPart.deleteAsync" });
    const err = await refreshReport(buildReport(withChanges(exampleData(), (d) => void (d.metrics.tin_bai = 999)))).catch(
      (e: unknown) => e,
    );
    expect(describeWordError(err)).toMatch(/^Không lưu được số liệu vào tài liệu/);
    expect(host.documentXml()).toBe(before);
    expect(host.customXmlParts).toHaveLength(1);
    expect((await readStoredReport())!.xml).toBe(stored);
    // And the next refresh works normally.
    const ok = await refreshReport(buildReport(withChanges(exampleData(), (d) => void (d.metrics.tin_bai = 999))));
    expect(ok.keptEdited).toEqual([]);
    expect(squash(host.bodyText())).toContain("999 tin, bài");
  });

  test("a protected document: a message saying how to unprotect, nothing changed", async () => {
    host.setProtected(true);
    const err = await insertWholeReport(buildReport(exampleData())).catch((e: unknown) => e);
    expect(describeWordError(err)).toContain("Restrict Editing");
    expect(host.contentControls()).toEqual([]);
  });

  test("change tracking on: refused before anything is written", async () => {
    useHost(FakeWordHost.createEmpty({ wordApi: "1.4" }));
    host.setTrackChanges(true);
    const err = await insertWholeReport(buildReport(exampleData())).catch((e: unknown) => e);
    expect(describeWordError(err)).toContain("Theo dõi thay đổi (Track Changes)");
    expect(host.contentControls()).toEqual([]);
    expect(await readStoredReport()).toBeNull();
    expect(host.revisions).toEqual([]);
  });
});
