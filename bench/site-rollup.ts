import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { runRollupCli } from "../src/cli/rollup-cli";
import { buildReport } from "../src/domain/build-report";
import { buildDocx } from "../src/render/docx-package";
import { communes, provinceData } from "../tests/helpers/site-fixtures";
import { time } from "./report-engine";

// The province roll-up as `npm run rollup` runs it: 200 site files on disk (half data files, half reports made by
// the add-in), each read, checked and summed, then the province report written. Target: under 2 s on this machine.

const SITES = 200;

export async function printRollupBench(runs: number): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "sbc-bench-rollup-"));
  try {
    const sites = communes(SITES);
    const province = path.join(dir, "tinh.json");
    writeFileSync(province, JSON.stringify({ ...provinceData(), sites: { expected: sites.map((s) => ({ name: s.name })) } }));
    const siteDir = path.join(dir, "trang");
    mkdirSync(siteDir);
    for (const [i, s] of sites.entries()) {
      if (i % 2 === 0) writeFileSync(path.join(siteDir, `${s.name}.json`), JSON.stringify(s.data, null, 2));
      else writeFileSync(path.join(siteDir, `${s.name}.docx`), await buildDocx(buildReport(s.data)));
    }
    const out = path.join(dir, "tong-hop.docx");
    const quiet = { out: () => undefined, err: () => undefined };
    const rollup = await time(
      async () => {
        if ((await runRollupCli(["--data", province, "--out", out, siteDir], quiet)) !== 0) throw new Error("roll-up failed");
        return readFileSync(out);
      },
      runs,
      1,
    );
    const single = await time(() => buildDocx(buildReport(provinceData())), runs);
    console.log(
      `rollup sites=${SITES} (${SITES / 2} .json + ${SITES / 2} .docx) median_ms=${rollup.medianMs.toFixed(0)} min_ms=${rollup.minMs.toFixed(0)} bytes=${rollup.bytes} ` +
        `target<2000ms ${rollup.medianMs < 2000 ? "đạt" : "CHƯA ĐẠT"}; single-report median_ms=${single.medianMs.toFixed(1)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
