import JSZip from "jszip";
import { crc32, SafeZip } from "../../../src/sources/prior-report/safe-zip";

// Zips that lie: a part changed after its CRC was computed, and an end record that claims fewer entries than the
// directory holds. Made here with jszip, then altered byte by byte.

async function zipOf(files: Record<string, string>, compression: "STORE" | "DEFLATE" = "STORE"): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression });
}

function eocdAt(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = bytes.length - 22; i >= 0; i--) if (view.getUint32(i, true) === 0x06054b50) return i;
  throw new Error("no end record");
}

/** The end record's two entry counts set to `count`. */
function claim(bytes: Uint8Array, count: number): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  const eocd = eocdAt(out);
  view.setUint16(eocd + 8, count, true);
  view.setUint16(eocd + 10, count, true);
  return out;
}

test("crc32 is the zip format's CRC-32", () => {
  expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  expect(crc32(new Uint8Array())).toBe(0);
});

test("a part altered after its CRC was computed is refused as damaged, not read", async () => {
  const bytes = await zipOf({ "word/document.xml": "<w:document>tin bài 242</w:document>", "[Content_Types].xml": "<Types/>" });
  const intact = await SafeZip.open(bytes);
  expect(new TextDecoder().decode(await intact.read("word/document.xml"))).toContain("242");

  const altered = new Uint8Array(bytes);
  const at = Buffer.from(altered).indexOf("242");
  altered[at] = "9".charCodeAt(0);
  const zip = await SafeZip.open(altered);
  await expect(zip.read("word/document.xml")).rejects.toThrow(/bị hỏng \(mã kiểm tra CRC không khớp\)/);
  // The other part is untouched and still reads.
  await expect(zip.read("[Content_Types].xml")).resolves.toBeInstanceOf(Uint8Array);
});

test("an end record claiming 3 entries for a directory of 2,500 is refused before jszip sees it", async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 2500; i++) files[`x/${i}.xml`] = "<a/>";
  const bytes = claim(await zipOf(files), 3);
  await expect(SafeZip.open(bytes)).rejects.toThrow(/hơn 2000 thành phần nén/);
});

test("an end record whose count disagrees with its directory is a damaged file", async () => {
  const bytes = claim(await zipOf({ "a.xml": "<a/>", "b.xml": "<b/>", "c.xml": "<c/>", "d.xml": "<d/>", "e.xml": "<e/>" }), 3);
  await expect(SafeZip.open(bytes)).rejects.toThrow(/bị hỏng/);
});
