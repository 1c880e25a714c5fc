import { buildDocx } from "../sources/prior-report/docx-fixture";

// .docx files that are small on disk and huge inside (issue: untrusted input), generated for the bench and the
// tests: what the reader must refuse, or read in bounded time and memory.

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function withBody(body: string): Promise<Uint8Array> {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`;
  return buildDocx([], { documentXml: xml });
}

export const PATHOLOGICAL_DOCX = ["many-paragraphs", "many-runs", "deep-nesting"] as const;

export function pathologicalDocx(name: string): Promise<Uint8Array> {
  switch (name) {
    case "many-paragraphs":
      // 440,000 short paragraphs in a few tens of KB.
      return withBody(`<w:p><w:r><w:t>5 tin bài.</w:t></w:r></w:p>`.repeat(440_000));
    case "many-runs":
      // One paragraph of 400,000 runs of one character.
      return withBody(`<w:p>${"<w:r><w:t>1</w:t></w:r>".repeat(400_000)}</w:p>`);
    case "deep-nesting":
      // Content controls nested 100,000 deep.
      return withBody(
        `${"<w:sdt><w:sdtContent>".repeat(100_000)}<w:p><w:r><w:t>5 tin bài</w:t></w:r></w:p>${"</w:sdtContent></w:sdt>".repeat(100_000)}`,
      );
    default:
      throw new Error(`không có tệp mẫu "${name}"`);
  }
}
