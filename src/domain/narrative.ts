import type { ReportData } from "./report-data";

// Neutral default wording for the parts only the clerk can really write. They are bound blocks like the
// rest, so a refresh updates the period they name, but an edited one is kept (see word/refresh).

export interface NarrativeContext {
  site: string;
  period: string;
  next: string;
}

export function defaultAdvantages(c: NarrativeContext): string[] {
  return [
    `${c.site} được duy trì hoạt động ổn định, thông tin được cập nhật kịp thời, đúng quy định về cung cấp thông tin trên môi trường mạng.`,
    "Ban Biên tập nhận được sự phối hợp của các cơ quan, đơn vị và cộng tác viên trong việc cung cấp tin, bài, văn bản.",
  ];
}

export function defaultLimitations(): string[] {
  return ["Một số lĩnh vực còn ít thông tin; số lượng bài viết chuyên sâu, phóng sự ảnh, video còn hạn chế."];
}

export function defaultTasks(c: NarrativeContext): string[] {
  return [
    `Tiếp tục duy trì hoạt động ổn định, an toàn của ${c.site}; cập nhật kịp thời văn bản chỉ đạo, điều hành và thông tin phục vụ người dân, doanh nghiệp.`,
    "Đôn đốc các cơ quan, đơn vị cung cấp tin, bài thường xuyên, nhất là các đơn vị còn ít hoặc chưa có tin, bài.",
    "Bồi dưỡng nghiệp vụ cho đội ngũ biên tập viên, cộng tác viên; nâng cao chất lượng tin, bài.",
  ];
}

export function narrativeOf(data: ReportData, c: NarrativeContext) {
  const t = data.text ?? {};
  return {
    advantages: t.advantages ?? defaultAdvantages(c),
    limitations: t.limitations ?? defaultLimitations(),
    tasks: t.tasks ?? defaultTasks(c),
    proposals: t.proposals ?? [],
  };
}
