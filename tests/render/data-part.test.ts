import { DOMParser } from "@xmldom/xmldom";
import { buildDataPartXml, DATA_PART_NAMESPACE, dataPartBytes, parseDataPartXml } from "../../src/render/data-part";

// The custom XML part that carries the validated data: its root declares our namespace as the default one (how
// Office finds a part by namespace), and parts written by earlier versions with an "sbc:" prefix still read.

const content = { dataJson: `{"a":"Đắk Đoa & <x>"}`, blocks: [{ tag: "soanbaocao:header", hash: "abc" }], source: "so-lieu.json" };

test("the root element is in our namespace through a default xmlns, with no prefix", () => {
  const xml = buildDataPartXml(content);
  const root = new DOMParser().parseFromString(xml, "text/xml").documentElement!;
  expect(root.namespaceURI).toBe(DATA_PART_NAMESPACE);
  expect(root.prefix ?? null).toBeNull();
  expect(root.getAttribute("xmlns")).toBe(DATA_PART_NAMESPACE);
  expect(parseDataPartXml(xml)).toEqual(content);
});

test("a part written with the sbc: prefix (earlier versions) reads back the same", () => {
  const old =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sbc:report xmlns:sbc="${DATA_PART_NAMESPACE}" version="1">` +
    `<sbc:data format="application/json">{"a":"Đắk Đoa &amp; &lt;x&gt;"}</sbc:data><sbc:blocks><sbc:block tag="soanbaocao:header" hash="abc"/></sbc:blocks>` +
    `<sbc:source>so-lieu.json</sbc:source></sbc:report>`;
  expect(parseDataPartXml(old)).toEqual(content);
});

test("its size is counted in UTF-8 bytes, as Word counts the part", () => {
  expect(dataPartBytes("a")).toBe(1);
  expect(dataPartBytes("Đ")).toBe(2);
  expect(dataPartBytes("ạ")).toBe(3);
  expect(dataPartBytes("😀")).toBe(4);
  const xml = buildDataPartXml(content);
  expect(dataPartBytes(xml)).toBe(Buffer.byteLength(xml, "utf8"));
});
