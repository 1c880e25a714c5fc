import { refreshFromRememberedSource } from "./refresh-command";
import { CLOSE_MESSAGE, MESSAGE_PREFIX, showMessage } from "./show-message";

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

/** The dialog that says the outcome: the function file itself, opened with the message in its hash. */
export function renderMessagePage(message: string): void {
  document.title = "Soạn báo cáo";
  const p = document.createElement("p");
  p.setAttribute("role", "status");
  p.style.cssText = "font: 14px/1.5 'Segoe UI', sans-serif; margin: 16px;";
  p.textContent = message;
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = "Đóng";
  close.style.cssText = "margin: 0 16px 16px; font: 14px 'Segoe UI', sans-serif;";
  close.addEventListener("click", () => Office.context.ui.messageParent(CLOSE_MESSAGE));
  // appendChild, not append: this page also runs in Internet Explorer 11 (the legacy function file).
  document.body.appendChild(p);
  document.body.appendChild(close);
  close.focus();
}

/** The message when this page was opened as the outcome dialog, else null (the page is the function file). */
export function dialogMessage(): string | null {
  if (typeof location === "undefined" || location.hash.indexOf(MESSAGE_PREFIX) !== 0) return null;
  return decodeURIComponent(location.hash.slice(MESSAGE_PREFIX.length));
}
