import { isKnownMetric, metricFieldLabel } from "./metrics";

// A data file's JSON path in the words of the pane's fields, for messages she reads ("Tin, bài: …"); the path
// itself stays as a detail for whoever edits the file.

const FIXED: Record<string, string> = {
  "unit.name": "Cơ quan ban hành",
  "unit.governingBody": "Cơ quan chủ quản",
  "unit.abbreviation": "Ký hiệu viết tắt",
  "unit.place": "Địa danh",
  "unit.site": "Tên cổng/trang",
  "unit.signer.title": "Chức vụ người ký",
  "unit.signer.name": "Họ và tên người ký",
  "unit.signer.authority": "Quyền hạn ký",
  "unit.recipients": "Nơi nhận",
  "unit.archive": "Nơi lưu",
  "unit.format": "Thể thức văn bản",
  "report.number": "Số báo cáo",
  "report.date": "Ngày báo cáo",
  "report.to": "Kính gửi",
  asOf: "Số liệu tính đến ngày",
  "budget.allocated": "Kinh phí được giao",
  "budget.spent": "Kinh phí đã chi",
  "budget.items": "Các khoản chi",
  metrics: "Số liệu",
  prior: "Số liệu kỳ so sánh",
};

export function fieldLabelOfPath(path: string): string | null {
  if (FIXED[path]) return FIXED[path]!;
  let m = /^(prior\.)?metrics\.([a-z0-9_]+)/.exec(path);
  if (m) {
    const label = isKnownMetric(m[2]!) ? metricFieldLabel(m[2]!) : `Số liệu "${m[2]}"`;
    return m[1] ? `${label} (kỳ so sánh)` : label;
  }
  if (/^(prior\.)?period/.test(path)) return path.startsWith("prior") ? "Kỳ so sánh" : "Kỳ báo cáo";
  m = /^contributors\[(\d+)\](?:\.rows\[(\d+)\])?/.exec(path);
  if (m)
    return m[2] !== undefined ? `Bảng đơn vị, nhóm ${Number(m[1]) + 1}, hàng ${Number(m[2]) + 1}` : `Bảng đơn vị, nhóm ${Number(m[1]) + 1}`;
  if (/^text\./.test(path)) return "Nội dung do bạn viết";
  m = /^sites\.(expected|reports)(?:\[(\d+)\])?/.exec(path);
  if (m) {
    const list = m[1] === "expected" ? "Danh sách trang thành phần" : "Số liệu trang thành phần";
    return m[2] !== undefined ? `${list}, dòng ${Number(m[2]) + 1}` : list;
  }
  return null;
}
