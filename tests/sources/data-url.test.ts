import { readFileSync } from "node:fs";
import { fetchDataText } from "../../src/sources/data-url";
import { fetchReportData } from "../../src/sources/published-data";
import { EXAMPLE_FILE } from "../helpers/report-fixtures";

// The network is replaced by a fetch test double: what is checked is what the add-in does with each answer.

function fakeFetch(answer: (url: string, init?: RequestInit) => Promise<Response>): typeof fetch {
  return ((url: string, init?: RequestInit) => answer(url, init)) as typeof fetch;
}

test("only https addresses are fetched", async () => {
  let called = false;
  const never = fakeFetch(async () => {
    called = true;
    return new Response("{}");
  });
  expect(await fetchDataText("http://portal.example/so-lieu.json", never)).toEqual({ ok: false, reason: "not-https", protocol: "http:" });
  expect(await fetchDataText("so-lieu.json", never)).toEqual({ ok: false, reason: "invalid" });
  expect(called).toBe(false);
});

test("a published data file is fetched and validated like a local one", async () => {
  const body = readFileSync(EXAMPLE_FILE, "utf8");
  const result = await fetchReportData(
    "https://portal.example/so-lieu.json",
    fakeFetch(async () => new Response(body)),
  );
  expect(result.ok && result.data.metrics.tin_bai).toBe(242);
});

test("server errors, silence and oversized answers are said in Vietnamese", async () => {
  const missing = await fetchReportData(
    "https://portal.example/x.json",
    fakeFetch(async () => new Response("", { status: 404 })),
  );
  expect(!missing.ok && missing.problems[0]!.message).toContain("máy chủ trả lời mã 404");
  const silent = fakeFetch(
    (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(Object.assign(new Error("aborted"), { name: "AbortError" })));
      }),
  );
  expect(await fetchDataText("https://portal.example/x.json", silent, 30)).toEqual({ ok: false, reason: "timeout", seconds: 0 });
  const huge = await fetchReportData(
    "https://portal.example/x.json",
    fakeFetch(async () => new Response("x".repeat(5_000_001))),
  );
  expect(!huge.ok && huge.problems[0]!.message).toContain("quá lớn");
  const bad = await fetchReportData(
    "https://portal.example/x.json",
    fakeFetch(async () => new Response('{"version": 2}')),
  );
  expect(!bad.ok && bad.problems.map((p: { path: string }) => p.path)).toContain("version");
});

test("a redirect must end on https, and one that does is reported", async () => {
  const moved = (to: string) =>
    fakeFetch(async () => Object.defineProperty(new Response(readFileSync(EXAMPLE_FILE, "utf8")), "url", { value: to }));
  expect(await fetchDataText("https://portal.example/a.json", moved("http://portal.example/a.json"))).toEqual({
    ok: false,
    reason: "insecure-redirect",
    to: "http://portal.example/a.json",
  });
  const ok = await fetchDataText("https://portal.example/a.json", moved("https://cdn.portal.example/a.json"));
  expect(ok.ok && ok.redirectedTo).toBe("https://cdn.portal.example/a.json");
});

test("a page that is not data (a login page) is refused by its type, in Vietnamese", async () => {
  const html = await fetchReportData(
    "https://portal.example/a.json",
    fakeFetch(async () => new Response("<html>Đăng nhập</html>", { headers: { "content-type": "text/html; charset=utf-8" } })),
  );
  expect(!html.ok && html.problems[0]!.message).toContain("máy chủ trả về text/html, không phải tệp số liệu JSON");
  const json = await fetchDataText(
    "https://portal.example/a.json",
    fakeFetch(async () => new Response("{}", { headers: { "content-type": "application/vnd.portal+json" } })),
  );
  expect(json.ok).toBe(true);
});

test("an endless answer is abandoned at the size limit, not read whole first", async () => {
  let pulled = 0;
  const chunk = new Uint8Array(1024 * 1024).fill(0x20);
  const endless = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      controller.enqueue(chunk);
    },
  });
  const result = await fetchDataText(
    "https://portal.example/a.json",
    fakeFetch(async () => new Response(endless)),
  );
  expect(result).toEqual({ ok: false, reason: "too-large" });
  expect(pulled).toBeLessThan(40);
});

test("an answer in a legacy code page is refused, not printed with replacement characters", async () => {
  const ansi = new Uint8Array([0x7b, 0x22, 0xd0, 0x61, 0x22, 0x3a, 0x31, 0x7d]);
  const result = await fetchReportData(
    "https://portal.example/a.json",
    fakeFetch(async () => new Response(ansi)),
  );
  expect(!result.ok && result.problems[0]!.message).toContain("UTF-8");
});
