import { readFileSync } from "fs";
import { join } from "path";
import { MAX_DATA_FILE_CHARS, lineColumn, parseReportData, validateReportData, type ParseResult } from "../../src/sources/data-file";
import { problemLine, type FieldProblem } from "../../src/domain/validation-message";

// `any`: tests mutate arbitrary parts of a JSON document on purpose.
type Json = Record<string, any>;
const exampleText = readFileSync(join(__dirname, "../../examples/dak-doa-6-thang-2021.json"), "utf8");

/** The example data file with one change, as text, through the parser. */
function parseWith(change: (d: Json) => void): ParseResult {
  const d = JSON.parse(exampleText) as Json;
  change(d);
  return parseReportData(JSON.stringify(d, null, 2));
}

function problems(result: ParseResult): FieldProblem[] {
  if (result.ok) throw new Error("expected the file to be refused");
  return result.problems;
}

/** "path: message" lines, as the task pane lists them. */
const report = (result: ParseResult) => problems(result).map(problemLine);

describe("a valid data file", () => {
  test("the example parses", () => {
    const result = parseReportData(exampleText);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.data.unit.place).toBe("Đak Đoa");
    expect(result.data.metrics.tin_bai).toBe(242);
    expect(result.data.budget?.items?.map((i) => i.amount)).toEqual([46276000, 8620000]);
  });

  test("a byte order mark is accepted", () => {
    expect(parseReportData("\uFEFF" + exampleText).ok).toBe(true);
  });

  test("NFD text comes out NFC", () => {
    const nfd = exampleText.normalize("NFD");
    expect(nfd).not.toBe(exampleText);
    const result = parseReportData(nfd);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.data.unit.place).toBe("Đak Đoa");
    expect(result.data.unit.signer.name).toBe("Kiều Thu Hương");
    expect(result.data.contributors?.[1]?.rows[5]?.name).toBe("Ủy ban MTTQVN");
    expect(JSON.stringify(result.data)).toBe(JSON.stringify(result.data).normalize("NFC"));
  });

  test("CRLF line ends and surrounding blank lines are fine", () => {
    expect(parseReportData("\r\n" + exampleText.replace(/\n/g, "\r\n") + "\r\n\r\n").ok).toBe(true);
  });

  test("a custom metric with a label, qualified figures, null months, a blank day", () => {
    const result = parseWith((d) => {
      d.metrics.tin_dich_khmer = { value: 148, label: "tin, bài dịch sang tiếng Khmer" };
      d.metrics.luot_truy_cap = { value: 480000, qualifier: "trên" };
      d.contributors[0].rows[0].months = [22, 7, 9, 18, 24, null];
      d.report = { date: "2021-07" };
    });
    expect(result.ok).toBe(true);
  });
});

describe("file-level problems", () => {
  test("an empty file", () => {
    for (const text of ["", "  \n\t", "\uFEFF"]) {
      expect(report(parseReportData(text))).toEqual(["(tệp): tệp rỗng — cần nội dung JSON theo định dạng dữ liệu v1."]);
    }
  });

  test("malformed JSON names the line and column", () => {
    const trailingComma = '{\n  "version": 1,\n  "unit": {\n    "name": "Ban Biên tập",\n  }\n}';
    expect(report(parseReportData(trailingComma))).toEqual([
      "(JSON): tệp không phải JSON hợp lệ: lỗi cú pháp ở dòng 5, cột 3 — kiểm tra dấu phẩy, ngoặc và dấu nháy kép quanh đó.",
    ]);
    const missingComma = '{\n  "version": 1\n  "unit": {}\n}';
    expect(report(parseReportData(missingComma))[0]).toContain("ở dòng 3, cột 3");
    const singleQuotes = "{'version': 1}";
    expect(report(parseReportData(singleQuotes))[0]).toContain("ở dòng 1, cột 2");
  });

  test("a truncated file points at its end", () => {
    expect(report(parseReportData('{\n  "version": 1,\n  "unit": {'))[0]).toContain("ở dòng 3, cột 12");
  });

  test("positions after a BOM and with CRLF count as an editor does", () => {
    expect(report(parseReportData('\uFEFF{\r\n  "version": 1,\r\n}'))[0]).toContain("ở dòng 3, cột 1");
    expect(lineColumn("ab\ncd\nef", 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn("ab", 99)).toEqual({ line: 1, column: 3 });
  });

  test("JSON that is not an object", () => {
    expect(report(parseReportData("[1, 2]"))).toEqual(["(gốc tệp): cần một đối tượng {…}, nhận được danh sách 2 phần tử."]);
    expect(report(parseReportData("null"))).toEqual(["(gốc tệp): cần một đối tượng {…}, nhận được null."]);
  });

  test("a file far too large is refused before parsing", () => {
    const problem = problems(parseReportData(" ".repeat(MAX_DATA_FILE_CHARS + 1)))[0]!;
    expect(problem.path).toBe("(tệp)");
    expect(problem.message).toMatch(/^tệp quá lớn \(5000001 ký tự\)/);
  });
});

describe("field problems name the path, what is wrong and what was found", () => {
  test.each<[string, (d: Json) => void, string[]]>([
    [
      "a negative count",
      (d) => {
        d.metrics.tin_bai = -5;
      },
      ["metrics.tin_bai: không được là số âm, nhận được -5."],
    ],
    [
      "a count written as a string",
      (d) => {
        d.metrics.tin_bai = "242";
      },
      [
        'metrics.tin_bai: cần một số nguyên không âm, hoặc { "value": số, "qualifier"?: "gần"|"trên"|"hơn"|"khoảng", "label"?: "…" }, nhận được "242".',
      ],
    ],
    [
      "a fractional count",
      (d) => {
        d.metrics.anh = 2.5;
      },
      [
        'metrics.anh: cần một số nguyên không âm, hoặc { "value": số, "qualifier"?: "gần"|"trên"|"hơn"|"khoảng", "label"?: "…" }, nhận được 2.5.',
      ],
    ],
    [
      "a negative value inside an object",
      (d) => {
        d.metrics.luot_truy_cap = { value: -1, qualifier: "trên" };
      },
      ["metrics.luot_truy_cap.value: không được là số âm, nhận được -1."],
    ],
    [
      "a misspelt qualifier",
      (d) => {
        d.metrics.luot_truy_cap = { value: 4000, qualifier: "khoang" };
      },
      ['metrics.luot_truy_cap.qualifier: cần một trong các giá trị "gần", "trên", "hơn", "khoảng", nhận được "khoang".'],
    ],
    [
      "a metric key that is not tag-safe",
      (d) => {
        d.metrics["Tin-Khmer"] = { value: 148, label: "tin dịch" };
      },
      [
        'metrics.Tin-Khmer: tên chỉ tiêu chỉ được gồm chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ cái (ví dụ "tin_dich_khmer").',
      ],
    ],
    [
      "a month count as a string",
      (d) => {
        d.contributors[0].rows[1].months[2] = "12";
      },
      ['contributors[0].rows[1].months[2]: cần số tin, bài của tháng (số nguyên không âm), hoặc 0/null khi không có, nhận được "12".'],
    ],
    [
      "months of the wrong length for the period",
      (d) => {
        d.contributors[0].rows[1].months = [5, 6, 12];
      },
      ["contributors[0].rows[1].months: kỳ báo cáo có 6 tháng nên cần đúng 6 số liệu tháng, nhận được 3."],
    ],
    [
      "30 February",
      (d) => {
        d.report.date = "2021-02-30";
      },
      ['report.date: cần ngày dạng "YYYY-MM-DD" (hoặc "YYYY-MM" để trống ngày), nhận được "2021-02-30".'],
    ],
    [
      "a date written the Vietnamese way",
      (d) => {
        d.report.date = "29/7/2021";
      },
      ['report.date: cần ngày dạng "YYYY-MM-DD" (hoặc "YYYY-MM" để trống ngày), nhận được "29/7/2021".'],
    ],
    [
      "asOf without its day",
      (d) => {
        d.asOf = "2021-06";
      },
      ['asOf: cần ngày dạng "YYYY-MM-DD", nhận được "2021-06".'],
    ],
    [
      "a misspelt top-level field",
      (d) => {
        d.metric = d.metrics;
        delete d.metrics;
      },
      [
        "metrics: thiếu trường bắt buộc — cần một đối tượng {…}.",
        "metric: trường không có trong định dạng dữ liệu v1 — kiểm tra lại chính tả hoặc xóa trường này.",
      ],
    ],
    [
      "a misspelt nested field",
      (d) => {
        d.metrics.luot_truy_cap = { value: 1, qualifer: "trên" };
      },
      ["metrics.luot_truy_cap.qualifer: trường không có trong định dạng dữ liệu v1 — kiểm tra lại chính tả hoặc xóa trường này."],
    ],
    [
      "a missing place",
      (d) => {
        delete d.unit.place;
      },
      ["unit.place: thiếu trường bắt buộc — cần một chuỗi ký tự."],
    ],
    [
      "a missing version",
      (d) => {
        delete d.version;
      },
      ["version: thiếu trường bắt buộc — cần một trong các giá trị 1."],
    ],
    [
      "a later format version",
      (d) => {
        d.version = 2;
      },
      ["version: cần một trong các giá trị 1, nhận được 2."],
    ],
    [
      "a blank name",
      (d) => {
        d.unit.name = "   ";
      },
      ['unit.name: không được để trống, nhận được "   ".'],
    ],
    [
      "a lower-case abbreviation",
      (d) => {
        d.unit.abbreviation = "bbt";
      },
      ['unit.abbreviation: cần chữ viết tắt in hoa của cơ quan ban hành, ví dụ "BBT", nhận được "bbt".'],
    ],
    [
      "a report number with the symbol in it",
      (d) => {
        d.report.number = "01/BC-BBT";
      },
      ['report.number: cần số báo cáo chỉ gồm chữ số (ví dụ "01"), hoặc "" để trống, nhận được "01/BC-BBT".'],
    ],
    [
      "an unknown period kind",
      (d) => {
        d.period.kind = "semester";
      },
      ['period.kind: cần một trong các loại kỳ "month", "quarter", "half", "nine-months", "year", "range", nhận được "semester".'],
    ],
    [
      "a period without its kind",
      (d) => {
        delete d.period.kind;
      },
      ['period.kind: thiếu trường bắt buộc — cần một trong các loại kỳ "month", "quarter", "half", "nine-months", "year", "range".'],
    ],
    [
      "a third half",
      (d) => {
        d.period.index = 3;
      },
      ["period.index: cần giá trị không quá 2, nhận được 3."],
    ],
    [
      "a two-digit year",
      (d) => {
        d.prior.period.year = 20;
      },
      ["prior.period.year: cần năm từ 2000 đến 2100, nhận được 20."],
    ],
    [
      "a prior period equal to the current one",
      (d) => {
        d.prior.period = { kind: "half", year: 2021, index: 1 };
      },
      ["prior.period: kỳ so sánh phải kết thúc trước khi kỳ báo cáo bắt đầu."],
    ],
    [
      "a prior period overlapping the current one",
      (d) => {
        d.prior.period = { kind: "year", year: 2021 };
      },
      ["prior.period: kỳ so sánh phải kết thúc trước khi kỳ báo cáo bắt đầu."],
    ],
    [
      "budget items exceeding the spending",
      (d) => {
        d.budget.items[0].amount = 50000000;
      },
      ["budget.items: tổng các khoản chi (58.620.000 đồng) lớn hơn số đã chi budget.spent (54.896.000 đồng)."],
    ],
    [
      "a budget figure as a string",
      (d) => {
        d.budget.spent = "54.896.000";
      },
      ['budget.spent: cần một số, nhận được "54.896.000".'],
    ],
  ])("%s", (_name, change, expected) => {
    expect(report(parseWith(change))).toEqual(expected);
  });

  test("an unknown metric without a label says how to write it", () => {
    const lines = report(
      parseWith((d) => {
        d.metrics.tin_dich_khmer = 148;
      }),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^metrics\.tin_dich_khmer: chỉ tiêu "tin_dich_khmer" không có trong danh mục nên phải viết dạng \{ "value": số, "label": "tên gọi trong báo cáo" \} \(các chỉ tiêu có sẵn: tin_bai, anh, video, /,
    );
    expect(
      report(
        parseWith((d) => {
          d.prior.metrics.tin_dich_khmer = { value: 120 };
        }),
      )[0],
    ).toMatch(/^prior\.metrics\.tin_dich_khmer: chỉ tiêu "tin_dich_khmer" không có/);
  });

  test("several problems are all reported, each once", () => {
    const lines = report(
      parseWith((d) => {
        d.metrics.tin_bai = -1;
        d.metrics.anh = -2;
        d.report.date = "2021-02-30";
      }),
    );
    expect(lines).toEqual([
      'report.date: cần ngày dạng "YYYY-MM-DD" (hoặc "YYYY-MM" để trống ngày), nhận được "2021-02-30".',
      "metrics.tin_bai: không được là số âm, nhận được -1.",
      "metrics.anh: không được là số âm, nhận được -2.",
    ]);
  });
});

describe("explicit month ranges", () => {
  const withRange = (from: string, to: string) =>
    parseWith((d) => {
      d.period = { kind: "range", from, to };
      delete d.contributors;
      delete d.prior;
    });

  test("2024-01..2024-04 is valid", () => {
    expect(withRange("2024-01", "2024-04").ok).toBe(true);
  });

  test("an end before the start", () => {
    expect(report(withRange("2024-05", "2024-01"))).toEqual([
      'period.to: tháng kết thúc phải không sớm hơn tháng bắt đầu (period.from), nhận được "2024-01".',
    ]);
  });

  test("longer than 24 months", () => {
    expect(report(withRange("2022-01", "2024-02"))).toEqual(['period.to: khoảng tháng dài quá 24 tháng, nhận được "2024-02".']);
  });

  // These used to escape as a RangeError (a stack trace) from the schema's cross-field checks.
  test("a month without its leading zero is a message, not a crash", () => {
    expect(report(withRange("2024-5", "2024-06"))).toEqual(['period.from: cần tháng dạng "YYYY-MM", nhận được "2024-5".']);
    expect(report(withRange("2024-01", "2024-13"))).toEqual(['period.to: cần tháng dạng "YYYY-MM", nhận được "2024-13".']);
    expect(
      report(
        parseWith((d) => {
          d.period = { kind: "range", from: "2021-01", to: "2021-6" };
        }),
      ),
    ).toEqual(['period.to: cần tháng dạng "YYYY-MM", nhận được "2021-6".']);
    expect(
      report(
        parseWith((d) => {
          d.prior.period = { kind: "range", from: "2020-01", to: "2020-6" };
        }),
      ),
    ).toEqual(['prior.period.to: cần tháng dạng "YYYY-MM", nhận được "2020-6".']);
  });

  test("contributor months follow the range's length", () => {
    const result = parseWith((d) => {
      d.period = { kind: "range", from: "2024-01", to: "2024-04" };
      delete d.prior;
    });
    expect(report(result)[0]).toBe("contributors[0].rows[0].months: kỳ báo cáo có 4 tháng nên cần đúng 4 số liệu tháng, nhận được 6.");
  });
});

describe("messages are Vietnamese, never a stack trace", () => {
  const hostile: Array<[string, string]> = [
    ["top-level __proto__", `{"__proto__": ${exampleText}}`],
    ["numbers as strings everywhere", exampleText.replace(/: (\d+)/g, ': "$1"')],
    ["null everywhere", exampleText.replace(/: (\d+|"[^"]*")/g, ": null")],
    [
      "arrays for objects",
      exampleText.replace(/"unit": \{/, '"unit": [{').replace(/"archive": "VT, BBT"\n {2}\}/, '"archive": "VT, BBT"}]'),
    ],
    ["deep nesting", "[".repeat(5000) + "]".repeat(5000)],
    ["range with garbage months", JSON.stringify({ ...JSON.parse(exampleText), period: { kind: "range", from: "x", to: 3 } })],
  ];

  test.each(hostile)("%s", (_name, text) => {
    const result = parseReportData(text);
    const list = problems(result);
    expect(list.length).toBeGreaterThan(0);
    for (const p of list) {
      expect(p.message).not.toMatch(/\n\s+at |Error:|undefined|\[object Object\]/);
      expect(p.message).toMatch(/[ầảãạăâđêếệôơưữ]/u);
    }
  });

  test("a __proto__ key is reported, not a way around the schema", () => {
    expect(report(parseReportData(`{"__proto__": ${exampleText}}`))).toContain(
      '__proto__: tên trường "__proto__" không được dùng trong tệp số liệu — xóa trường này.',
    );
  });

  test("already-parsed values are validated the same way", () => {
    const result = validateReportData({ ...JSON.parse(exampleText), metrics: { tin_bai: -5 } });
    expect(report(result)).toEqual(["metrics.tin_bai: không được là số âm, nhận được -5."]);
  });
});

describe("text that is not a data file", () => {
  test("says what it is and where it belongs instead of a line and column", () => {
    const pasted = parseReportData("STT\tTên đơn vị\tTháng 1\n1\tPhòng A\t5");
    expect(pasted.ok).toBe(false);
    if (!pasted.ok) expect(pasted.problems[0]!.message).toMatch(/chép từ Excel.*Bảng đơn vị/);
    const zip = parseReportData("PK\u0003\u0004\u0014\u0000binary");
    if (!zip.ok) expect(zip.problems[0]!.message).toMatch(/tệp Word hoặc Excel/);
    const words = parseReportData("Báo cáo tình hình");
    if (!words.ok) expect(words.problems[0]!.message).toMatch(/không phải nội dung JSON/);
  });

  test("a bad token is located where it is, not at the end of the text", () => {
    const text = '{\n  "version": 1,\n  "unit": x\n}';
    const r = parseReportData(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/dòng 3, cột 11/);
  });
});
