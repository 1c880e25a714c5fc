import JSZip from "jszip";
import { readSiteFile, HAND_WRITTEN_SITE } from "../../src/sources/site-reports";
import { buildReport } from "../../src/domain/build-report";
import { buildDocx } from "../../src/render/docx-package";
import { siteData } from "../helpers/site-fixtures";

// A site's file is untrusted: whatever it is, the roll-up gets its figures or one sentence saying what is wrong and
// what to do — never an exception, never an expanded entity, never a guess from the prose.

const site = () =>
  siteData({ governingBody: "UBND XÃ IA GRAI", site: "Trang thông tin điện tử xã Ia Grai", metrics: { tin_bai: 12, trang_thanh_phan: 3 } });
const utf8 = (s: string) => new TextEncoder().encode(s);

async function withDataPart(xml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await buildDocx(buildReport(site())));
  zip.file("customXml/item1.xml", xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function problemOf(bytes: Uint8Array, name: string): Promise<string> {
  const read = await readSiteFile(bytes, name);
  if (read.ok) throw new Error("expected a refusal");
  expect(read.source).toBe(name);
  return read.problem;
}

test("a data file and a report made by the add-in give the same figures; a site's own count of sites is not summed", async () => {
  const fromJson = await readSiteFile(utf8(JSON.stringify(site())), "xa.json");
  const fromDocx = await readSiteFile(await buildDocx(buildReport(site())), "xa.docx");
  expect(fromJson.ok && fromJson.figures.metrics).toEqual({ tin_bai: 12 });
  expect(fromDocx.ok && fromDocx.figures.metrics).toEqual({ tin_bai: 12 });
  expect(fromDocx.ok && fromDocx.figures.displayName).toBe("Trang thông tin điện tử xã Ia Grai");
});

test.each([
  ["empty.json", new Uint8Array(0), /tệp rỗng/],
  ["bad.json", utf8('{ "version": 1, '), /tệp số liệu có 1 lỗi: \(JSON\): tệp không phải JSON hợp lệ: lỗi cú pháp ở dòng 1/],
  [
    "neg.json",
    utf8(JSON.stringify({ ...site(), metrics: { tin_bai: -5 } })),
    /metrics\.tin_bai: không được là số âm, nhận được -5\. Sửa tệp rồi chọn lại\./,
  ],
  ["ansi.json", new Uint8Array([0x7b, 0x22, 0xe2, 0x22, 0x7d]), /không ở mã UTF-8/],
  ["old.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /Word cũ \(\.doc\)/],
  ["scan.pdf", utf8("%PDF-1.7 ..."), /PDF/],
  ["hand.txt", utf8("BÁO CÁO\nTrong quý I năm 2026, trang đã đăng 30 tin, bài."), /không có dữ liệu của Soạn báo cáo/],
  ["broken.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /tệp .docx bị hỏng/],
])("%s is refused in words", async (name, bytes, message) => {
  expect(await problemOf(bytes, name)).toMatch(message);
});

test("a report without the add-in's data is never summed from its prose", async () => {
  const zip = await JSZip.loadAsync(await buildDocx(buildReport(site())));
  zip.remove("customXml/item1.xml");
  const bytes = await zip.generateAsync({ type: "uint8array" });
  expect(await problemOf(bytes, "tay.docx")).toBe(HAND_WRITTEN_SITE);
});

test("a data part with a DOCTYPE is refused without expanding its entities", async () => {
  const hostile =
    `<?xml version="1.0"?><!DOCTYPE report [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>` +
    `<report xmlns="urn:soanbaocao:report:v1"><data>&b;</data></report>`;
  const message = await problemOf(await withDataPart(hostile), "doctype.docx");
  expect(message).toMatch(/DOCTYPE/);
  expect(message).not.toContain("aaaa");
});

test("a data part whose data does not validate is named with the field, not read from the text", async () => {
  const data = JSON.stringify({ ...site(), metrics: { tin_bai: "nhiều" } })
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;");
  const part = `<?xml version="1.0"?><report xmlns="urn:soanbaocao:report:v1" version="1"><data>${data}</data><blocks/></report>`;
  const message = await problemOf(await withDataPart(part), "sai.docx");
  expect(message).toMatch(
    /^báo cáo có dữ liệu của Soạn báo cáo nhưng phần dữ liệu nhúng không đúng định dạng dữ liệu v1: metrics\.tin_bai/,
  );
});
