import { buildReport } from "../domain/build-report";
import { problemLine } from "../domain/validation-message";
import { fetchReportData } from "../sources/published-data";
import { changesFromStoredData, parseReportData } from "../sources/data-file";
import { refreshReport } from "../word/refresh-report";
import { readStoredReport } from "../word/report-store";
import { describeWordError } from "../word/word-errors";
import { isApprovedSource, localStore, sourceOrigin } from "../sources/source-approval";
import { askToConfirm } from "./show-message";

/** Asks her a yes/no question; true only on her yes. */
export type Confirm = (question: string) => Promise<boolean>;

const askInDialog: Confirm = async (question) => (await askToConfirm(question)).agreed;

/**
 * The changes named in the question. Its text travels in the dialog's address (show-message.ts), and Internet
 * Explorer — the legacy function file's browser — takes about 2,000 characters of address, so the list is
 * shortened until the encoded question fits well under that, the rest counted.
 */
const MAX_ENCODED_QUESTION = 1_500;

function changesQuestion(origin: string, changes: readonly string[]): string {
  const compose = (shown: number): string => {
    const lines = changes.slice(0, shown).map((c) => `- ${c.length > 120 ? `${c.slice(0, 119)}…` : c}`);
    if (changes.length > shown) lines.push(`- và ${changes.length - shown} thay đổi khác`);
    return `Số liệu tải lại từ ${origin} khác số liệu đang có trong báo cáo:\n${lines.join("\n")}\nCập nhật báo cáo theo số liệu mới? (Các khối bạn đã sửa vẫn được giữ nguyên.)`;
  };
  let shown = Math.min(changes.length, 8);
  while (shown > 1 && encodeURIComponent(compose(shown)).length > MAX_ENCODED_QUESTION) shown--;
  return compose(shown);
}

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
      const changes = changesFromStoredData(stored.content.dataJson, parsed.data);
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
