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
