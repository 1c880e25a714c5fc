import { buildReport } from "../src/domain/build-report";
import { reportInsertPackage } from "../src/render/flat-package";
import { yearReportWithTable } from "../tests/helpers/report-fixtures";
const x = reportInsertPackage(buildReport(yearReportWithTable(500)));
const rows = x.split("<w:tr>");
console.log(rows.length, rows[100]!.length); console.log(rows[100]);
