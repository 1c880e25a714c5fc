// The ribbon command's outcome, in a small dialog (a function command has no pane of its own). Word may end
// a function command's runtime once event.completed() is called, so the caller waits for this promise: it
// settles when the dialog is closed, or when it could not be opened even on a second try, and always within
// MAX_WAIT_MS — Word cancels a function command after about five minutes (Office add-in commands guidance).

export const MESSAGE_PREFIX = "#thong-bao=";
/** The same dialog asking a yes/no question: "Cập nhật" sends AGREE_MESSAGE, "Không cập nhật" CLOSE_MESSAGE. */
export const QUESTION_PREFIX = "#hoi=";
export const CLOSE_MESSAGE = "dong";
export const AGREE_MESSAGE = "dong-y";
/** Below Word's limit for a function command, with room to spare. */
export const MAX_WAIT_MS = 4 * 60 * 1000;

/** Dialog API error codes (Office.context.ui.displayDialogAsync): 12007 one already open, 12006 closed by the user. */
const ALREADY_OPEN = 12007;

export interface MessageOutcome {
  shown: boolean;
  /** Why it could not be shown (the Office error of the last attempt). */
  error?: string;
}

export interface QuestionOutcome extends MessageOutcome {
  /** True only when she pressed the dialog's "Cập nhật"; closing it, or no dialog at all, is a no. */
  agreed: boolean;
}

function attempt(url: string, inIframe: boolean): Promise<Office.AsyncResult<Office.Dialog>> {
  return new Promise((resolve) => {
    try {
      Office.context.ui.displayDialogAsync(url, { height: 30, width: 40, displayInIframe: inIframe }, resolve);
    } catch (err) {
      resolve({
        status: "failed",
        error: { code: -1, name: "", message: err instanceof Error ? err.message : String(err) },
      } as unknown as Office.AsyncResult<Office.Dialog>);
    }
  });
}

export async function showMessage(message: string, maxWaitMs = MAX_WAIT_MS): Promise<MessageOutcome> {
  const { reply: _reply, ...outcome } = await openDialog(MESSAGE_PREFIX + encodeURIComponent(message), maxWaitMs);
  void _reply;
  return outcome;
}

/** Asks before something is overwritten; waits for her answer (a timeout or a closed dialog is a no). */
export async function askToConfirm(question: string, maxWaitMs = MAX_WAIT_MS): Promise<QuestionOutcome> {
  const { reply, ...outcome } = await openDialog(QUESTION_PREFIX + encodeURIComponent(question), maxWaitMs);
  return { ...outcome, agreed: reply === AGREE_MESSAGE };
}

function openDialog(hash: string, maxWaitMs: number): Promise<MessageOutcome & { reply?: string }> {
  let url: string;
  try {
    url = `${location.origin}${location.pathname}${hash}`;
  } catch (err) {
    return Promise.resolve({ shown: false, error: err instanceof Error ? err.message : String(err) });
  }
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: MessageOutcome & { reply?: string }): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ shown: true }), maxWaitMs);
    void (async () => {
      let result = await attempt(url, true);
      if (String(result.status) !== "succeeded") {
        // A second try: outside an iframe (some hosts refuse one), after a moment if one is still open.
        if (result.error?.code === ALREADY_OPEN) await new Promise((r) => setTimeout(r, 600));
        result = await attempt(url, false);
      }
      if (String(result.status) !== "succeeded") {
        finish({ shown: false, error: `${result.error?.code ?? ""} ${result.error?.message ?? ""}`.trim() });
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => finish({ shown: true }));
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        const message = (arg as { message?: unknown }).message;
        finish({ shown: true, ...(typeof message === "string" ? { reply: message } : {}) });
      });
    })();
  });
}
