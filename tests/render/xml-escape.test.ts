import { escapeXmlAttr, escapeXmlText } from "../../src/render/xml-escape";

// What reaches OOXML: XML 1.0 forbids control codes and lone surrogates (Word refuses the whole insert), while a
// character outside the BMP (a surrogate pair) is a real character to keep.
describe("escapeXmlText", () => {
  it("keeps Vietnamese text and surrogate pairs, escapes markup", () => {
    expect(escapeXmlText("Tin & bài <mới> 😀 𠀀")).toBe("Tin &amp; bài &lt;mới&gt; 😀 𠀀");
  });

  it("drops lone surrogates wherever they stand, and control codes, but not tabs or line breaks", () => {
    expect(escapeXmlText("a\uD800b")).toBe("ab");
    expect(escapeXmlText("a\uDC00b")).toBe("ab");
    expect(escapeXmlText("\uDC00\uD800")).toBe("");
    expect(escapeXmlText("\uD83D\uD83D\uDE00")).toBe("😀");
    expect(escapeXmlText("x\u0001\u000B\uFFFEy\tz\n")).toBe("xy\tz\n");
  });

  it("escapes both quotes in attributes", () => {
    expect(escapeXmlAttr(`"UBND" 'xã'`)).toBe("&quot;UBND&quot; &apos;xã&apos;");
  });
});
