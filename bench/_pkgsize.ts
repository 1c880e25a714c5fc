import { buildReport } from "../src/domain/build-report";
import { reportInsertPackage } from "../src/render/flat-package";
import { yearReportWithTable } from "../tests/helpers/report-fixtures";
for (const n of [10, 100, 500]) {
  const x = reportInsertPackage(buildReport(yearReportWithTable(n)));
  console.log(n, (Buffer.byteLength(x) / 1024).toFixed(0), "KiB");
}
