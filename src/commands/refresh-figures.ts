import { refreshFromRememberedSource } from "./refresh-command";
import { AGREE_MESSAGE, CLOSE_MESSAGE, MESSAGE_PREFIX, QUESTION_PREFIX, showMessage } from "./show-message";

// The ribbon command, shared by the modern function file (commands.ts) and the legacy one (src/legacy-pane/
// commands.ts). The manifest's ExecuteFunction button names "refreshFigures"; Word calls the function
// registered under that name and waits for event.completed(). The outcome is shown in a small dialog (this
// same page, opened with the message in its hash); completed() is called only once that dialog is closed or
// could not be opened, never while it is still up (the runtime may end at completed()).

export async function refreshFigures(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const message = await refreshFromRememberedSource();
    const outcome = await showMessage(message).catch((err: unknown) => ({ shown: false, error: String(err) }));
    if (!outcome.shown) {
      // Nowhere else to show it from a function command: the document is as the refresh left it, and the
      // pane's "Cập nhật số liệu" shows the same message.
      console.error(`Soạn báo cáo: không mở được hộp thông báo (${outcome.error ?? ""}). ${message}`);
    }
  } finally {
    // Without completed() Word keeps the button busy and reports a time-out.
    event.completed();
  }
}

export interface DialogContent {
  text: string;
  /** A yes/no question ("Cập nhật" / "Không cập nhật") rather than a message with "Đóng". */
  question: boolean;
}

function button(label: string, reply: string): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  b.style.cssText = "margin: 0 0 16px 16px; font: 14px 'Segoe UI', sans-serif;";
  b.addEventListener("click", () => Office.context.ui.messageParent(reply));
  return b;
}

/** The dialog that says the outcome, or asks: the function file itself, opened with the text in its hash. */
export function renderMessagePage(content: DialogContent): void {
  document.title = "Soạn báo cáo";
  const p = document.createElement("p");
  p.setAttribute("role", content.question ? "alertdialog" : "status");
  // pre-line: a question lists the changes one per line.
  p.style.cssText = "font: 14px/1.5 'Segoe UI', sans-serif; margin: 16px; white-space: pre-line;";
  p.textContent = content.text;
  // appendChild, not append: this page also runs in Internet Explorer 11 (the legacy function file).
  document.body.appendChild(p);
  const first = content.question ? button("Cập nhật", AGREE_MESSAGE) : button("Đóng", CLOSE_MESSAGE);
  document.body.appendChild(first);
  if (content.question) document.body.appendChild(button("Không cập nhật", CLOSE_MESSAGE));
  first.focus();
}

/** What to show when this page was opened as a dialog, else null (the page is the function file). */
export function dialogMessage(): DialogContent | null {
  if (typeof location === "undefined") return null;
  for (const [prefix, question] of [
    [MESSAGE_PREFIX, false],
    [QUESTION_PREFIX, true],
  ] as const) {
    if (location.hash.indexOf(prefix) === 0) return { text: decodeURIComponent(location.hash.slice(prefix.length)), question };
  }
  return null;
}
