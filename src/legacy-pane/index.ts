import "./polyfills";
import { watchHost } from "../taskpane/host";
import { startLegacyPane } from "./legacy-pane";
import { LEGACY } from "./legacy-strings";
import { LEGACY_STYLE } from "./legacy-style";
import { el, setText } from "./dom";

// Entry of the legacy task pane (taskpane.html loads it in Trident and EdgeHTML; see choose-bundle.js). office.js
// is loaded async by the page, exactly as for the modern pane, so the same host watch decides Word or not.

function start(): void {
  document.getElementsByTagName("head")[0]!.appendChild(el("style", {}, [LEGACY_STYLE]));
  const root = document.getElementById("root")!;
  let started = false;
  watchHost((kind) => {
    try {
      if (kind === "word" && !Office.context.requirements.isSetSupported("WordApi", "1.1")) {
        // Word 2013: office.js loads, but none of the Word API is there.
        root.appendChild(el("p", { role: "alert" }, [LEGACY.wordTooOld]));
      } else {
        startLegacyPane(root, kind === "word");
      }
    } catch (err) {
      const message = el("p", { role: "alert" });
      setText(message, LEGACY.startFailed(err instanceof Error ? err.message : String(err)));
      root.appendChild(message);
    }
    if (!started) {
      started = true;
      document.body.setAttribute("data-ready", "true");
    }
  });
}

start();
