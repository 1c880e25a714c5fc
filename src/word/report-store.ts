import {
  buildDataPartXml,
  DATA_PART_LIMIT_BYTES,
  DATA_PART_NAMESPACE,
  dataPartBytes,
  parseDataPartXml,
  type DataPartContent,
} from "../render/data-part";
import { officeAsync } from "./office-async";
import { WordUserError } from "./word-errors";

// The data snapshot lives in the document: as a custom XML part where the host supports them (the same part
// the CLI writes, so a .docx made by the CLI and refreshed in Word share one format), else in document
// settings. Either way it travels with the file to another machine.

const SETTINGS_KEY = "soanbaocao.report";

function hasCustomXmlParts(): boolean {
  return Boolean(Office.context.document.customXmlParts) && Office.context.requirements.isSetSupported("CustomXmlParts", "1.1");
}

export interface StoredReport {
  content: DataPartContent;
  /** Raw XML as found, to put back exactly if a later step fails. */
  xml: string;
}

async function ourParts(): Promise<Office.CustomXmlPart[]> {
  const parts = Office.context.document.customXmlParts;
  return officeAsync<Office.CustomXmlPart[]>((cb) => parts.getByNamespaceAsync(DATA_PART_NAMESPACE, cb));
}

export async function readStoredReport(): Promise<StoredReport | null> {
  let xml: string | null = null;
  if (hasCustomXmlParts()) {
    const parts = await ourParts();
    const last = parts[parts.length - 1];
    if (last) xml = await officeAsync<string>((cb) => last.getXmlAsync(cb));
  }
  if (xml === null) {
    const setting = Office.context.document.settings.get(SETTINGS_KEY) as unknown;
    if (typeof setting === "string") xml = setting;
  }
  return xml === null ? null : { content: parseDataPartXml(xml), xml };
}

/**
 * Refuses a snapshot Word on the web could not store (1 MB per custom XML part), on every host: a document
 * saved here must still open and refresh there. Called before anything in the document changes.
 */
export function assertStorable(xml: string): void {
  const bytes = dataPartBytes(xml);
  if (bytes > DATA_PART_LIMIT_BYTES) {
    throw new WordUserError(
      `Số liệu của báo cáo quá lớn để lưu trong tài liệu (${Math.ceil(bytes / 1024)} KB; Word trên web chỉ nhận tối đa 1024 KB). Hãy bớt số hàng của bảng đơn vị (ví dụ tách phụ lục thành nhiều báo cáo) rồi thử lại. Tài liệu được giữ nguyên.`,
    );
  }
}

/** Replaces the stored snapshot; there is only ever one. */
export async function writeStoredXml(xml: string): Promise<void> {
  assertStorable(xml);
  if (hasCustomXmlParts()) {
    const old = await ourParts();
    const added = await officeAsync<Office.CustomXmlPart>((cb) => Office.context.document.customXmlParts.addAsync(xml, cb));
    try {
      for (const part of old) await officeAsync<void>((cb) => part.deleteAsync(cb));
    } catch (err) {
      // Two snapshots would leave a later refresh unsure which one describes the document: keep the old one.
      await officeAsync<void>((cb) => added.deleteAsync(cb)).catch(() => undefined);
      throw err;
    }
    return;
  }
  Office.context.document.settings.set(SETTINGS_KEY, xml);
  await officeAsync<void>((cb) => Office.context.document.settings.saveAsync(cb));
}

export async function writeStoredReport(content: DataPartContent): Promise<void> {
  await writeStoredXml(buildDataPartXml(content));
}

/** Puts back what was there before (or nothing), after a failed insert or refresh. */
export async function restoreStored(previous: StoredReport | null): Promise<void> {
  if (previous) {
    await writeStoredXml(previous.xml);
    return;
  }
  if (hasCustomXmlParts()) {
    for (const part of await ourParts()) await officeAsync<void>((cb) => part.deleteAsync(cb));
  } else {
    Office.context.document.settings.remove(SETTINGS_KEY);
    await officeAsync<void>((cb) => Office.context.document.settings.saveAsync(cb));
  }
}
