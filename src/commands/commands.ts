import { refreshFromRememberedSource } from "./refresh-command";

// Ribbon commands. The manifest's ExecuteFunction button names "refreshFigures"; Word calls the function
// registered under that name and waits for event.completed(). A function command has no pane of its own,
// so the outcome is shown in a small dialog: this same page, opened with the message in its hash.

const MESSAGE_PREFIX = "#thong-bao=";

function showMessage(message: string): Promise<void> {
  return new Promise((resolve) => {
    try {
      const url = `${location.origin}${location.pathname}${MESSAGE_PREFIX}${encodeURIComponent(message)}`;
      Office.context.ui.displayDialogAsync(url, { height: 30, width: 40, displayInIframe: true }, () => resolve());
    } catch {
      resolve();
    }
  });
}

export async function refreshFigures(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await showMessage(await refreshFromRememberedSource());
  } finally {
    // Without completed() Word keeps the button busy and reports a time-out.
    event.completed();
  }
}

function renderMessagePage(message: string): void {
  document.title = "Soạn báo cáo";
  const p = document.createElement("p");
  p.setAttribute("role", "status");
  p.style.cssText = "font: 14px/1.5 'Segoe UI', sans-serif; margin: 16px;";
  p.textContent = message;
  document.body.appendChild(p);
}

if (typeof location !== "undefined" && location.hash.startsWith(MESSAGE_PREFIX)) {
  renderMessagePage(decodeURIComponent(location.hash.slice(MESSAGE_PREFIX.length)));
} else {
  Office.actions.associate("refreshFigures", refreshFigures);
}
