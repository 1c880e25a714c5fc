import { addresseeLines, archiveLine, authorityLine, documentSymbol, numberLine } from "../../src/domain/document-format";
import { buildReport } from "../../src/domain/build-report";
import type { HeaderContent, SignatureContent } from "../../src/domain/report-model";
import { exampleData } from "../helpers/report-fixtures";

// State (Nghị định 30/2020) and Party (Hướng dẫn 36-HD/VPTW) forms of the same report.

describe("the number and symbol", () => {
  test("ND30: 'Số: 01/BC-BBT'; HD 36: 'Số 12-BC/BTGDVTU' — no colon, the hyphen and slash swapped", () => {
    expect(numberLine("nd30", "01", "BBT")).toBe("Số: 01/BC-BBT");
    expect(numberLine("hd36", "12", "BTGDVTU")).toBe("Số 12-BC/BTGDVTU");
    expect(documentSymbol("hd36", "12", "BTGDVTU")).toBe("12-BC/BTGDVTU");
  });

  test("a number left for the clerk stays blank in both forms", () => {
    expect(numberLine("nd30", undefined, "BBT")).toMatch(/^Số: \s+\/BC-BBT$/);
    expect(numberLine("hd36", "", "BTGDVTU")).toMatch(/^Số \s+-BC\/BTGDVTU$/);
  });
});

describe("signing on behalf of", () => {
  test.each([
    ["KT. TRƯỞNG BAN", "hd36", "K/T TRƯỞNG BAN"],
    ["TM. BAN THƯỜNG VỤ", "hd36", "T/M BAN THƯỜNG VỤ"],
    ["TL. TRƯỞNG BAN", "hd36", "T/L TRƯỞNG BAN"],
    ["K/T TRƯỞNG BAN", "nd30", "KT. TRƯỞNG BAN"],
    ["T/M BAN BIÊN TẬP", "nd30", "TM. BAN BIÊN TẬP"],
    ["KT TRƯỞNG BAN", "nd30", "KT. TRƯỞNG BAN"],
    ["K / T TRƯỞNG BAN", "hd36", "K/T TRƯỞNG BAN"],
    ["TRƯỞNG BAN", "hd36", "TRƯỞNG BAN"],
    ["Q. TRƯỞNG BAN", "hd36", "Q. TRƯỞNG BAN"],
  ] as const)("%s in %s reads %s", (typed, format, expected) => {
    expect(authorityLine(format, typed)).toBe(expected);
  });

  test("a title that merely starts with the letters is not taken for an abbreviation", () => {
    expect(authorityLine("hd36", "TRƯỞNG BAN TUYÊN GIÁO")).toBe("TRƯỞNG BAN TUYÊN GIÁO");
    expect(authorityLine("nd30", "TLĐ")).toBe("TLĐ");
  });
});

describe("Kính gửi and Nơi nhận", () => {
  test("one addressee on the Kính gửi line; several each on their own line, the last ending in a full stop", () => {
    expect(addresseeLines(["Ủy ban nhân dân tỉnh Gia Lai"])).toEqual(["Kính gửi: Ủy ban nhân dân tỉnh Gia Lai."]);
    expect(addresseeLines(["- Ủy ban nhân dân tỉnh;", "Sở Văn hóa, Thể thao và Du lịch."])).toEqual([
      "Kính gửi:",
      "- Ủy ban nhân dân tỉnh;",
      "- Sở Văn hóa, Thể thao và Du lịch.",
    ]);
  });

  test("a report with addressees lists them first in Nơi nhận as '- Như trên;', and only once", () => {
    const data = exampleData();
    data.report.to = ["Ủy ban nhân dân huyện Đak Đoa"];
    data.unit.recipients = ["Như trên", ...data.unit.recipients];
    const model = buildReport(data);
    const signature = model.blocks.find((b) => b.tag === "soanbaocao:signature")!.content as SignatureContent;
    expect(signature.recipientLines[0]).toBe("- Như trên;");
    expect(signature.recipientLines.filter((l) => l === "- Như trên;")).toHaveLength(1);
    const to = model.blocks.find((b) => b.tag === "soanbaocao:kinh-gui")!;
    expect(model.blocks.indexOf(to)).toBe(model.blocks.findIndex((b) => b.tag === "soanbaocao:title") + 1);
    expect(buildReport(exampleData()).blocks.some((b) => b.tag === "soanbaocao:kinh-gui")).toBe(false);
  });

  test("the archive line: ND30 'Lưu: VT, BBT.'; HD 36 'Lưu Văn phòng Ban.'", () => {
    expect(archiveLine("nd30", "VT, BBT")).toBe("- Lưu: VT, BBT.");
    expect(archiveLine("hd36", "Văn phòng Ban")).toBe("- Lưu Văn phòng Ban.");
  });
});

test("a Party unit's report model: the Party's title, no motto, K/T, HD 36's number", () => {
  const data = exampleData();
  data.unit = {
    ...data.unit,
    format: "hd36",
    governingBody: "Tỉnh ủy Gia Lai",
    name: "Ban Tuyên giáo và Dân vận",
    abbreviation: "BTGDVTU",
  };
  const header = buildReport(data).blocks[0]!.content as HeaderContent;
  expect(header).toMatchObject({
    format: "hd36",
    nationalTitle: "ĐẢNG CỘNG SẢN VIỆT NAM",
    governingBody: "TỈNH ỦY GIA LAI",
    numberLine: "Số 01-BC/BTGDVTU",
  });
  expect(header.motto).toBeUndefined();
  const signature = buildReport(data).blocks.find((b) => b.kind === "signature")!.content as SignatureContent;
  expect(signature.authority).toBe("K/T TRƯỞNG BAN");
  expect(signature.format).toBe("hd36");
});
