import { daysInMonth, formatPlaceDate, formatShortDate, parseIsoDate } from "../../src/domain/vietnamese-date";

describe("place and date line (ND30)", () => {
  test("days below 10 and months 1–2 get a leading zero", () => {
    expect(formatPlaceDate("Trà Vinh", { year: 2022, month: 2, day: 5 })).toBe("Trà Vinh, ngày 05 tháng 02 năm 2022");
    expect(formatPlaceDate("Hậu Giang", { year: 2021, month: 1, day: 15 })).toBe("Hậu Giang, ngày 15 tháng 01 năm 2021");
  });

  test("months from 3 on are written without a zero", () => {
    expect(formatPlaceDate("Đak Đoa", { year: 2021, month: 7, day: 29 })).toBe("Đak Đoa, ngày 29 tháng 7 năm 2021");
    expect(formatPlaceDate("Ninh Bình", { year: 2021, month: 12, day: 3 })).toBe("Ninh Bình, ngày 03 tháng 12 năm 2021");
  });

  test("a blank day leaves five spaces for the signer", () => {
    expect(formatPlaceDate("Ninh Bình", { year: 2021, month: 10 })).toBe("Ninh Bình, ngày     tháng 10 năm 2021");
  });
});

describe("dates cited in running text", () => {
  test("d/m/yyyy without zeros", () => {
    expect(formatShortDate({ year: 2021, month: 7, day: 29 })).toBe("29/7/2021");
    expect(formatShortDate({ year: 2021, month: 6, day: 29 })).toBe("29/6/2021");
    expect(formatShortDate({ year: 2022, month: 2, day: 5 })).toBe("5/2/2022");
    expect(formatShortDate({ year: 2021, month: 10 })).toBe("   /10/2021");
  });
});

describe("reading ISO dates from a data file", () => {
  test("a full date and a month with the day left blank", () => {
    expect(parseIsoDate("2021-07-29")).toEqual({ year: 2021, month: 7, day: 29 });
    expect(parseIsoDate("2021-10")).toEqual({ year: 2021, month: 10 });
  });

  test("impossible and misspelt dates are refused", () => {
    for (const bad of [
      "2021-02-30",
      "2023-02-29",
      "2021-04-31",
      "2021-13-01",
      "2021-00",
      "2021-07-00",
      "29/7/2021",
      "2021-7-29",
      " 2021-07-29",
      "",
    ]) {
      expect(parseIsoDate(bad)).toBeNull();
    }
  });

  test("29 February exists in leap years only", () => {
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });
});
