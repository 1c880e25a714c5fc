// Entry of the task pane. office.js is loaded async by taskpane.html (see its comment); host.ts waits for it,
// so the pane draws at once and works standalone when Word is not there.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";

const container = document.getElementById("root");
if (container === null) {
  throw new Error("taskpane.html thiếu phần tử #root.");
}
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
