/**
 * @jest-environment jsdom
 */
import { FakeWordHost } from "../word/fake-word-host";
import { buildReport } from "../../src/domain/build-report";
import { insertWholeReport } from "../../src/word/insert-report";
import { askToConfirm, showMessage } from "../../src/commands/show-message";
import { renderMessagePage } from "../../src/commands/refresh-figures";
import { exampleData } from "../helpers/report-fixtures";

// The ribbon button as Word runs it: the registered function gets an event whose completed() must wait until
// the message dialog is closed (the function's runtime may end at completed()), and must come even when no
// dialog can be shown.

let host: FakeWordHost;
let uninstall: () => void;

beforeEach(() => {
  host = FakeWordHost.createEmpty();
  uninstall = host.install(globalThis);
});
afterEach(() => uninstall());

async function button(): Promise<(event: { completed: () => void }) => Promise<void>> {
  jest.resetModules();
  await import("../../src/commands/commands");
  const handler = host.Office.actions.associated.get("refreshFigures");
  expect(handler).toBeDefined();
  return handler as (event: { completed: () => void }) => Promise<void>;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

test("completed() comes only after she closes the dialog that says what was refreshed", async () => {
  await insertWholeReport(buildReport(exampleData()), "dak-doa.json", { mode: "cursor" });
  const refreshFigures = await button();
  const completed = jest.fn();
  const running = refreshFigures({ completed });
  for (let i = 0; i < 50 && host.dialogs.opened.length === 0; i++) await tick();
  expect(host.dialogs.opened).toHaveLength(1);
  expect(decodeURIComponent(host.dialogs.opened[0]!.url)).toContain("Đã cập nhật 0 số liệu");
  for (let i = 0; i < 50 && !host.dialogs.opened[0]!.listening("dialogEventReceived"); i++) await tick();
  expect(completed).not.toHaveBeenCalled();
  host.dialogs.opened[0]!.userCloses();
  await running;
  expect(completed).toHaveBeenCalledTimes(1);
});

test("the dialog's own Đóng button (messageParent) closes it and completes", async () => {
  const outcome = showMessage("Thông báo thử.");
  for (let i = 0; i < 50 && !host.dialogs.opened[0]?.listening("dialogMessageReceived"); i++) await tick();
  host.dialogs.opened[0]!.sendToParent("dong");
  expect(await outcome).toEqual({ shown: true });
  expect(host.dialogs.opened[0]!.closed).toBe(true);
});

test("a dialog that fails to open is tried a second time; if that fails too, completed() still comes", async () => {
  host.dialogs.failures.push(12007);
  const second = showMessage("Lần hai.");
  for (let i = 0; i < 100 && !host.dialogs.opened[0]?.listening("dialogEventReceived"); i++) await new Promise((r) => setTimeout(r, 20));
  expect(host.dialogs.opened).toHaveLength(1);
  host.dialogs.opened[0]!.userCloses();
  expect(await second).toEqual({ shown: true });

  host.dialogs.failures.push(12007, 12007);
  const refreshFigures = await button();
  const completed = jest.fn();
  const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
  await refreshFigures({ completed });
  expect(completed).toHaveBeenCalledTimes(1);
  expect(errors.mock.calls[0]![0]).toMatch(/không mở được hộp thông báo \(12007/);
  errors.mockRestore();
});

test("a dialog nobody closes does not hold the button past the limit", async () => {
  jest.useFakeTimers();
  try {
    const outcome = showMessage("Không ai đóng.", 1000);
    await Promise.resolve();
    await Promise.resolve();
    jest.advanceTimersByTime(1001);
    expect(await outcome).toEqual({ shown: true });
  } finally {
    jest.useRealTimers();
  }
});

test("a question dialog: her 'Cập nhật' is a yes; closing it is a no", async () => {
  const yes = askToConfirm("Cập nhật?");
  for (let i = 0; i < 50 && !host.dialogs.opened[0]?.listening("dialogMessageReceived"); i++) await tick();
  expect(decodeURIComponent(host.dialogs.opened[0]!.url)).toContain("#hoi=Cập nhật?");
  host.dialogs.opened[0]!.sendToParent("dong-y");
  expect(await yes).toEqual({ shown: true, agreed: true });

  const closed = askToConfirm("Cập nhật?");
  for (let i = 0; i < 50 && !host.dialogs.opened[1]?.listening("dialogEventReceived"); i++) await tick();
  host.dialogs.opened[1]!.userCloses();
  expect(await closed).toEqual({ shown: true, agreed: false });
});

test("the question page shows the changes one per line and two buttons", () => {
  renderMessagePage({ text: "Số liệu khác:\n- Tin, bài: 242 → 260", question: true });
  const text = document.querySelector("[role=alertdialog]")!;
  expect(text.textContent).toBe("Số liệu khác:\n- Tin, bài: 242 → 260");
  expect((text as HTMLElement).style.whiteSpace).toBe("pre-line");
  expect([...document.querySelectorAll("button")].map((b) => b.textContent)).toEqual(["Cập nhật", "Không cập nhật"]);
  document.body.innerHTML = "";
});
