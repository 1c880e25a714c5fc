// Tests of the Word test double itself, on real WordprocessingML: if the fake drifts from Office.js
// semantics, every add-in test built on it would lie, so each case here checks one behaviour Word has.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { Document as DocxDocument, Packer, Paragraph, TextRun } from "docx";
import { FakeWordHost } from "./fake-word-host";
import type { FakeAsyncResult } from "./fake-word-host";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const SCHEMA = "/work/shared/schemas/ooxml/wml.xsd";
const DATA_NS = "urn:soanbaocao:report:v1";

/** A flat OPC package as the add-in's renderer produces it: document part plus optional styles/numbering. */
function pkg(body: string, parts: { styles?: string; numbering?: string } = {}): string {
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const part = (name: string, type: string, xml: string) =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  const docRels =
    (parts.styles ? rel("rId1", "styles", "styles.xml") : "") + (parts.numbering ? rel("rId2", "numbering", "numbering.xml") : "");
  return (
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    part(
      "/_rels/.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("rId1", "officeDocument", "word/document.xml")}</Relationships>`,
    ) +
    part(
      "/word/document.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      `<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
    ) +
    (docRels
      ? part(
          "/word/_rels/document.xml.rels",
          "application/vnd.openxmlformats-package.relationships+xml",
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${docRels}</Relationships>`,
        )
      : "") +
    (parts.styles
      ? part(
          "/word/styles.xml",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
          `<w:styles xmlns:w="${W}">${parts.styles}</w:styles>`,
        )
      : "") +
    (parts.numbering
      ? part(
          "/word/numbering.xml",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
          `<w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`,
        )
      : "") +
    `</pkg:package>`
  );
}

const para = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const block = (tag: string, inner: string, title = tag) =>
  `<w:sdt><w:sdtPr><w:alias w:val="${title}"/><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;

let host: FakeWordHost;
let uninstall: () => void;

function useHost(h: FakeWordHost): FakeWordHost {
  uninstall?.();
  host = h;
  uninstall = h.install();
  return h;
}

beforeEach(() => useHost(FakeWordHost.createEmpty()));
afterEach(() => uninstall());

async function expectWordError(p: Promise<unknown>, code: string): Promise<OfficeExtension.Error> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OfficeExtension.Error);
  expect((error as OfficeExtension.Error).code).toBe(code);
  return error as OfficeExtension.Error;
}

function asyncCall<T>(start: (cb: (r: FakeAsyncResult<T>) => void) => void): Promise<FakeAsyncResult<T>> {
  return new Promise((resolve) => start(resolve));
}

describe("insertOoxml into a real document", () => {
  test("a tagged block control inserted into an empty document is found by tag and reads its text", async () => {
    await Word.run(async (context) => {
      context.document.body.insertOoxml(
        pkg(block("sbc:tieu-de", para("BÁO CÁO") + para("Tình hình hoạt động 6 tháng"), "Tiêu đề")),
        Word.InsertLocation.start,
      );
      await context.sync();
    });
    const found = await Word.run(async (context) => {
      const controls = context.document.contentControls.getByTag("sbc:tieu-de");
      controls.load("items/tag,items/title,items/text,items/id");
      await context.sync();
      return controls.items.map((c) => ({ tag: c.tag, title: c.title, text: c.text, id: c.id }));
    });
    expect(found).toEqual([{ tag: "sbc:tieu-de", title: "Tiêu đề", text: "BÁO CÁO\rTình hình hoạt động 6 tháng", id: expect.any(Number) }]);
    // Word keeps a final empty paragraph after a block control at the end of the body.
    expect(host.paragraphTexts()).toEqual(["BÁO CÁO", "Tình hình hoạt động 6 tháng", ""]);
  });

  test("inserting at a cursor at the end of a paragraph splits it: Word leaves an empty paragraph after the control", async () => {
    host.user.typeParagraph("Kính gửi: Sở Thông tin và Truyền thông", "start");
    host.user.typeParagraph("Trên đây là báo cáo", { afterParagraph: 0 });
    host.setCursor({ afterParagraph: 0 });
    await Word.run(async (context) => {
      context.document.getSelection().insertOoxml(pkg(block("sbc:ket-qua", para("Đăng 1.225 tin, bài"))), "Replace");
      await context.sync();
    });
    // The cursor is inside paragraph 0 (at its end): the control goes after its text, and the paragraph's
    // second half, empty, stays behind the control (office-js #2914).
    expect(host.paragraphTexts()).toEqual(["Kính gửi: Sở Thông tin và Truyền thông", "Đăng 1.225 tin, bài", "", "Trên đây là báo cáo", ""]);
    expect(host.contentControls().map((c) => [c.tag, c.text])).toEqual([["sbc:ket-qua", "Đăng 1.225 tin, bài"]]);
  });

  test("Replace on a control replaces its content and keeps the control, its tag and its id", async () => {
    await Word.run(async (context) => {
      context.document.body.insertOoxml(pkg(block("sbc:so-lieu", para("Cũ"))), "Replace");
      await context.sync();
    });
    const before = host.contentControls()[0]!;
    const after = await Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag("sbc:so-lieu").getFirst();
      cc.insertOoxml(pkg(para("Mới một") + para("Mới hai")), "Replace");
      cc.load("id,tag,text");
      await context.sync();
      return { id: cc.id, tag: cc.tag, text: cc.text };
    });
    expect(after).toEqual({ id: before.id, tag: "sbc:so-lieu", text: "Mới một\rMới hai" });
    expect(host.contentControls()).toHaveLength(1);
  });

  test("a malformed package is refused with InvalidArgument and nothing is inserted", async () => {
    const bodyBefore = host.documentXml();
    await expectWordError(
      Word.run(async (context) => {
        context.document.body.insertOoxml(`<w:document xmlns:w="${W}"><w:body>${para("x")}</w:body></w:document>`, "End");
        await context.sync();
      }),
      "InvalidArgument",
    );
    await expectWordError(
      Word.run(async (context) => {
        context.document.body.insertOoxml(pkg(para("x")).replace("</pkg:package>", ""), "End");
        await context.sync();
      }),
      "InvalidArgument",
    );
    await expectWordError(
      Word.run(async (context) => {
        // An invalid location on purpose: Body.insertOoxml takes only Replace, Start and End.
        context.document.body.insertOoxml(pkg(para("x")), "Before" as never);
        await context.sync();
      }),
      "InvalidArgument",
    );
    expect(host.documentXml()).toBe(bodyBefore);
  });

  test("styles and list definitions the document lacks are merged; list ids are renumbered", async () => {
    const styles = `<w:style w:type="paragraph" w:styleId="SbcMuc"><w:name w:val="SBC Mục"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`;
    const numbering =
      `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const style = await Word.run(async (context) => {
      context.document.body.insertOoxml(pkg(para("KẾT QUẢ", "SbcMuc"), { styles, numbering }), "Start");
      context.document.body.insertOoxml(pkg(para("ĐÁNH GIÁ", "SbcMuc"), { styles, numbering }), "End");
      const first = context.document.body.paragraphs.getFirst();
      first.load("style,styleBuiltIn");
      await context.sync();
      return [first.style, first.styleBuiltIn];
    });
    expect(style).toEqual(["SBC Mục", "Other"]);
    const m = host.model;
    const styleIds = Array.from(m.styles.getElementsByTagNameNS(W, "style")).map((s) => s.getAttributeNS(W, "styleId"));
    expect(styleIds.filter((id) => id === "SbcMuc")).toHaveLength(1);
    const nums = Array.from(m.numbering!.getElementsByTagNameNS(W, "num")).map((n) => n.getAttributeNS(W, "numId"));
    expect(nums).toEqual(["1", "2"]);
  });

  test("getOoxml of a control can be inserted again; the copy gets a new unique id", async () => {
    await Word.run(async (context) => {
      context.document.body.insertOoxml(pkg(block("sbc:a", para("Một"))), "Start");
      await context.sync();
      const ooxml = context.document.contentControls.getFirst().getOoxml();
      await context.sync();
      context.document.body.insertOoxml(ooxml.value, "End");
      await context.sync();
    });
    const controls = host.contentControls();
    expect(controls.map((c) => [c.tag, c.text])).toEqual([
      ["sbc:a", "Một"],
      ["sbc:a", "Một"],
    ]);
    expect(controls[0]!.id).not.toBe(controls[1]!.id);
  });

  test("a run-level control inside a paragraph: found by tag, Replace keeps the surrounding text", async () => {
    const dateLine =
      `<w:p><w:r><w:t xml:space="preserve">Đak Đoa, ngày </w:t></w:r>` +
      `<w:sdt><w:sdtPr><w:tag w:val="sbc:ngay"/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:i/></w:rPr><w:t>29</w:t></w:r></w:sdtContent></w:sdt>` +
      `<w:r><w:t xml:space="preserve"> tháng 7 năm 2021</w:t></w:r></w:p>`;
    const texts = await Word.run(async (context) => {
      context.document.body.insertOoxml(pkg(dateLine), "Replace");
      const cc = context.document.contentControls.getByTag("sbc:ngay").getFirst();
      cc.load({ select: "text,tag" });
      await context.sync();
      const before = cc.text;
      cc.insertText("05", "Replace");
      await context.sync();
      return before;
    });
    expect(texts).toBe("29");
    // body.insertOoxml(…, "Replace") keeps the old last paragraph mark as one more paragraph (office-js-docs #874).
    expect(host.paragraphTexts()).toEqual(["Đak Đoa, ngày 05 tháng 7 năm 2021", ""]);
    expect(host.contentControls()).toEqual([expect.objectContaining({ tag: "sbc:ngay", text: "05", level: "inline" })]);
    // insertText keeps the formatting of the text it replaces.
    expect(host.documentXml()).toMatch(/<w:sdtContent><w:r><w:rPr><w:i\/><\/w:rPr><w:t xml:space="preserve">05<\/w:t>/);
  });

  test("tables inside a control read with Word's end-of-cell marks (or, on request, tabs)", async () => {
    const cell = (t: string) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${para(t)}</w:tc>`;
    const table =
      `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>` +
      `<w:tr>${cell("STT")}${cell("Tên đơn vị")}</w:tr><w:tr>${cell("1")}${cell("Văn phòng")}</w:tr></w:tbl>`;
    const text = await Word.run(async (context) => {
      context.document.body.insertOoxml(pkg(block("sbc:phu-luc", para("PHỤ LỤC") + table)), "Start");
      const cc = context.document.contentControls.getByTag("sbc:phu-luc").getFirst();
      cc.load("text");
      await context.sync();
      return cc.text;
    });
    // Word: every cell ends with "\r\u0007", every row with one more; the table is one entry.
    expect(text).toBe("PHỤ LỤC\rSTT\r\u0007Tên đơn vị\r\u0007\r\u00071\r\u0007Văn phòng\r\u0007\r\u0007");
  });
});

describe("Office.js proxy semantics", () => {
  test("reading a property or a result before sync throws PropertyNotLoaded / ValueNotLoaded", async () => {
    await Word.run(async (context) => {
      context.document.body.insertParagraph("Đoạn một", "End");
      const body = context.document.body;
      body.load("text");
      const ooxml = body.getOoxml();
      expect(() => body.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => ooxml.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      const unloaded = context.document.body.paragraphs;
      await context.sync();
      expect(body.text).toBe("\rĐoạn một");
      expect(ooxml.value).toContain("Đoạn một");
      expect(() => unloaded.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("syncs are counted: explicit syncs plus Word.run's final sync only when work is pending", async () => {
    host.resetCounters();
    await Word.run(async (context) => {
      context.document.body.insertParagraph("a", "End");
      await context.sync();
      context.document.body.insertParagraph("b", "End");
      await context.sync();
      context.document.body.insertParagraph("c", "End");
    });
    expect(host.syncCount).toBe(3);
    await Word.run(async (context) => {
      context.document.body.load("text");
      await context.sync();
    });
    expect(host.syncCount).toBe(4);
    expect(host.runCount).toBe(2);
    expect(host.paragraphTexts()).toEqual(["", "a", "b", "c"]);
  });

  test("getFirst on an empty collection fails with ItemNotFound; getFirstOrNullObject gives a null object", async () => {
    await expectWordError(
      Word.run(async (context) => {
        context.document.contentControls.getByTag("khong-co").getFirst();
        await context.sync();
      }),
      "ItemNotFound",
    );
    const isNull = await Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag("khong-co").getFirstOrNullObject();
      expect(() => cc.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      return cc.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  test("WordApi 1.3 methods fail with ApiNotFound when the host only claims 1.2; isSetSupported agrees", async () => {
    useHost(FakeWordHost.createEmpty({ wordApi: "1.2" }));
    expect(Office.context.requirements.isSetSupported("WordApi", "1.2")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.3")).toBe(false);
    await expectWordError(
      Word.run(async (context) => {
        context.document.contentControls.getFirstOrNullObject();
        await context.sync();
      }),
      "ApiNotFound",
    );
  });

  test("a control locked against editing refuses new content with AccessDenied", async () => {
    await Word.run(async (context) => {
      context.document.body.insertOoxml(pkg(block("sbc:khoa", para("Giữ nguyên"))), "Start");
      const cc = context.document.contentControls.getFirst();
      cc.cannotEdit = true;
      await context.sync();
    });
    await expectWordError(
      Word.run(async (context) => {
        context.document.contentControls.getFirst().insertText("Sửa", "Replace");
        await context.sync();
      }),
      "AccessDenied",
    );
    expect(host.contentControls()[0]!.text).toBe("Giữ nguyên");
  });
});

describe("fault injection", () => {
  test("a failure at the Nth operation leaves earlier operations applied and later ones not run", async () => {
    host.failNextSync({ code: "GeneralException", atOperation: 3 });
    const body = { loaded: false };
    const error = await expectWordError(
      Word.run(async (context) => {
        const b = context.document.body;
        b.insertParagraph("một", "End");
        b.load("text");
        b.insertParagraph("hai", "End");
        b.insertParagraph("ba", "End");
        try {
          await context.sync();
        } finally {
          body.loaded = (() => {
            try {
              void b.text;
              return true;
            } catch {
              return false;
            }
          })();
        }
      }),
      "GeneralException",
    );
    expect(error.debugInfo.errorLocation).toBe("Body.insertParagraph");
    expect(host.paragraphTexts()).toEqual(["", "một"]);
    expect(body.loaded).toBe(false);
    expect(host.syncLog.at(-1)).toMatchObject({ executed: 2, error: "GeneralException" });
  });

  test("a fault can target an operation by name after some syncs, then the host works again", async () => {
    host.failNextSync({ code: "NotAllowed", method: "insertOoxml", afterSyncs: 1 });
    await Word.run(async (context) => {
      context.document.body.insertOoxml(pkg(para("lần 1")), "End");
      await context.sync();
    });
    await expectWordError(
      Word.run(async (context) => {
        context.document.body.insertParagraph("trước", "End");
        context.document.body.insertOoxml(pkg(para("lần 2")), "End");
        await context.sync();
      }),
      "NotAllowed",
    );
    await Word.run(async (context) => {
      context.document.body.insertOoxml(pkg(para("lần 3")), "End");
      await context.sync();
    });
    expect(host.paragraphTexts()).toEqual(["", "lần 1", "trước", "lần 3"]);
    expect(host.pendingFaults).toBe(0);
  });

  test("a protected document refuses every write with AccessDenied but can be read", async () => {
    host.user.typeParagraph("Nội dung có sẵn", "start");
    host.setProtected(true);
    await expectWordError(
      Word.run(async (context) => {
        context.document.body.insertParagraph("mới", "End");
        await context.sync();
      }),
      "AccessDenied",
    );
    const text = await Word.run(async (context) => {
      const b = context.document.body;
      b.load("text");
      await context.sync();
      return b.text;
    });
    expect(text).toBe("Nội dung có sẵn\r");
  });

  test("track changes: changeTrackingMode needs WordApi 1.4; insertions are marked as revisions", async () => {
    host.setTrackChanges(true);
    await expectWordError(
      Word.run(async (context) => {
        context.document.load("changeTrackingMode");
        await context.sync();
      }),
      "ApiNotFound",
    );
    useHost(FakeWordHost.createEmpty({ wordApi: "1.4" }));
    host.setTrackChanges(true);
    const mode = await Word.run(async (context) => {
      context.document.load("changeTrackingMode");
      context.document.body.insertParagraph("Thêm khi theo dõi", "End");
      await context.sync();
      return context.document.changeTrackingMode;
    });
    expect(mode).toBe("TrackAll");
    expect(host.revisions).toEqual([{ type: "Inserted", text: "Thêm khi theo dõi" }]);
    expect(host.documentXml()).toMatch(/<w:ins [^>]*w:author="[^"]+"[^>]*><w:r>/);
  });

  test("an Office async call can be made to fail once", async () => {
    host.failAsync({ method: "customXmlParts.addAsync" });
    const failed = await asyncCall<unknown>((cb) =>
      Office.context.document.customXmlParts.addAsync(`<a xmlns="${DATA_NS}"/>`, cb as never),
    );
    expect(failed.status).toBe("failed");
    expect(failed.error?.code).toBe(5001);
    const ok = await asyncCall<unknown>((cb) => Office.context.document.customXmlParts.addAsync(`<a xmlns="${DATA_NS}"/>`, cb as never));
    expect(ok.status).toBe("succeeded");
    expect(host.customXmlParts).toHaveLength(1);
    expect(host.asyncCallCount).toBe(2);
    expect(host.syncCount).toBe(0);
  });
});

describe("simulated user edits", () => {
  test("edits inside a control and deleting a control are seen by the add-in's next read", async () => {
    await Word.run(async (context) => {
      context.document.body.insertOoxml(pkg(block("sbc:a", para("Đăng 1.225 tin")) + block("sbc:b", para("Xoá tôi"))), "Start");
      await context.sync();
    });
    host.user.replaceTextInContentControl("sbc:a", "1.225", "1.300");
    host.user.deleteContentControl("sbc:b");
    host.user.replaceText(0, "Đăng", "Đã đăng");
    const seen = await Word.run(async (context) => {
      const all = context.document.contentControls;
      all.load("items/tag,items/text");
      await context.sync();
      return all.items.map((c) => [c.tag, c.text]);
    });
    expect(seen).toEqual([["sbc:a", "Đã đăng 1.300 tin"]]);
    expect(host.bodyText()).not.toContain("Xoá tôi");
  });
});

describe("custom XML parts, settings and .docx round trip", () => {
  test("parts and saved settings survive save and reopen; unsaved settings do not", async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><sbc:report xmlns:sbc="${DATA_NS}" version="1"><sbc:data>{"kỳ":"6 tháng"}</sbc:data></sbc:report>`;
    const added = await asyncCall<{ id: string }>((cb) => Office.context.document.customXmlParts.addAsync(xml, cb as never));
    expect(added.status).toBe("succeeded");
    Office.context.document.settings.set("sbc.version", { schema: 1, blocks: ["sbc:a"] });
    await asyncCall<void>((cb) => Office.context.document.settings.saveAsync(cb as never));
    Office.context.document.settings.set("sbc.unsaved", true);

    await host.reopen();

    const found = await asyncCall<Office.CustomXmlPart[]>((cb) =>
      Office.context.document.customXmlParts.getByNamespaceAsync(DATA_NS, cb as never),
    );
    expect(found.value.map((p) => p.id)).toEqual([added.value.id]);
    const read = await asyncCall<string>((cb) => found.value[0]!.getXmlAsync(cb as never));
    expect(read.value).toBe(xml);
    expect(Office.context.document.settings.get("sbc.version")).toEqual({ schema: 1, blocks: ["sbc:a"] });
    expect(Office.context.document.settings.get("sbc.unsaved")).toBeNull();

    await asyncCall<void>((cb) => found.value[0]!.deleteAsync(cb as never));
    const gone = await asyncCall<Office.CustomXmlPart[]>((cb) =>
      Office.context.document.customXmlParts.getByNamespaceAsync(DATA_NS, cb as never),
    );
    expect(gone.value).toEqual([]);
  });

  test("the saved .docx validates against the WordprocessingML schema and LibreOffice reads its text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fake-word-host-"));
    host.setTrackChanges(false);
    await Word.run(async (context) => {
      context.document.body.insertOoxml(
        pkg(block("sbc:tieu-ngu", para("Độc lập - Tự do - Hạnh phúc")) + para("Đã đăng 1.225 tin, bài; 6.636.328 lượt truy cập."), {
          styles: `<w:style w:type="paragraph" w:styleId="SbcThan"><w:name w:val="SBC Thân"/><w:basedOn w:val="Normal"/></w:style>`,
        }),
        "Start",
      );
      const cc = context.document.contentControls.getFirst();
      cc.cannotDelete = true;
      cc.title = "Tiêu ngữ";
      await context.sync();
    });
    await asyncCall<unknown>((cb) => Office.context.document.customXmlParts.addAsync(`<sbc:report xmlns:sbc="${DATA_NS}"/>`, cb as never));
    const bytes = await host.saveDocx();
    const file = join(dir, "bao-cao.docx");
    writeFileSync(file, bytes);

    const zip = await JSZip.loadAsync(bytes);
    for (const part of ["word/document.xml", "word/styles.xml", "word/settings.xml"]) {
      const path = join(dir, part.replace("/", "-"));
      writeFileSync(path, await zip.file(part)!.async("uint8array"));
      expect(() => execFileSync("xmllint", ["--noout", "--schema", SCHEMA, path], { stdio: "pipe" })).not.toThrow();
    }
    expect(Object.keys(zip.files)).toEqual(
      expect.arrayContaining(["customXml/item1.xml", "customXml/itemProps1.xml", "customXml/_rels/item1.xml.rels"]),
    );

    const out = join(dir, "out");
    mkdirSync(out);
    execFileSync(
      "soffice",
      ["--headless", `-env:UserInstallation=file://${dir}/lo-profile`, "--convert-to", "txt:Text (encoded):UTF8", "--outdir", out, file],
      { stdio: "pipe" },
    );
    const txtPath = join(out, "bao-cao.txt");
    expect(existsSync(txtPath)).toBe(true);
    const text = readFileSync(txtPath, "utf8");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain("6.636.328 lượt truy cập");
  });

  test("a .docx written by another tool (the docx library) opens with its paragraphs", async () => {
    const doc = new DocxDocument({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun("UBND HUYỆN ĐAK ĐOA")] }),
            new Paragraph({ children: [new TextRun({ text: "BAN BIÊN TẬP", bold: true })] }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    useHost(await FakeWordHost.fromDocx(bytes));
    const texts = await Word.run(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load("items/text");
      await context.sync();
      return ps.items.map((p) => p.text);
    });
    expect(texts).toEqual(["UBND HUYỆN ĐAK ĐOA", "BAN BIÊN TẬP"]);
    // Saving keeps parts the fake does not model (the docx library's core properties, fonts, …).
    const saved = await JSZip.loadAsync(await host.saveDocx());
    const original = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(original.files).filter((n) => n.startsWith("docProps/"))) expect(saved.file(name)).not.toBeNull();
  });
});

describe("Word's documented rules the double enforces", () => {
  const tableXml = (text: string) =>
    `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc>${para(text)}</w:tc></w:tr></w:tbl>`;

  test("body.paragraphs leaves out paragraphs in tables below WordApi 1.3 (Body.paragraphs remarks) and includes them from 1.3", async () => {
    await Word.run(async (context) => {
      context.document.body.insertOoxml(pkg(para("Trước") + tableXml("Trong ô") + para("Sau")), "Start");
      await context.sync();
    });
    const texts = () =>
      Word.run(async (context) => {
        const ps = context.document.body.paragraphs;
        ps.load("items/text");
        await context.sync();
        return ps.items.map((p) => p.text).filter((t) => t !== "");
      });
    host.setWordApi("1.2");
    expect(await texts()).toEqual(["Trước", "Sau"]);
    host.setWordApi("1.3");
    expect(await texts()).toEqual(["Trước", "Trong ô", "Sau"]);
  });

  test("Body.search finds matches in document order, table cells included, each a range that can be replaced", async () => {
    await Word.run(async (context) => {
      context.document.body.insertOoxml(pkg(para("năm 2025 và năm 2025") + tableXml("NĂM 2025")), "Start");
      await context.sync();
    });
    const texts = await Word.run(async (context) => {
      const found = context.document.body.search("năm 2025", { matchCase: true });
      found.load("items/text");
      await context.sync();
      found.items[1]!.insertText("năm 2026", "Replace");
      await context.sync();
      return found.items.map((r) => r.text);
    });
    expect(texts).toEqual(["năm 2025", "năm 2025"]);
    expect(host.paragraphTexts().filter((t) => t)).toEqual(["năm 2025 và năm 2026", "NĂM 2025"]);
    const anyCase = await Word.run(async (context) => {
      const found = context.document.body.search("năm 2025");
      found.load("items");
      await context.sync();
      return found.items.length;
    });
    expect(anyCase).toBe(2);
    await expectWordError(
      Word.run(async (context) => {
        context.document.body.search("x".repeat(256)).load("items");
        await context.sync();
      }),
      "InvalidArgument",
    );
  });

  async function tableOnlyControl(): Promise<void> {
    await Word.run(async (context) => {
      context.document.body.insertOoxml(pkg(block("sbc:bang", tableXml("Ô"))), "Start");
      await context.sync();
    });
  }

  test("Replace on a control that holds only a table fails (ContentControl.insertOoxml reference), as do insertText and insertHtml", async () => {
    await tableOnlyControl();
    const subtype = await Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag("sbc:bang").getFirst();
      cc.load("subtype");
      await context.sync();
      return cc.subtype;
    });
    expect(subtype).toBe("RichTextTable");
    const before = host.documentXml();
    for (const method of ["insertOoxml", "insertText", "insertHtml", "insertFileFromBase64"] as const) {
      const error = await expectWordError(
        Word.run(async (context) => {
          const cc = context.document.contentControls.getByTag("sbc:bang").getFirst();
          const arg = method === "insertOoxml" ? pkg(para("Mới")) : method === "insertFileFromBase64" ? "UEsDBA==" : "Mới";
          (cc[method] as (a: string, l: string) => unknown)(arg, "Replace");
          await context.sync();
        }),
        "GeneralException",
      );
      expect(error.debugInfo.errorLocation).toBe(`ContentControl.${method}`);
    }
    expect(host.documentXml()).toBe(before);
  });

  test("after a paragraph at its End (allowed there), the control is an ordinary one and Replace works", async () => {
    await tableOnlyControl();
    const after = await Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag("sbc:bang").getFirst();
      cc.insertParagraph("", "End");
      cc.insertOoxml(pkg(tableXml("Mới") + para("")), "Replace");
      cc.load("subtype,text");
      await context.sync();
      return { subtype: cc.subtype, text: cc.text };
    });
    expect(after.subtype).toBe("RichTextParagraphs");
    expect(after.text).toContain("Mới");
  });

  test('body.insertOoxml(body.getOoxml(), "Replace") adds a paragraph each time and renews control ids (office-js-docs #874, office-js #603)', async () => {
    await Word.run(async (context) => {
      context.document.body.insertOoxml(pkg(block("sbc:a", para("Một"))), "Start");
      await context.sync();
    });
    const idBefore = host.contentControls()[0]!.id;
    const counts: number[] = [];
    for (let i = 0; i < 2; i++) {
      await Word.run(async (context) => {
        const xml = context.document.body.getOoxml();
        await context.sync();
        context.document.body.insertOoxml(xml.value, "Replace");
        await context.sync();
      });
      counts.push(host.paragraphTexts().length);
    }
    expect(counts[1]).toBe(counts[0]! + 1);
    expect(host.contentControls()[0]!.id).not.toBe(idBefore);
  });

  test("Viewing mode: the first write fails with GeneralException, reads still work", async () => {
    host.setViewingMode(true);
    const text = await Word.run(async (context) => {
      context.document.body.load("text");
      await context.sync();
      return context.document.body.text;
    });
    expect(text).toBe("");
    await expectWordError(
      Word.run(async (context) => {
        context.document.body.insertParagraph("x", "End");
        await context.sync();
      }),
      "GeneralException",
    );
  });

  test("getOoxml packages end with the properties of the section holding the range", async () => {
    host.user.typeParagraph("Phần một", "start");
    await Word.run(async (context) => {
      context.document.body.insertOoxml(
        pkg(`<w:p><w:pPr><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:pPr></w:p>` + para("Phần hai")),
        "End",
      );
      await context.sync();
    });
    host.setCursor({ afterParagraph: 0 });
    const xml = await Word.run(async (context) => {
      const ooxml = context.document.getSelection().getOoxml();
      await context.sync();
      return ooxml.value;
    });
    expect(xml).toContain(`w:orient="landscape"`);
  });

  test("createDocument(…).open() needs WordApi 1.3; Document.insertFileFromBase64 needs 1.5", async () => {
    const bytes = await Packer.toBuffer(
      new DocxDocument({ sections: [{ children: [new Paragraph({ children: [new TextRun("Tệp mới")] })] }] }),
    );
    const base64 = Buffer.from(bytes).toString("base64");
    await Word.run(async (context) => {
      context.application.createDocument(base64).open();
      await context.sync();
    });
    expect(host.openedDocuments).toHaveLength(1);
    await expectWordError(
      Word.run(async (context) => {
        context.document.insertFileFromBase64(base64, "Replace");
        await context.sync();
      }),
      "ApiNotFound",
    );
    host.setWordApi("1.5");
    await Word.run(async (context) => {
      context.document.insertFileFromBase64(base64, "Replace");
      await context.sync();
    });
    expect(host.paragraphTexts()).toContain("Tệp mới");
  });

  test('text of tables reads with tabs when asked (cellMarkers: "tabs")', async () => {
    useHost(FakeWordHost.createEmpty({ cellMarkers: "tabs" }));
    await tableOnlyControl();
    expect(host.contentControls()[0]!.text).toBe("Ô");
    useHost(FakeWordHost.createEmpty());
    await tableOnlyControl();
    expect(host.contentControls()[0]!.text).toBe("Ô\r\u0007\r\u0007");
  });

  test("dialogs: one can fail to open, another opens and is closed by the user", async () => {
    host.dialogs.failures.push(12007);
    const results: string[] = [];
    const open = () =>
      new Promise<void>((resolve) => {
        Office.context.ui.displayDialogAsync("https://localhost:3000/commands.html", {}, (r) => {
          results.push(String(r.status));
          resolve();
        });
      });
    await open();
    await open();
    expect(results).toEqual(["failed", "succeeded"]);
    let closed = false;
    host.dialogs.opened[0]!.addEventHandler("dialogEventReceived", () => (closed = true));
    host.dialogs.opened[0]!.userCloses();
    expect(closed).toBe(true);
  });
});

test("document.contentControls lists a control inside a text box, as Word does", async () => {
  const textBox =
    `<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:100pt;height:40pt"><v:textbox>` +
    `<w:txbxContent>${block("cua-toi:hop-chu", para("Chữ trong hộp"))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;
  await Word.run(async (context) => {
    context.document.body.insertOoxml(pkg(textBox), "Start");
    await context.sync();
  });
  const tags = await Word.run(async (context) => {
    const controls = context.document.contentControls;
    controls.load("items/tag,items/text");
    await context.sync();
    return controls.items.map((c) => [c.tag, c.text]);
  });
  expect(tags).toEqual([["cua-toi:hop-chu", "Chữ trong hộp"]]);
});
