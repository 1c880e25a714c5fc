import { MAX_DATA_FILE_BYTES } from "./limits";
import { decodeTextFile } from "./text-decoding";

// A data file published at an address (e.g. the portal's statistics export). Only https: the figures go
// into an official report, so they must not be readable or alterable on the way. This module stays free of the
// schema (zod): the pane loads it with its first screen, and parses the text with the lazily loaded engine.

export type FetchFailure =
  | { reason: "invalid" }
  | { reason: "not-https"; protocol: string }
  | { reason: "status"; status: number }
  | { reason: "too-large" }
  | { reason: "timeout"; seconds: number }
  | { reason: "network" }
  | { reason: "insecure-redirect"; to: string }
  | { reason: "content-type"; type: string }
  | { reason: "encoding"; message: string };

export type FetchTextResult = { ok: true; text: string; url: string; redirectedTo?: string } | ({ ok: false } & FetchFailure);

/** What a data file may be served as: JSON, or plain text (raw file hosts). An HTML page — a login or error page — is not data. */
const DATA_TYPES = /^(application\/(json|[\w.+-]+\+json|octet-stream)|text\/(plain|json))\s*(;|$)/i;

/** The body, read with a running cap: an answer larger than any data file is abandoned, not read whole first. */
async function boundedBody(response: Response): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > MAX_DATA_FILE_BYTES) return null;
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.length > MAX_DATA_FILE_BYTES ? null : whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_DATA_FILE_BYTES) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export const DATA_URL_TIMEOUT_MS = 20_000;

/** Fetches the text at an https address; every way it can fail is a reason the caller words in its language. */
export async function fetchDataText(
  input: string,
  fetcher: typeof fetch = fetch,
  timeoutMs = DATA_URL_TIMEOUT_MS,
): Promise<FetchTextResult> {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (url.protocol !== "https:") return { ok: false, reason: "not-https", protocol: url.protocol };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetcher(url.href, { signal: controller.signal, credentials: "omit", cache: "no-store", redirect: "follow" });
    // Redirects are followed (a portal may move its export), but must end on https, and are said.
    const finalUrl = response.url && response.url !== "" ? response.url : url.href;
    let redirectedTo: string | undefined;
    if (finalUrl !== url.href) {
      if (!finalUrl.startsWith("https://")) return { ok: false, reason: "insecure-redirect", to: finalUrl };
      redirectedTo = finalUrl;
    }
    if (!response.ok) return { ok: false, reason: "status", status: response.status };
    const type = response.headers.get("content-type");
    if (type !== null && !DATA_TYPES.test(type)) return { ok: false, reason: "content-type", type: type.split(";")[0]!.trim() };
    const bytes = await boundedBody(response);
    if (bytes === null) return { ok: false, reason: "too-large" };
    let text: string;
    try {
      text = decodeTextFile(bytes);
    } catch (err) {
      return { ok: false, reason: "encoding", message: err instanceof Error ? err.message : String(err) };
    }
    return { ok: true, text, url: url.href, ...(redirectedTo ? { redirectedTo } : {}) };
  } catch (err) {
    const aborted = err instanceof Error && err.name === "AbortError";
    return aborted ? { ok: false, reason: "timeout", seconds: Math.round(timeoutMs / 1000) } : { ok: false, reason: "network" };
  } finally {
    clearTimeout(timer);
  }
}

/** The Vietnamese sentence for a failed fetch (the ribbon command has no language switch). */
export function describeFetchFailure(f: FetchFailure): string {
  switch (f.reason) {
    case "invalid":
      return "địa chỉ không hợp lệ — cần dạng https://…/so-lieu.json.";
    case "not-https":
      return `chỉ nhận địa chỉ https:// (nhận được ${f.protocol}//) để số liệu không bị xem trộm hay sửa trên đường truyền.`;
    case "status":
      return `máy chủ trả lời mã ${f.status} — kiểm tra lại địa chỉ hoặc quyền truy cập.`;
    case "too-large":
      return "nội dung tải về quá lớn để là một tệp số liệu.";
    case "timeout":
      return `máy chủ không trả lời sau ${f.seconds} giây — kiểm tra kết nối mạng rồi thử lại.`;
    case "network":
      return "không tải được (mất mạng, sai địa chỉ, hoặc máy chủ không cho phép tải từ add-in) — kiểm tra lại địa chỉ.";
    case "insecure-redirect":
      return `địa chỉ chuyển hướng sang ${f.to}, không phải https:// — không tải để số liệu không bị xem trộm hay sửa trên đường truyền.`;
    case "content-type":
      return `máy chủ trả về ${f.type}, không phải tệp số liệu JSON (có thể là trang đăng nhập hoặc trang báo lỗi) — kiểm tra lại địa chỉ.`;
    case "encoding":
      return f.message;
  }
}
