import { tmpdir } from "node:os";
import * as path from "node:path";

/** Where this test run's shared pane build lives (the run id comes from tests/global-setup.ts). */
export function sharedPaneBuildDir(): string {
  return path.join(tmpdir(), `sbc-pane-build-${process.env.SBC_TEST_RUN ?? `pid-${process.pid}`}`);
}
