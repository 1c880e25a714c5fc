import { writeFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { FakeWordHost } from "./fake-word-host";
import { buildReport } from "../../src/domain/build-report";
import { buildDocx } from "../../src/render/docx-package";
import { insertOneBlock, insertWholeReport, undoLastInsert } from "../../src/word/insert-report";
import { refreshReport } from "../../src/word/refresh-report";
import { readStoredReport } from "../../src/word/report-store";
import { openReportAsNewDocument } from "../../src/word/whole-document";
import { describeWordError, READ_ONLY_MESSAGE } from "../../src/word/word-errors";
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

// The scenarios of the real-Word issue, on the double with Word's documented rules: the cursor is inside a
// paragraph, "Replace" on a table-only control fails, Viewing mode refuses the first write, WordApi 1.3 hosts
// cannot be asked about tracking, getOoxml packages end with their section's properties. Each scenario that
// changes the document ends with the saved .docx valid against wml.xsd and read by LibreOffice.

let host: FakeWordHost;
let uninstall: (() => void) | undefined;

function useHost(h: FakeWordHost): FakeWordHost {
  uninstall?.();
  host = h;
  uninstall = host.install(globalThis);
  return h;
}

afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

const cursor = { mode: "cursor" } as const;

const savedText = () => savedTextOf(host);

/** Her document: two paragraphs of her own, the second in a style of hers (Heading 2, as Word has it). */
function herDocument(options?: ConstructorParameters<typeof Object>[0]): FakeWordHost {
  const h = useHost(FakeWordHost.createEmpty(options as never));
  h.user.typeParagraph("Kính gửi: Ủy ban nhân dân xã Ia Băng.", "start");
  h.user.typeParagraph("Sau đây là phần nhận xét riêng của Ban Biên tập về chất lượng tin bài.", { afterParagraph: 0 });
  return h;
}

const operations = () => host.syncLog.flatMap((s) => s.operations);

describe("inserting at a real cursor", () => {
  test("with the cursor in the middle of her paragraph, her paragraph stays whole and the report follows it", async () => {
    herDocument();
    const hers = "Sau đây là phần nhận xét riêng của Ban Biên tập về chất lượng tin bài.";
    host.setCursor({ inParagraph: 1, offset: 10 });
    const result = await insertWholeReport(buildReport(exampleData()), undefined, cursor);
    expect(result.placed).toBe("cursor");
    const texts = host.paragraphTexts();
    // Her paragraph is intact and untouched — not split at the cursor, no report text merged into it.
    expect(texts[0]).toBe("Kính gửi: Ủy ban nhân dân xã Ia Băng.");
    expect(texts[1]).toBe(hers);
    expect(texts[2]).toBe("UBND HUYỆN ĐAK ĐOA");
    // Every block is whole, in order, right after her paragraph.
    expect(host.contentControls().map((c) => c.tag)).toEqual(buildReport(exampleData()).blocks.map((b) => b.tag));
    const text = await savedText();
    expect(text.indexOf(hers)).toBeLessThan(text.indexOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    expect(text).toMatch(/Tổng cộng 34 37 52 58 56 5 242/);
  });

  test("the double itself splits a paragraph when content goes in at an inner point, as Word does", async () => {
    herDocument();
    host.setCursor({ inParagraph: 0, offset: 9 });
    await Word.run(async (context) => {
      context.document
        .getSelection()
        .insertOoxml(
          `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>MỘT</w:t></w:r></w:p><w:p><w:r><w:t>HAI</w:t></w:r></w:p></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`,
          "Replace",
        );
      await context.sync();
    });
    // The first inserted paragraph joins the text before the point, the last one the text after it.
    expect(host.paragraphTexts().slice(0, 2)).toEqual(["Kính gửi:MỘT", "HAI Ủy ban nhân dân xã Ia Băng."]);
  });

  test("inside one of the report's blocks, the insert is refused and says where to put the cursor", async () => {
    useHost(FakeWordHost.createEmpty());
    await insertOneBlock(
      buildReport(exampleData()),
      buildReport(exampleData()).blocks.find((b) => b.tag === "soanbaocao:budget")!,
    );
    host.setCursor({ inContentControl: "soanbaocao:budget", at: "end" });
    const before = host.documentXml();
    const model = buildReport(exampleData());
    const err = await insertOneBlock(
      model,
      model.blocks.find((b) => b.tag === "soanbaocao:closing")!,
    ).catch((e: unknown) => e);
    expect(describeWordError(err)).toMatch(
      /Con trỏ đang nằm trong khối "Kinh phí" của báo cáo.*đặt con trỏ vào một đoạn văn ngoài các khối/,
    );
    expect(host.documentXml()).toBe(before);
  });

  test("inside a table cell, the insert is refused", async () => {
    useHost(FakeWordHost.createEmpty());
    const model = buildReport(exampleData());
    await insertOneBlock(
      model,
      model.blocks.find((b) => b.tag === "soanbaocao:header")!,
    );
    // A cell paragraph of the header table (her own table would read the same).
    host.setCursor({ afterParagraph: host.paragraphTexts().indexOf("UBND HUYỆN ĐAK ĐOA") });
    const err = await insertOneBlock(
      model,
      model.blocks.find((b) => b.tag === "soanbaocao:closing")!,
    ).catch((e: unknown) => e);
    // Inside our header block, which is also a table: either refusal is right; the block one comes first.
    expect(describeWordError(err)).toMatch(/Con trỏ đang nằm trong/);

    // Her own table, outside any block.
    useHost(FakeWordHost.createEmpty());
    const table = `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="5000"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>Ô của bảng</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`;
    await Word.run(async (context) => {
      context.document.body.insertOoxml(
        `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${table}<w:p/></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`,
        "Start",
      );
      await context.sync();
    });
    host.setCursor({ afterParagraph: host.paragraphTexts().indexOf("Ô của bảng") });
    const before = host.documentXml();
    const inCell = await insertWholeReport(model, undefined, cursor).catch((e: unknown) => e);
    expect(describeWordError(inCell)).toMatch(/ô của bảng/);
    expect(host.documentXml()).toBe(before);
  });

  test("a wide table inserted mid-document keeps her section's page setup on the pages above it", async () => {
    // Her document has its own margins (2 cm left, 1.5 cm right) and one section.
    const theirs = structuredClone(exampleData());
    const bytes = await buildDocx(buildReport(theirs));
    const zip = await JSZip.loadAsync(bytes);
    const docXml = (await zip.file("word/document.xml")!.async("string"))
      .replace(/<w:body>.*<w:sectPr>/s, `<w:body><w:p><w:r><w:t>Trang của người soạn.</w:t></w:r></w:p><w:p/><w:sectPr>`)
      .replace(
        /<w:pgMar [^>]*\/>/,
        `<w:pgMar w:top="1000" w:right="850" w:bottom="1000" w:left="1134" w:header="500" w:footer="500" w:gutter="0"/>`,
      );
    zip.file("word/document.xml", docXml);
    zip.remove("customXml/item1.xml");
    useHost(await FakeWordHost.fromDocx(await zip.generateAsync({ type: "uint8array" })));
    host.setCursor({ afterParagraph: 0 });
    const model = buildReport(yearReportWithTable(12));
    await insertOneBlock(
      model,
      model.blocks.find((b) => b.tag === "soanbaocao:contributors")!,
    );
    const xml = host.documentXml();
    // The section break before the table carries her margins, not ND30's.
    const firstBreak = /<w:sectPr>(.*?)<\/w:sectPr>/.exec(xml)![1]!;
    expect(firstBreak).toContain(`w:left="1134"`);
    expect(firstBreak).toContain(`w:top="1000"`);
    expect(firstBreak).not.toContain("headerReference");
    const dir = tempDir();
    const file = path.join(dir, "mid.docx");
    const saved = await host.saveDocx();
    expect((await validateDocxAgainstSchema(saved)).errors).toBe("");
    writeFileSync(file, saved);
    const pdf = sofficeConvert(file, "pdf", dir);
    const sizes = pdfPageSizes(pdf);
    expect(isPortraitA4(sizes[0]!)).toBe(true);
    expect(isLandscapeA4(sizes[1]!)).toBe(true);
    expect(pdfPageText(pdf, 1)).toContain("Trang của người soạn.");
  });
});

describe("refresh under Word's rules", () => {
  test("a report whose contributor table changed: the table-only rule is met and the totals follow", async () => {
    useHost(FakeWordHost.createEmpty());
    await insertWholeReport(buildReport(exampleData()), undefined, cursor);
    const changed = withChanges(exampleData(), (d) => {
      d.contributors![0]!.rows[0]!.months = [9, 9, 9, 9, 9, 9];
      d.contributors![0]!.rows.push({ name: "Phòng Y tế", months: [1, 1, 1, 1, 1, 1] });
    });
    host.resetCounters();
    const r = await refreshReport(buildReport(changed));
    expect(r.failed).toEqual([]);
    expect(r.syncs).toBe(3);
    expect(operations()).not.toContain("Body.getOoxml");
    expect(operations()).not.toContain("Body.insertOoxml");
    const text = await savedText();
    expect(text).toContain("Phòng Y tế");
    expect(text).toMatch(/Tổng cộng/);
  });

  test("a table block made before blocks closed with a paragraph (a RichTextTable control) still refreshes", async () => {
    useHost(FakeWordHost.createEmpty());
    await insertWholeReport(buildReport(exampleData()), undefined, cursor);
    // Strip the closing paragraph from the table controls, as documents from earlier versions have them.
    const bytes = await host.saveDocx();
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    zip.file(
      "word/document.xml",
      xml.replace(/<w:p><w:pPr><w:pStyle w:val="SbcAfterTable"\/><\/w:pPr><\/w:p><\/w:sdtContent>/g, "</w:sdtContent>"),
    );
    await host.openDocx(await zip.generateAsync({ type: "uint8array" }));
    const subtypes = await Word.run(async (context) => {
      const c = context.document.contentControls.getByTag("soanbaocao:contributors").getFirst();
      c.load("subtype");
      await context.sync();
      return c.subtype;
    });
    expect(subtypes).toBe("RichTextTable");
    const r = await refreshReport(buildReport(withChanges(exampleData(), (d) => void (d.contributors![0]!.rows[0]!.months[0] = 20))));
    expect(r.failed).toEqual([]);
    expect(r.updated.map((b) => b.tag)).toContain("soanbaocao:contributors");
    // The first month's total follows the changed cell (34 − 22 + 20).
    expect(await savedText()).toMatch(/Tổng cộng 32 37 52 58 56 5 240/);
  });

  test("a block Word keeps refusing: the others are applied, that block is as it was, and the refresh says so", async () => {
    useHost(FakeWordHost.createEmpty());
    await insertWholeReport(buildReport(exampleData()), undefined, cursor);
    // Locked so its contents cannot be edited: Word refuses every write into it.
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("soanbaocao:stat:van_ban").getFirst().cannotEdit = true;
      await context.sync();
    });
    const changed = withChanges(exampleData(), (d) => {
      d.metrics.tin_bai = 300;
      d.metrics.van_ban = 301;
    });
    host.resetCounters();
    const r = await refreshReport(buildReport(changed));
    expect(r.failed.map((b) => b.tag)).toEqual(["soanbaocao:stat:van_ban"]);
    expect(r.updated.map((b) => b.tag)).toContain("soanbaocao:stat:tin_bai");
    expect(r.summary).toMatch(/^Đã cập nhật một phần/);
    expect(r.summary).toContain("Word không cập nhật được 1 khối: Số liệu: văn bản");
    expect(operations()).not.toContain("Body.insertOoxml");
    const text = squash(host.bodyText());
    expect(text).toContain("đã đăng tải 300 tin, bài");
    expect(text).toContain("Đã cập nhật 213 văn bản");
    // The refused block keeps its old fingerprint: once unlocked, the next refresh updates it.
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("soanbaocao:stat:van_ban").getFirst().cannotEdit = false;
      await context.sync();
    });
    const again = await refreshReport(buildReport(changed));
    expect(again.updated.map((b) => b.tag)).toEqual(["soanbaocao:stat:van_ban"]);
    expect(await savedText()).toContain("Đã cập nhật 301 văn bản");
  });

  test("a batch that fails half-way: what landed stays, the rest is tried again alone", async () => {
    useHost(FakeWordHost.createEmpty());
    await insertWholeReport(buildReport(exampleData()), undefined, cursor);
    // Read and copies pass; the replacement batch fails at its third operation.
    host.failNextSync({ code: "GeneralException", atOperation: 3, afterSyncs: 2 });
    const changed = withChanges(exampleData(), (d) => {
      d.metrics.tin_bai = 300;
      d.metrics.van_ban = 300;
      d.metrics.chuyen_muc = 9;
    });
    const r = await refreshReport(buildReport(changed));
    expect(r.failed).toEqual([]);
    expect(r.updated).toHaveLength(3);
    const stored = await readStoredReport();
    expect(JSON.parse(stored!.content.dataJson).metrics.tin_bai).toBe(300);
    expect(await savedText()).toContain("đã đăng tải 300 tin, bài");
  });
});

describe("track changes, Viewing mode", () => {
  test("a WordApi 1.3 host with tracking on: the insert is found to be tracked, and can be undone", async () => {
    herDocument({ wordApi: "1.3" });
    host.setTrackChanges(true);
    host.setCursor({ afterParagraph: 1 });
    const before = host.paragraphTexts();
    const r = await insertWholeReport(buildReport(exampleData()), undefined, cursor);
    expect(r.tracked).toBe(true);
    expect(host.revisions.some((x) => x.type === "Inserted")).toBe(true);
    const said = await undoLastInsert(r.undo!);
    expect(said).toMatch(/trở lại như trước khi chèn/);
    expect(host.paragraphTexts()).toEqual(before);
    expect(host.contentControls()).toEqual([]);
    expect(await readStoredReport()).toBeNull();
  });

  test("without tracking, an insert is not reported as tracked", async () => {
    herDocument({ wordApi: "1.3" });
    const r = await insertWholeReport(buildReport(exampleData()), undefined, cursor);
    expect(r.tracked).toBeUndefined();
  });

  test("Viewing mode: insert and refresh say to switch to Editing, and nothing changes", async () => {
    herDocument();
    await insertWholeReport(buildReport(exampleData()), undefined, cursor);
    host.setViewingMode(true);
    const before = host.documentXml();
    const inserted = await insertOneBlock(buildReport(exampleData()), buildReport(exampleData()).blocks[0]!).catch((e: unknown) => e);
    // The header is already there: the duplicate refusal speaks first; a fresh heading shows the Viewing message.
    expect(describeWordError(inserted)).toMatch(/đã có trong tài liệu/);
    const { ownHeadingBlock } = await import("../../src/domain/build-report");
    host.setCursor("end");
    const own = await insertOneBlock(buildReport(exampleData()), ownHeadingBlock("x", 2, "Nhận xét thêm")).catch((e: unknown) => e);
    expect(describeWordError(own)).toContain(READ_ONLY_MESSAGE);
    expect(describeWordError(own)).toContain("Tài liệu được giữ nguyên");
    const refreshed = await refreshReport(buildReport(withChanges(exampleData(), (d) => void (d.metrics.tin_bai = 1)))).catch(
      (e: unknown) => e,
    );
    expect(describeWordError(refreshed)).toContain(READ_ONLY_MESSAGE);
    expect(host.documentXml()).toBe(before);
  });
});

describe("a failed insert is undone completely", () => {
  test("the snapshot failing after the body changed: controls, section breaks and the added paragraph all go", async () => {
    herDocument();
    host.setCursor({ afterParagraph: 0 });
    const before = host.paragraphTexts();
    const xmlBefore = host.documentXml();
    host.failAsync({ method: "customXmlParts.addAsync" });
    // A 12-month appendix: two section-break paragraphs and a last paragraph around the controls.
    const err = await insertWholeReport(buildReport(yearReportWithTable(12)), undefined, cursor).catch((e: unknown) => e);
    expect(describeWordError(err)).toMatch(/^Không lưu được số liệu vào tài liệu.*Tài liệu được giữ nguyên như trước khi thao tác\.$/);
    expect(host.paragraphTexts()).toEqual(before);
    expect(host.documentXml()).not.toContain('<w:sectPr><w:pgSz w:w="16838"');
    expect(host.documentXml()).toBe(xmlBefore);
    expect(await readStoredReport()).toBeNull();
  });
});

describe("the whole ND30 document", () => {
  async function checkWholeDocument(bytes: Uint8Array, name: string): Promise<void> {
    expect((await validateDocxAgainstSchema(bytes)).errors).toBe("");
    const dir = tempDir();
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    const pdf = sofficeConvert(file, "pdf", dir);
    const sizes = pdfPageSizes(pdf);
    expect(isPortraitA4(sizes[0]!)).toBe(true);
    expect(isLandscapeA4(sizes[sizes.length - 1]!)).toBe(true);
    // Page numbers from page 2, at the top: none on page 1.
    expect(pdfPageText(pdf, 2).trimStart().startsWith("2")).toBe(true);
  }

  test('"Mở thành văn bản mới" opens the CLI\'s file as a new document, where a refresh then works', async () => {
    useHost(FakeWordHost.createEmpty({ wordApi: "1.3" }));
    host.user.typeParagraph("Văn bản đang mở của người soạn.", "start");
    const model = buildReport(yearReportWithTable(12));
    const r = await openReportAsNewDocument(model, "so-lieu.json");
    expect(r.placed).toBe("new-document");
    expect(r.note).toMatch(/văn bản mới/);
    expect(host.paragraphTexts()[0]).toBe("Văn bản đang mở của người soạn.");
    const opened = host.openedDocuments[0]!;
    await checkWholeDocument(opened, "new.docx");
    // In the new document (its own window), the embedded data drives a refresh.
    useHost(await FakeWordHost.fromDocx(opened));
    const changed = yearReportWithTable(12);
    changed.metrics.van_ban = 555;
    const refreshed = await refreshReport(buildReport(changed));
    expect(refreshed.updated.map((b) => b.tag)).toContain("soanbaocao:stat:van_ban");
    expect((await readStoredReport())!.content.source).toBe("so-lieu.json");
    expect(await savedText()).toContain("555 văn bản");
  });

  test("into an empty document on WordApi 1.5, the whole file goes into it: one snapshot, page numbers, refresh works", async () => {
    useHost(FakeWordHost.createEmpty({ wordApi: "1.5" }));
    const model = buildReport(yearReportWithTable(12));
    const r = await insertWholeReport(model, "so-lieu.json");
    expect(r.placed).toBe("this-document");
    expect(host.customXmlParts).toHaveLength(1);
    await checkWholeDocument(await host.saveDocx(), "filled.docx");
    const changed = yearReportWithTable(12);
    changed.metrics.van_ban = 777;
    const refreshed = await refreshReport(buildReport(changed));
    expect(refreshed.failed).toEqual([]);
    expect(await savedText()).toContain("777 văn bản");
  });

  test("into an empty document on WordApi 1.5, a snapshot that cannot be written takes the report out again and says the page setup stayed", async () => {
    useHost(FakeWordHost.createEmpty({ wordApi: "1.5" }));
    host.failAsync({ method: "customXmlParts.addAsync" });
    const err = (await insertWholeReport(buildReport(exampleData()), "so-lieu.json").catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(Error);
    // Never "giữ nguyên": the inserted file's section (margins, headers) cannot be taken back by clearing.
    expect(err.message).not.toContain("giữ nguyên");
    expect(err.message).toContain("Nội dung báo cáo đã được gỡ khỏi văn bản, nhưng lề, khổ giấy và đầu trang");
    expect(host.bodyText().trim()).toBe("");
    expect(host.contentControls()).toEqual([]);
    expect(host.customXmlParts).toHaveLength(0);
  });

  test("into an empty document on WordApi 1.3, a new document opens; on 1.1 the report goes in at the cursor and says the page setup stays", async () => {
    useHost(FakeWordHost.createEmpty({ wordApi: "1.3" }));
    const r = await insertWholeReport(buildReport(exampleData()));
    expect(r.placed).toBe("new-document");
    expect(host.openedDocuments).toHaveLength(1);
    expect(host.contentControls()).toEqual([]);

    useHost(FakeWordHost.createEmpty({ wordApi: "1.1" }));
    const old = await insertWholeReport(buildReport(exampleData()));
    expect(old.placed).toBe("cursor");
    expect(old.note).toMatch(/Tải về \.docx/);
    expect(host.contentControls()).toHaveLength(buildReport(exampleData()).blocks.length);
    const err = await openReportAsNewDocument(buildReport(exampleData())).catch((e: unknown) => e);
    expect(describeWordError(err)).toMatch(/không mở được văn bản mới/);
  });
});

describe("what Word lists and stores", () => {
  test("a control of hers in the page header is listed by Word and left alone by a refresh", async () => {
    const bytes = await buildDocx(buildReport(exampleData()));
    useHost(await FakeWordHost.fromDocx(bytes));
    host.user.addHeaderControl("cua-toi:logo", "Logo của cơ quan");
    const all = await Word.run(async (context) => {
      const controls = context.document.contentControls;
      controls.load("items/tag");
      await context.sync();
      return controls.items.map((c) => c.tag);
    });
    expect(all).toContain("cua-toi:logo");
    const r = await refreshReport(buildReport(withChanges(exampleData(), (d) => void (d.metrics.tin_bai = 250))));
    expect(r.updated.map((b) => b.tag)).toEqual(["soanbaocao:stat:tin_bai"]);
    const saved = await host.saveDocx();
    const header = await (await JSZip.loadAsync(saved)).file("word/header1.xml")!.async("string");
    expect(header).toContain("Logo của cơ quan");
  });

  test("the data part declares its namespace as the default one and refuses to grow past Word on the web's 1 MB", async () => {
    useHost(FakeWordHost.createEmpty());
    await insertWholeReport(buildReport(exampleData()), undefined, cursor);
    expect(host.customXmlParts[0]!.xml).toMatch(/^<\?xml[^>]*\?><report xmlns="urn:soanbaocao:report:v1"/);
    const huge = yearReportWithTable(12000);
    huge.contributors![0]!.rows.forEach((row, i) => (row.name = `Đơn vị có tên rất dài để kiểm tra giới hạn dung lượng số ${i}`));
    useHost(FakeWordHost.createEmpty());
    host.user.typeParagraph("Văn bản.", "start");
    const before = host.paragraphTexts();
    const err = await insertWholeReport(buildReport(huge), undefined, cursor).catch((e: unknown) => e);
    expect(describeWordError(err)).toMatch(
      /quá lớn để lưu trong tài liệu \(\d+ KB; Word trên web chỉ nhận tối đa 1024 KB\).*Tài liệu được giữ nguyên/,
    );
    expect(host.paragraphTexts()).toEqual(before);
    // Refused before any write: one round trip (the reads).
    expect(host.syncLog.every((s) => s.operations.every((op) => !/insert/.test(op)))).toBe(true);
  });
});

test("when the undo itself fails, the message keeps Word's error and says what may be left", async () => {
  herDocument();
  host.setCursor({ afterParagraph: 0 });
  // The insert batch fails at its second operation (after the empty paragraph went in); then the undo's
  // first round trip fails too.
  host.failNextSync({ code: "InvalidArgument", atOperation: 2, afterSyncs: 1 });
  host.failNextSync({ code: "GeneralException" });
  const err = await insertWholeReport(buildReport(exampleData()), undefined, cursor).catch((e: unknown) => e);
  const message = describeWordError(err);
  expect(message).toMatch(/^Word từ chối nội dung được chèn\./);
  expect(message).toContain("Tài liệu có thể còn sót một phần nội dung vừa chèn");
  expect(message).not.toContain("Tài liệu được giữ nguyên");
  expect((err as { original?: { code?: string } }).original?.code).toBe("InvalidArgument");
});

test("a Party unit's report is bound like any other: a refresh updates its figures and keeps HD 36's header", async () => {
  useHost(FakeWordHost.createEmpty());
  host.user.typeParagraph("Văn bản.", "start");
  const data = exampleData();
  data.unit = {
    ...data.unit,
    format: "hd36",
    governingBody: "TỈNH ỦY GIA LAI",
    name: "BAN TUYÊN GIÁO VÀ DÂN VẬN",
    abbreviation: "BTGDVTU",
  };
  data.report.to = ["Ban Thường vụ Tỉnh ủy"];
  await insertWholeReport(buildReport(data), undefined, cursor);
  const changed = structuredClone(data);
  changed.metrics.van_ban = 321;
  const r = await refreshReport(buildReport(changed));
  expect(r.updated.map((b) => b.tag)).toEqual(["soanbaocao:stat:van_ban"]);
  const text = await savedText();
  expect(text).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
  expect(text).toContain("Số 01-BC/BTGDVTU");
  expect(text).toContain("Kính gửi: Ban Thường vụ Tỉnh ủy.");
  expect(text).toContain("Đã cập nhật 321 văn bản");
  const stored = await readStoredReport();
  expect(JSON.parse(stored!.content.dataJson).unit.format).toBe("hd36");
});
