import { MAX_DATA_FILE_CHARS, parseReportData, type ParseResult } from "./data-file";

// A data file published at an address (e.g. the portal's statistics export). Only https: the figures go
// into an official report, so they must not be readable or alterable on the way.

export function checkDataUrl(text: string): { ok: true; url: URL } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, message: `"${text}" không phải là một địa chỉ web hợp lệ — cần dạng https://…/so-lieu.json.` };
  }
  if (url.protocol !== "https:") {
    return { ok: false, message: `Chỉ nhận địa chỉ https:// (nhận được ${url.protocol}//) để số liệu không bị xem trộm hay sửa trên đường truyền.` };
  }
  return { ok: true, url };
}

export async function fetchReportData(text: string, fetcher: typeof fetch = fetch, timeoutMs = 15000): Promise<ParseResult> {
  const checked = checkDataUrl(text);
  const fail = (message: string): ParseResult => ({ ok: false, problems: [{ path: "(địa chỉ)", message }] });
  if (!checked.ok) return fail(checked.message);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetcher(checked.url.toString(), { signal: controller.signal, credentials: "omit", redirect: "follow" });
    if (!response.ok) return fail(`máy chủ trả lời mã ${response.status} — kiểm tra lại địa chỉ hoặc quyền truy cập.`);
    const body = await response.text();
    if (body.length > MAX_DATA_FILE_CHARS) return fail("nội dung tải về quá lớn để là một tệp số liệu.");
    return parseReportData(body);
  } catch (err) {
    const aborted = err instanceof Error && err.name === "AbortError";
    return fail(aborted
      ? `máy chủ không trả lời sau ${Math.round(timeoutMs / 1000)} giây — kiểm tra kết nối mạng rồi thử lại.`
      : "không tải được (mất mạng, sai địa chỉ, hoặc máy chủ không cho phép tải từ add-in) — kiểm tra lại địa chỉ.");
  } finally {
    clearTimeout(timer);
  }
}
