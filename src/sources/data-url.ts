import { MAX_DATA_FILE_CHARS } from "./limits";

// A data file published at an address (e.g. the portal's statistics export). Only https: the figures go
// into an official report, so they must not be readable or alterable on the way. This module stays free of the
// schema (zod): the pane loads it with its first screen, and parses the text with the lazily loaded engine.

export type FetchFailure =
  | { reason: "invalid" }
  | { reason: "not-https"; protocol: string }
  | { reason: "status"; status: number }
  | { reason: "too-large" }
  | { reason: "timeout"; seconds: number }
  | { reason: "network" };

export type FetchTextResult = { ok: true; text: string; url: string } | ({ ok: false } & FetchFailure);

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
    if (!response.ok) return { ok: false, reason: "status", status: response.status };
    const text = await response.text();
    if (text.length > MAX_DATA_FILE_CHARS) return { ok: false, reason: "too-large" };
    return { ok: true, text, url: url.href };
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
  }
}
