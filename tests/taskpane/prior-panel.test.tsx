/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from "node:util";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { extractPriorReport, type PriorReportExtract } from "../../src/sources/prior-report";
import ExtractView from "../../src/taskpane/prior-extract-view";
import { PriorPanel, type PriorPanelProps } from "../../src/taskpane/prior-panel";
import { STRINGS } from "../../src/taskpane/i18n";
import type { PriorFigure } from "../../src/domain/prior-figures";
import type { Period } from "../../src/domain/period";
import type { ContributorSeed } from "../../src/taskpane/state";
import { HAND_WRITTEN, HAND_WRITTEN_NO_PERIOD, lastPeriodDocx } from "./prior-panel-fixtures";

// The list as the secretary meets it, rendered with React DOM in jsdom: what is ticked, what each tick box is
// called, what the buttons hand to the pane, and when they refuse. (The lazy loading is exercised in the browser test.)

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom's globals lack the encoders that browsers and Node have; the reader and the .docx writer use them.
Object.assign(globalThis, { TextEncoder, TextDecoder });
const encode = (s: string) => new TextEncoder().encode(s);

async function read(bytes: Uint8Array, name: string): Promise<PriorReportExtract> {
  const result = await extractPriorReport(bytes, name);
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

interface Calls {
  applied: { period: Period; figures: PriorFigure[]; from: string }[];
  seeded: ContributorSeed[];
}

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function props(extract: PriorReportExtract, over: Partial<PriorPanelProps> = {}): { props: PriorPanelProps; calls: Calls } {
  const calls: Calls = { applied: [], seeded: [] };
  const p: PriorPanelProps = {
    t: STRINGS.vi,
    inWord: false,
    disabled: false,
    hasData: true,
    currentPeriod: { kind: "half", year: 2021, index: 2 },
    currentContributorRows: 0,
    extract: { id: 1, from: "“ky-truoc.docx”", report: extract },
    applied: null,
    seed: null,
    problems: [],
    onFile: () => undefined,
    onStartFrom: () => undefined,
    onUseStored: () => undefined,
    onApply: (period, figures, from) => calls.applied.push({ period, figures, from }),
    onRemove: () => undefined,
    onSeed: (seed) => calls.seeded.push(seed),
    onRemoveSeed: () => undefined,
    ...over,
  };
  return { props: p, calls };
}

function show(p: PriorPanelProps): void {
  act(() => {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <ExtractView {...p} extract={p.extract!} />
      </FluentProvider>,
    );
  });
}

const boxes = () => [...container.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
const box = (name: string) => {
  const found = boxes().find((b) => b.getAttribute("aria-label") === name);
  if (!found)
    throw new Error(
      `no tick box named ${name}; have ${boxes()
        .map((b) => b.getAttribute("aria-label"))
        .join(" | ")}`,
    );
  return found;
};
const button = (name: string) => {
  const found = [...container.querySelectorAll("button")].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const click = (el: HTMLElement) => act(() => el.click());

test("a report made by the engine: all figures ticked, each box named by metric and value; unticking one leaves it out", async () => {
  const extract = await read(await lastPeriodDocx(), "ky-truoc.docx");
  const { props: p, calls } = props(extract);
  show(p);
  expect(container.textContent).toContain("Kỳ của báo cáo: 6 tháng đầu năm 2021 (theo dữ liệu nhúng)");
  expect(boxes().map((b) => [b.getAttribute("aria-label"), b.checked])).toEqual([
    ["Dùng làm kỳ trước: tin, bài — 242", true],
    ["Dùng làm kỳ trước: văn bản — 213", true],
    ["Dùng làm kỳ trước: chuyên trang, chuyên mục mới — 3", true],
    ["Dùng làm kỳ trước: lượt truy cập — 9.933", true],
    ["Dùng làm kỳ trước: lượt truy cập (lũy kế) — 96.811", true],
  ]);
  const rows = [...container.querySelectorAll("tbody tr")];
  expect(rows[0]!.textContent).toContain("dữ liệu nhúng trong báo cáo");

  click(box("Dùng làm kỳ trước: văn bản — 213"));
  expect(box("Dùng làm kỳ trước: văn bản — 213").checked).toBe(false);
  click(button("Dùng các số liệu đã chọn làm kỳ trước"));
  expect(calls.applied).toHaveLength(1);
  expect(calls.applied[0]!.period).toEqual({ kind: "half", year: 2021, index: 1 });
  expect(calls.applied[0]!.figures.map((f) => f.key).sort()).toEqual(["chuyen_muc", "luot_truy_cap", "luot_truy_cap_luy_ke", "tin_bai"]);
  expect(calls.applied[0]!.from).toBe("“ky-truoc.docx”");
});

test("a hand-written report: the sentence beside each figure, the unmapped one in a closed list, not tickable", async () => {
  const extract = await read(encode(HAND_WRITTEN), "kbang.txt");
  show(props(extract).props);
  expect(container.textContent).toContain("(đọc từ dòng “Hoạt động Trang thông tin điện tử huyện 6 tháng đầu năm");
  const row = [...container.querySelectorAll("tbody tr")].find((r) => r.textContent?.includes("lượt truy cập"))!;
  expect(row.textContent).toContain("khoảng 12.000");
  expect(row.textContent).toContain("- Trang ghi nhận khoảng 12.000 lượt truy cập trong kỳ.");
  const unmapped = container.querySelector<HTMLDetailsElement>("[data-testid=prior-unmapped]")!;
  expect(unmapped.open).toBe(false);
  expect(unmapped.querySelector("summary")!.textContent).toBe(
    "1 số liệu không gắn được với chỉ tiêu nào (chỉ để đối chiếu, không dùng được)",
  );
  expect(unmapped.textContent).toContain("9 bản tin nội bộ — lý do: không xác định được chỉ tiêu tương ứng");
  expect(unmapped.textContent).toContain("“- Đã phát hành 9 bản tin nội bộ gửi các xã, thị trấn.”");
  expect(unmapped.querySelector("input")).toBeNull();
  expect(boxes()).toHaveLength(4);
});

test("period not found: nothing ticked, the reason and the warning shown, apply waits for the period and a tick", async () => {
  const extract = await read(encode(HAND_WRITTEN_NO_PERIOD), "khong-ro-ky.txt");
  const { props: p, calls } = props(extract);
  show(p);
  expect(boxes().every((b) => !b.checked)).toBe(true);
  expect(container.textContent).toContain("Không xác định được kỳ của báo cáo này");
  expect(container.querySelector("[data-testid=prior-warnings]")!.textContent).toContain("Không xác định được kỳ báo cáo");
  const apply = button("Dùng các số liệu đã chọn làm kỳ trước");
  expect(apply.disabled).toBe(true);

  click(box("Dùng làm kỳ trước: tin, bài — 318"));
  expect(apply.disabled).toBe(true);
  const select = container.querySelector("select")!;
  expect([...select.options].map((o) => o.textContent)).toEqual(["— chọn kỳ —", "6 tháng đầu năm 2021", "6 tháng cuối năm 2020"]);
  act(() => {
    select.value = "1";
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
  expect(apply.disabled).toBe(false);
  click(apply);
  expect(calls.applied).toEqual([
    { period: { kind: "half", year: 2020, index: 2 }, figures: [{ key: "tin_bai", value: 318, qualifier: null }], from: "“ky-truoc.docx”" },
  ]);
});

test("without this period's data nothing can be applied, and the pane says why", async () => {
  const extract = await read(await lastPeriodDocx(), "ky-truoc.docx");
  show(props(extract, { hasData: false }).props);
  expect(button("Dùng các số liệu đã chọn làm kỳ trước").disabled).toBe(true);
  expect(container.textContent).toContain("Tải số liệu kỳ này (mục 3) trước khi áp dụng số liệu kỳ trước.");
  expect(button("Dùng danh sách đơn vị của kỳ trước").disabled).toBe(true);
});

test("seeding units: at once when this period has no table, only after a confirm when it has one", async () => {
  const extract = await read(await lastPeriodDocx(), "ky-truoc.docx");
  const empty = props(extract);
  show(empty.props);
  expect(container.textContent).toContain("Báo cáo kỳ trước có bảng 25 đơn vị");
  click(button("Dùng danh sách đơn vị của kỳ trước"));
  expect(empty.calls.seeded).toHaveLength(1);
  expect(empty.calls.seeded[0]!.groups).toBe(extract.contributors);

  const full = props(extract, { currentContributorRows: 25 });
  show({ ...full.props, extract: { ...full.props.extract!, id: 2 } });
  click(button("Dùng danh sách đơn vị của kỳ trước"));
  expect(full.calls.seeded).toHaveLength(0);
  expect(container.textContent).toContain("Số liệu kỳ này đã có bảng 25 đơn vị. Thay bằng danh sách đơn vị của kỳ trước");
  click(button("Hủy"));
  expect(full.calls.seeded).toHaveLength(0);
  click(button("Dùng danh sách đơn vị của kỳ trước"));
  click(button("Thay bảng đơn vị"));
  expect(full.calls.seeded).toHaveLength(1);
});

test("the section shell: file input labelled, the stored-data button only inside Word, applied figures can be dropped", () => {
  const removed: string[] = [];
  const base = props({} as PriorReportExtract, { extract: null }).props;
  act(() =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <PriorPanel {...base} />
      </FluentProvider>,
    ),
  );
  const [start, input] = Array.from(container.querySelectorAll<HTMLInputElement>("input[type=file]"));
  expect(container.querySelector(`label[for="${start!.id}"]`)!.textContent).toBe("Bắt đầu từ báo cáo kỳ trước");
  expect(container.querySelector(`label[for="${input!.id}"]`)!.textContent).toBe("Báo cáo kỳ trước (.docx hoặc .txt)");
  expect(container.textContent).not.toContain("Lấy từ số liệu lưu trong tài liệu đang mở");

  act(() =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <PriorPanel
          {...base}
          inWord
          applied={{
            period: { kind: "half", year: 2021, index: 1 },
            figures: [{ key: "tin_bai", value: 242, qualifier: null }],
            from: "“a.docx”",
          }}
          problems={[{ path: "prior.period", message: "kỳ so sánh phải kết thúc trước khi kỳ báo cáo bắt đầu." }]}
          onRemove={() => removed.push("prior")}
        />
      </FluentProvider>,
    ),
  );
  expect(button("Lấy từ số liệu lưu trong tài liệu đang mở")).toBeTruthy();
  expect(container.textContent).toContain("Đang so sánh với 6 tháng đầu năm 2021: 1 số liệu lấy từ “a.docx”.");
  const alert = container.querySelector("[role=alert]")!;
  expect(alert.textContent).toContain("Kỳ so sánh: kỳ so sánh phải kết thúc trước khi kỳ báo cáo bắt đầu.(prior.period)");
  click(button("Bỏ số liệu kỳ trước đã lấy"));
  expect(removed).toEqual(["prior"]);
});
