// Entry for the Playwright page: replaces office.js. Bundle it before the add-in's script; the page's
// tests then drive the document through window.fakeWordHost (openDocx, setCursor, failNextSync, saveDocx…).
import { FakeWordHost } from "./fake-word-host";
import type { FakeWordHostOptions } from "./fake-word-host";

declare global {
  interface Window {
    fakeWordHost: FakeWordHost;
    fakeWordHostOptions?: FakeWordHostOptions;
  }
}

const host = FakeWordHost.createEmpty(window.fakeWordHostOptions);
host.install(window);
window.fakeWordHost = host;
