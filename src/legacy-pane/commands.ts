import "./polyfills";
import { dialogMessage, refreshFigures, renderMessagePage } from "../commands/refresh-figures";

// The ribbon's function file in Trident and EdgeHTML (retail Office 2016/2019 without WebView2 has add-in
// commands; volume-licensed 2016/2019 has none — "Add-in commands requirement sets"): the same refresh and the
// same outcome dialog as the modern function file. Older Win32 hosts look the function up by its manifest name
// on the page's global object, newer ones through Office.actions.associate; both are offered.

const message = dialogMessage();
if (message !== null) {
  renderMessagePage(message);
} else {
  (window as unknown as Record<string, unknown>).refreshFigures = refreshFigures;
  if (Office.actions && typeof Office.actions.associate === "function") Office.actions.associate("refreshFigures", refreshFigures);
}
