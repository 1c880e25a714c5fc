import { readFileSync } from "node:fs";
import * as path from "node:path";
import { reportDataJsonSchema, SCHEMA_PATH } from "../../src/cli/schema";

test("the committed JSON Schema is what `npm run schema` writes now", () => {
  const committed = JSON.parse(readFileSync(path.resolve(__dirname, "../..", SCHEMA_PATH), "utf8"));
  expect(committed).toEqual(reportDataJsonSchema());
  // Editors can complete the metric keys and the period kinds from it.
  expect(JSON.stringify(committed)).toContain("nine-months");
  expect(committed.required).toEqual(expect.arrayContaining(["version", "unit", "report", "period", "metrics"]));
});
