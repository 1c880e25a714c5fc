import { buildReport } from "../domain/build-report";
import { problemLine } from "../domain/validation-message";
import { fetchReportData } from "../sources/published-data";
import { parseReportData } from "../sources/data-file";
import { refreshReport } from "../word/refresh-report";
import { readStoredReport } from "../word/report-store";
import { describeWordError } from "../word/word-errors";
import { isApprovedSource, localStore, sourceOrigin } from "../sources/source-approval";
import { describeDataChanges } from "../domain/data-diff";
import { askToConfirm } from "./show-message";

/** Asks her a yes/no question; true only on her yes. */
export type Confirm = (question: string) => Promise<boolean>;

const askInDialog: Confirm = async (question) => (await askToConfirm(question)).agreed;

/** The changes named in the question; a URL of the dialog stays short (its text travels in the address). */
const CHANGES_SHOWN = 8;

function changesQuestion(origin: string, changes: readonly string[]): string {
  const shown = changes.slice(0, CHANGES_SHOWN).map((c) => `- ${c}`);
  if (changes.length > CHANGES_SHOWN) shown.push(`- và ${changes.length - CHANGES_SHOWN} thay đổi khác`);
  return `Số liệu tải lại từ ${origin} khác số liệu đang có trong báo cáo:\n${shown.join("\n")}\nCập nhật báo cáo theo số liệu mới? (Các khối bạn đã sửa vẫn được giữ nguyên.)`;
}

// The ribbon's "Cập nhật số liệu", without the pane: reload the data from where the document says it came
// from (an https address is fetched again; a local file cannot be reopened from a ribbon button, so the stored
// snapshot is re-applied), then refresh every bound block, keeping the user's edits.

export async function refreshFromRememberedSource(
  fetcher?: typeof fetch,
  store = localStore(),
  confirm: Confirm = askInDialog,
): Promise<string> {
  try {
    const stored = await readStoredReport();
    if (!stored) {
      return 'Tài liệu này chưa có báo cáo do Soạn báo cáo chèn. Hãy mở ngăn Soạn báo cáo (nút "Soạn báo cáo") để chèn báo cáo trước.';
    }
    const source = stored.content.source;
    const fromUrl = source?.startsWith("https://") ?? false;
    if (fromUrl && !isApprovedSource(source!, store)) {
      // The address is the document's claim, not hers: never fetched from a button press without her say.
      return (
        `Tài liệu ghi nguồn số liệu là ${sourceOrigin(source!) ?? source}, nhưng máy này chưa từng tải số liệu từ đó — chưa cập nhật gì. ` +
        'Nếu bạn tin nguồn này, mở ngăn Soạn báo cáo, mục "Nguồn số liệu", tải từ địa chỉ đó một lần; sau đó nút này sẽ dùng được.'
      );
    }
    const parsed = fromUrl ? await fetchReportData(source!, fetcher) : parseReportData(stored.content.dataJson);
    if (!parsed.ok) {
      const where = fromUrl ? `Số liệu tải từ ${source}` : "Số liệu lưu trong tài liệu";
      return `${where} có lỗi, chưa cập nhật gì: ${parsed.problems.map(problemLine).join("; ")}`;
    }
    if (fromUrl) {
      // Figures from an address are shown before they overwrite anything: what changes, and her yes.
      const origin = sourceOrigin(source!) ?? source!;
      const before = parseReportData(stored.content.dataJson);
      const changes = describeDataChanges(before.ok ? before.data : null, parsed.data);
      if (changes.length === 0) return `Số liệu tại ${origin} không khác số liệu đang có trong báo cáo — không cập nhật gì.`;
      if (!(await confirm(changesQuestion(origin, changes)))) {
        return `Chưa cập nhật gì: bạn chọn không dùng số liệu mới từ ${origin}.`;
      }
    }
    const result = await refreshReport(buildReport(parsed.data), { overwrite: "none" });
    const note =
      fromUrl || !source
        ? ""
        : ` Số liệu lấy từ tệp "${source}" đã lưu trong tài liệu; để dùng số liệu mới của tệp, hãy mở ngăn Soạn báo cáo và chọn lại tệp.`;
    return result.summary + note;
  } catch (err) {
    return describeWordError(err);
  }
}
