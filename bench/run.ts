import { docxPackageTable, ourReport, time } from "./report-engine";
import { printPackageSizes, printWordSyncs } from "./word-syncs";
import { printReaderBench } from "./prior-report-reader";
import { printRollupBench } from "./site-rollup";
import { yearReportWithTable } from "../tests/helpers/report-fixtures";

// `npm run bench`: speed of the report engine against the docx npm package, Word round trips, and the
// province roll-up of 200 site files, the prior-report reader's time and memory on pathological inputs.

async function main(): Promise<void> {
  const data = yearReportWithTable(500);
  const runs = Number(process.env.BENCH_RUNS ?? 15);
  const ours = await time(() => ourReport(data), runs);
  const theirs = await time(() => docxPackageTable(data), Math.max(5, Math.floor(runs / 3)));
  const ratio = theirs.medianMs / ours.medianMs;
  console.log(
    `report-engine rows=500 months=12 median_ms=${ours.medianMs.toFixed(1)} min_ms=${ours.minMs.toFixed(1)} bytes=${ours.bytes} (báo cáo đầy đủ: tiêu đề, số liệu, bảng phụ lục, .docx nén)`,
  );
  console.log(
    `docx-package rows=500 months=12 median_ms=${theirs.medianMs.toFixed(1)} min_ms=${theirs.minMs.toFixed(1)} bytes=${theirs.bytes} (chỉ riêng bảng phụ lục)`,
  );
  console.log(
    `ratio docx-package/report-engine=${ratio.toFixed(1)}x target>=5x ${ratio >= 5 ? "đạt" : "CHƯA ĐẠT"}; target<50ms ${ours.medianMs < 50 ? "đạt" : "CHƯA ĐẠT"}`,
  );
  await printRollupBench(Math.max(3, Math.floor(runs / 3)));
  printPackageSizes();
  await printWordSyncs();
  printReaderBench();
}

main().catch((err: unknown) => {
  console.error(`Benchmark lỗi: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
});
