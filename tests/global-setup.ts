import { randomUUID } from "node:crypto";

// One id per `jest` run, seen by every worker: the browser suites share one pane build under it
// (tests/taskpane/pane-harness.ts), and the teardown removes that build.
export default function globalSetup(): void {
  process.env.SBC_TEST_RUN ??= randomUUID();
}
