import { promises as fs } from "node:fs";
import { z } from "zod";
import { reportDataSchema } from "../domain/report-data";

// Writes the JSON Schema of data format v1 so editors (VS Code's "$schema") can check a data file as it
// is typed. Rules that span fields (months per period, labels of custom metrics) stay in the zod schema.

export const SCHEMA_PATH = "schema/report-data.schema.json";

export function reportDataJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(reportDataSchema, { target: "draft-2020-12", unrepresentable: "any", io: "input" }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: "https://soanbaocao.local/schema/report-data.v1.json",
    title: "Soạn báo cáo — định dạng dữ liệu v1",
    description: "Số liệu của một kỳ báo cáo hoạt động Cổng/Trang thông tin điện tử.",
  };
}

async function main(): Promise<void> {
  const text = JSON.stringify(reportDataJsonSchema(), null, 2) + "\n";
  await fs.mkdir("schema", { recursive: true });
  await fs.writeFile(SCHEMA_PATH, text);
  console.log(`Đã ghi ${SCHEMA_PATH}`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(`Không ghi được JSON Schema: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  });
}
