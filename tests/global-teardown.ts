import { rmSync } from "node:fs";
import { sharedPaneBuildDir } from "./taskpane/pane-build-dir";

export default function globalTeardown(): void {
  rmSync(sharedPaneBuildDir(), { recursive: true, force: true });
}
