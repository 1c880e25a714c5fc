import { FakeWordHost } from "../tests/word/fake-word-host";
import { buildReport } from "../src/domain/build-report";
import { insertWholeReport } from "../src/word/insert-report";
import { refreshReport } from "../src/word/refresh-report";
import { yearReportWithTable } from "../tests/helpers/report-fixtures";
import { reportInsertPackage } from "../src/render/flat-package";

// Round trips to Word (context.sync) for inserting the whole report and refreshing it. There is no Word on
// Linux, so this counts them on the Word host double, which executes the same Office.js calls on a real
// WordprocessingML document; the count depends only on the add-in's batching, not on the host's speed.

/** What Word on the web takes in one insertOoxml for the whole report (office-js #5944: large packages block the user). */
export function printPackageSizes(): void {
  for (const rows of [10, 100, 500]) {
    const bytes = Buffer.byteLength(reportInsertPackage(buildReport(yearReportWithTable(rows))));
    console.log(
      `insert-package rows=${rows} months=12 kib=${(bytes / 1024).toFixed(0)} target<=600 ${bytes <= 600 * 1024 ? "đạt" : "CHƯA ĐẠT"}`,
    );
  }
}

export async function printWordSyncs(): Promise<void> {
  for (const rows of [10, 500]) {
    const host = FakeWordHost.createEmpty();
    const uninstall = host.install(globalThis);
    // Her document already has a paragraph; the report goes after it, at the cursor.
    host.user.typeParagraph("Đoạn văn có sẵn.", "start");
    try {
      const insert = await insertWholeReport(buildReport(yearReportWithTable(rows)), undefined, { mode: "cursor" });
      console.log(`word-syncs operation=insert-report rows=${rows} syncs=${insert.syncs}`);
      const changed = yearReportWithTable(rows);
      changed.contributors![0]!.rows[0]!.months[0] = (changed.contributors![0]!.rows[0]!.months[0] ?? 0) + 5;
      changed.metrics.van_ban = 999;
      const refresh = await refreshReport(buildReport(changed));
      console.log(`word-syncs operation=refresh rows=${rows} syncs=${refresh.syncs}`);
    } finally {
      uninstall();
    }
  }
}
