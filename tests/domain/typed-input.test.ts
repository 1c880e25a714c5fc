import { readCount, readDate, readReportNumber, showDate } from "../../src/domain/typed-input";

describe("figures as she types them", () => {
  test.each([
    ["1225", 1225],
    ["1.225", 1225],
    ["1 225", 1225],
    ["1,225", 1225],
    ["6.636.328", 6636328],
    ["150.000.000 đồng", 150000000],
    ["  05 ", 5],
    ["0", 0],
  ])("%s reads %i", (typed, value) => {
    expect(readCount(typed)).toEqual({ ok: true, value });
  });

  test("empty means not reported", () => expect(readCount("  ")).toEqual({ ok: true, value: undefined }));

  test.each([
    ["-5", /^phải là số không âm — bạn nhập -5$/],
    ["12,5", /số nguyên/],
    ["1.2345", /chỉ gồm chữ số/],
    ["khoảng 200", /chỉ gồm chữ số/],
    ["1.22.5", /chỉ gồm chữ số/],
    ["9999999999999", /quá lớn/],
  ])("%s is refused in her words", (typed, message) => {
    const r = readCount(typed);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});

describe("dates as she writes them", () => {
  test.each([
    ["15/07/2024", "2024-07-15"],
    ["5/7/2024", "2024-07-05"],
    ["29.02.2024", "2024-02-29"],
    ["2024-07-15", "2024-07-15"],
  ])("%s → %s", (typed, iso) => {
    expect(readDate(typed)).toEqual({ ok: true, value: iso });
  });
  test("a month alone where the day may be blank", () => expect(readDate("07/2024", true)).toEqual({ ok: true, value: "2024-07" }));
  test("impossible or other dates are refused with what to type", () => {
    expect(readDate("31/02/2024")).toMatchObject({ ok: false, message: expect.stringContaining("15/07/2024") });
    expect(readDate("07/15/2024")).toMatchObject({ ok: false });
    expect(readDate("hôm qua")).toMatchObject({ ok: false, message: expect.stringContaining("bạn nhập hôm qua") });
  });
  test("shown back as she writes them", () => {
    expect(showDate("2024-07-05")).toBe("05/07/2024");
    expect(showDate("2024-07")).toBe("07/2024");
  });
});

test("a report number typed as printed gives its number and says why", () => {
  expect(readReportNumber("05")).toEqual({ ok: true, value: "05" });
  expect(readReportNumber("05/BC-BBT")).toMatchObject({ ok: true, value: "05", note: expect.stringContaining("chỉ cần số (05)") });
  expect(readReportNumber("Số: 12-BC/BTGDVTU")).toMatchObject({ ok: true, value: "12" });
  expect(readReportNumber("BC năm")).toMatchObject({ ok: false, message: expect.stringContaining("ví dụ 05") });
});
