import JSZip from "jszip";
import { PriorReportError } from "./prior-report-error";

// A .docx is a zip the user picked from anywhere: it is opened with limits so a crafted archive (a zip bomb,
// millions of entries, sizes that lie) fails with a message instead of freezing Word or exhausting memory.

export interface ZipLimits {
  /** Size of the file itself. */
  maxBytes: number;
  /** Entries in the central directory. */
  maxEntries: number;
  /** Inflated size of any one part we read. */
  maxPartBytes: number;
  /** Inflated size of all the parts we read, together. */
  maxTotalInflated: number;
}

const MiB = 1024 * 1024;

/** Reports with photos reach a few MB; document.xml of a long report stays well under 10 MB. */
export const DOCX_LIMITS: ZipLimits = { maxBytes: 30 * MiB, maxEntries: 2000, maxPartBytes: 40 * MiB, maxTotalInflated: 64 * MiB };

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  /** As declared by the archive: checked up front, and again while inflating because it can lie. */
  declaredSize: number;
  /** CRC-32 of the inflated part, from the central directory: checked after every read. */
  crc32: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

function corrupt(): PriorReportError {
  return new PriorReportError("tệp .docx bị hỏng (cấu trúc nén không đọc được) — mở tệp bằng Word, lưu lại thành .docx rồi thử lại.");
}

/**
 * Reads the zip's central directory without inflating anything, so the entry count and declared sizes are
 * checked before jszip builds an object per entry.
 */
export function scanCentralDirectory(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const minStart = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= minStart; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  const total = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  // ZIP64 markers: Word never needs them for a report, and they are how size limits get dodged.
  if (total === 0xffff || cdOffset === 0xffffffff) {
    throw new PriorReportError("tệp .docx quá lớn hoặc có cấu trúc nén bất thường (ZIP64) — không đọc vì lý do an toàn.");
  }
  if (total > limits.maxEntries) {
    throw new PriorReportError(
      `tệp .docx có ${total} thành phần nén, quá giới hạn ${limits.maxEntries} — đây không giống một báo cáo Word bình thường nên không đọc.`,
    );
  }
  const cdEnd = cdOffset + cdSize;
  if (cdEnd > eocd) throw corrupt();
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntryInfo[] = [];
  // The directory as it is, record by record up to its end — not as many as the end record claims, which can lie
  // (3 claimed, 100,000 there: jszip would build them all).
  let p = cdOffset;
  while (p < cdEnd) {
    if (entries.length >= limits.maxEntries) {
      throw new PriorReportError(
        `tệp .docx có hơn ${limits.maxEntries} thành phần nén — đây không giống một báo cáo Word bình thường nên không đọc.`,
      );
    }
    if (p + 46 > cdEnd || view.getUint32(p, true) !== CENTRAL_SIGNATURE) throw corrupt();
    const crc32 = view.getUint32(p + 16, true);
    const compressedSize = view.getUint32(p + 20, true);
    const declaredSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > bytes.length) throw corrupt();
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.push({ name, compressedSize, declaredSize, crc32 });
    p += 46 + nameLength + extraLength + commentLength;
  }
  if (entries.length !== total) throw corrupt();
  return entries;
}

/** jszip documents ZipObject#internalStream (chunked inflation) but its type declarations omit it. */
interface StreamableEntry {
  internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array>;
}

/** A file past `limits.maxBytes`: said before it is opened, and by the CLI before it is even read. */
export function fileTooLargeMessage(size: number, limits: ZipLimits = DOCX_LIMITS): string {
  const mb = (size / MiB).toFixed(1).replace(".", ",");
  return `tệp quá lớn (${mb} MB, giới hạn ${limits.maxBytes / MiB} MB) — báo cáo Word thường chỉ vài MB; nếu có nhiều ảnh, hãy lưu một bản không ảnh rồi thử lại.`;
}

export class SafeZip {
  private inflated = 0;

  private constructor(
    private readonly zip: JSZip,
    readonly entries: ReadonlyMap<string, ZipEntryInfo>,
    private readonly limits: ZipLimits,
  ) {}

  static async open(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): Promise<SafeZip> {
    if (bytes.length > limits.maxBytes) throw new PriorReportError(fileTooLargeMessage(bytes.length, limits));
    const info = scanCentralDirectory(bytes, limits);
    let zip: JSZip;
    try {
      // checkCRC32 would inflate every entry up front, images included; we only inflate the parts we read.
      zip = await JSZip.loadAsync(bytes, { checkCRC32: false, createFolders: false });
    } catch {
      throw corrupt();
    }
    return new SafeZip(zip, new Map(info.map((e) => [e.name, e])), limits);
  }

  has(name: string): boolean {
    return this.zip.file(name) !== null;
  }

  names(): string[] {
    return Object.keys(this.zip.files).filter((n) => !this.zip.files[n]!.dir);
  }

  /** Inflates one part, counting bytes as they come so a part that inflates past the limits is abandoned. */
  async read(name: string): Promise<Uint8Array> {
    const entry = this.zip.file(name);
    if (!entry) throw new PriorReportError(`tệp .docx thiếu thành phần ${name}.`);
    const declared = this.entries.get(name)?.declaredSize ?? 0;
    const tooBig = (): PriorReportError =>
      new PriorReportError(
        `thành phần ${name} của tệp .docx giải nén ra quá lớn (giới hạn ${this.limits.maxPartBytes / MiB} MB) — tệp có dấu hiệu bất thường (zip bomb) nên không đọc.`,
      );
    if (declared > this.limits.maxPartBytes || this.inflated + declared > this.limits.maxTotalInflated) throw tooBig();
    const stream = (entry as unknown as StreamableEntry).internalStream("uint8array");
    const chunks: Uint8Array[] = [];
    let size = 0;
    await new Promise<void>((resolve, reject) => {
      let done = false;
      stream
        .on("data", (chunk) => {
          if (done) return;
          size += chunk.length;
          if (size > this.limits.maxPartBytes || this.inflated + size > this.limits.maxTotalInflated) {
            done = true;
            stream.pause();
            reject(tooBig());
            return;
          }
          chunks.push(chunk);
        })
        .on("error", () => {
          if (done) return;
          done = true;
          reject(corrupt());
        })
        .on("end", () => {
          if (done) return;
          done = true;
          resolve();
        })
        .resume();
    });
    this.inflated += size;
    const out = new Uint8Array(size);
    let offset = 0;
    for (const c of chunks) {
      out.set(c, offset);
      offset += c.length;
    }
    // jszip checks no CRC when parts are inflated one by one; a part changed after the archive was made (or
    // damaged in transit) must not be read as if it were the document.
    const expected = this.entries.get(name)?.crc32;
    if (expected !== undefined && crc32(out) !== expected) {
      throw new PriorReportError(
        `thành phần ${name} của tệp .docx bị hỏng (mã kiểm tra CRC không khớp) — mở tệp bằng Word, lưu lại rồi thử lại.`,
      );
    }
    return out;
  }

  async readText(name: string): Promise<string> {
    return decodeXmlBytes(await this.read(name));
  }
}

let CRC_TABLE: Uint32Array | null = null;

/** CRC-32 (IEEE 802.3, the zip format's), table-driven. */
export function crc32(bytes: Uint8Array): number {
  if (CRC_TABLE === null) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Parts are UTF-8 as Word writes them; UTF-16 with a byte-order mark is allowed by XML and handled too. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}
