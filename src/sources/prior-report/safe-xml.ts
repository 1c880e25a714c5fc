import { DOMParser, type Document } from "@xmldom/xmldom";
import { PriorReportError } from "./prior-report-error";

// XML from a file the user picked is untrusted: a DOCTYPE can declare entities that expand to gigabytes or
// point outside the file. Word never writes one into its parts, so any DOCTYPE is refused before parsing.

export function refuseDoctype(xml: string, partName: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new PriorReportError(
      `thành phần ${partName} của tệp có khai báo DOCTYPE/ENTITY — Word không bao giờ tạo ra như vậy, tệp có thể đã bị chỉnh sửa có chủ đích nên không đọc.`,
    );
  }
}

export function parseUntrustedXml(xml: string, partName: string): Document {
  refuseDoctype(xml, partName);
  const errors: string[] = [];
  let doc: Document | undefined;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") errors.push(message);
      },
    }).parseFromString(xml, "text/xml");
  } catch {
    errors.push("fatal");
  }
  if (errors.length > 0 || !doc?.documentElement) {
    throw new PriorReportError(`thành phần ${partName} của tệp .docx bị hỏng (XML không hợp lệ) — mở tệp bằng Word, lưu lại rồi thử lại.`);
  }
  return doc;
}
