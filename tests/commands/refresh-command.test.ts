import { readFileSync } from "node:fs";
import { FakeWordHost } from "../word/fake-word-host";
import { buildReport } from "../../src/domain/build-report";
import { insertWholeReport } from "../../src/word/insert-report";
import { refreshFromRememberedSource } from "../../src/commands/refresh-command";
import { EXAMPLE_FILE, exampleData } from "../helpers/report-fixtures";
import { approveSource, isApprovedSource } from "../../src/sources/source-approval";

/** Her approvals on "this computer": a storage double. */
function storage(): Pick<Storage, "getItem" | "setItem"> {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

// The ribbon's "Cập nhật số liệu", on the Word host double; the network is a fetch test double.

let host: FakeWordHost;
let uninstall: () => void;

beforeEach(() => {
  host = FakeWordHost.createEmpty();
  uninstall = host.install(globalThis);
});
afterEach(() => uninstall());

test("a report from a local file: the snapshot is re-applied and the message says how to use new figures", async () => {
  await insertWholeReport(buildReport(exampleData()), "dak-doa.json", { mode: "cursor" });
  host.user.replaceTextInContentControl("soanbaocao:heading:ket-qua", "2021", "2020");
  const message = await refreshFromRememberedSource();
  expect(message).toMatch(/^Đã cập nhật 0 số liệu, 0 hàng bảng/);
  expect(message).toContain("Giữ nguyên 1 khối bạn đã sửa");
  expect(message).toContain('tệp "dak-doa.json"');
});

test("a report from an https address: the address is fetched again and the figures refreshed", async () => {
  const address = "https://thongke.portal.example/dak-doa.json";
  await insertWholeReport(buildReport(exampleData()), address, { mode: "cursor" });
  const newer = JSON.parse(readFileSync(EXAMPLE_FILE, "utf8")) as { metrics: Record<string, number> };
  newer.metrics.tin_bai = 260;
  const requested: string[] = [];
  const fetcher = (async (url: string) => {
    requested.push(url);
    return new Response(JSON.stringify(newer));
  }) as unknown as typeof fetch;
  const store = storage();
  approveSource("https://thongke.portal.example/other.json", store);
  const asked: string[] = [];
  const message = await refreshFromRememberedSource(fetcher, store, async (q) => {
    asked.push(q);
    // Nothing is overwritten while she is being asked.
    expect(host.bodyText()).not.toContain("260 tin, bài");
    return true;
  });
  expect(requested).toEqual([address]);
  expect(asked).toHaveLength(1);
  expect(asked[0]).toContain(
    "Số liệu tải lại từ https://thongke.portal.example khác số liệu đang có trong báo cáo:\n- Tin, bài: 242 → 260\n",
  );
  expect(message).toMatch(/^Đã cập nhật 1 số liệu, 0 hàng bảng/);
  expect(host.bodyText()).toContain("260 tin, bài");
});

test("from an address: when she answers no, or the figures are the same, nothing changes and the message says so", async () => {
  const address = "https://thongke.portal.example/dak-doa.json";
  await insertWholeReport(buildReport(exampleData()), address, { mode: "cursor" });
  const before = host.documentXml();
  const store = storage();
  approveSource(address, store);
  const newer = JSON.parse(readFileSync(EXAMPLE_FILE, "utf8")) as { metrics: Record<string, number> };
  newer.metrics.tin_bai = 260;
  const answer = (body: unknown) => (async () => new Response(JSON.stringify(body))) as unknown as typeof fetch;

  const declined = await refreshFromRememberedSource(answer(newer), store, async () => false);
  expect(declined).toBe("Chưa cập nhật gì: bạn chọn không dùng số liệu mới từ https://thongke.portal.example.");
  expect(host.documentXml()).toBe(before);

  let asked = 0;
  const same = await refreshFromRememberedSource(answer(JSON.parse(readFileSync(EXAMPLE_FILE, "utf8"))), store, async () => ++asked > 0);
  expect(same).toContain("không khác số liệu đang có trong báo cáo — không cập nhật gì");
  expect(asked).toBe(0);
  expect(host.documentXml()).toBe(before);
});

test("a broken address answer changes nothing and says why", async () => {
  await insertWholeReport(buildReport(exampleData()), "https://thongke.portal.example/dak-doa.json", { mode: "cursor" });
  const before = host.documentXml();
  const store = storage();
  approveSource("https://thongke.portal.example/", store);
  const message = await refreshFromRememberedSource((async () => new Response("", { status: 503 })) as unknown as typeof fetch, store);
  expect(message).toContain("máy chủ trả lời mã 503");
  expect(message).toContain("chưa cập nhật gì");
  expect(host.documentXml()).toBe(before);
});

test("an address written into the document but never used on this computer is not fetched; nothing changes", async () => {
  // Anyone who edits the .docx can change the stored source; only hosts she loaded from herself are fetched.
  await insertWholeReport(buildReport(exampleData()), "https://attacker.example/so-lieu.json", { mode: "cursor" });
  const before = host.documentXml();
  let fetched = 0;
  const fetcher = (async () => {
    fetched++;
    return new Response("{}");
  }) as unknown as typeof fetch;
  const store = storage();
  approveSource("https://thongke.portal.example/dak-doa.json", store);
  const message = await refreshFromRememberedSource(fetcher, store);
  expect(fetched).toBe(0);
  expect(message).toContain("https://attacker.example");
  expect(message).toContain("chưa cập nhật gì");
  expect(host.documentXml()).toBe(before);
  expect(isApprovedSource("https://attacker.example/so-lieu.json", store)).toBe(false);
  expect(isApprovedSource("http://thongke.portal.example/dak-doa.json", store)).toBe(false);
});

test("in a document without a report it says what to do", async () => {
  expect(await refreshFromRememberedSource()).toContain("chưa có báo cáo do Soạn báo cáo chèn");
});

test("from an address with many changes: the question stays short enough for the dialog's address, the rest counted", async () => {
  const address = "https://thongke.portal.example/dak-doa.json";
  await insertWholeReport(buildReport(exampleData()), address, { mode: "cursor" });
  const store = storage();
  approveSource(address, store);
  const newer = JSON.parse(readFileSync(EXAMPLE_FILE, "utf8")) as { metrics: Record<string, number | { value: number; label?: string }> };
  for (const k of Object.keys(newer.metrics)) {
    const v = newer.metrics[k]!;
    newer.metrics[k] = typeof v === "number" ? v + 1 : { ...v, value: v.value + 1 };
  }
  for (let i = 0; i < 12; i++) newer.metrics[`cuoc_thi_${i}`] = { value: 1_000 + i, label: `bài dự thi cuộc thi tìm hiểu số ${i}` };
  let question = "";
  await refreshFromRememberedSource((async () => new Response(JSON.stringify(newer))) as unknown as typeof fetch, store, async (q) => {
    question = q;
    return false;
  });
  expect(encodeURIComponent(question).length).toBeLessThanOrEqual(1_500);
  expect(question).toMatch(/\n- và \d+ thay đổi khác\n/);
});
