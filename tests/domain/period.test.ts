import {
  comparisonTarget,
  duringPeriod,
  endsBefore,
  periodContains,
  startsAfter,
  nextPeriod,
  periodFromBounds,
  periodLabel,
  periodMonths,
  previousPeriod,
  samePeriodLastYear,
  summaryPeriods,
  type Period,
} from "../../src/domain/period";

const month = (year: number, index: number): Period => ({ kind: "month", year, index });
const quarter = (year: number, index: number): Period => ({ kind: "quarter", year, index });
const half = (year: number, index: number): Period => ({ kind: "half", year, index });
const nine = (year: number): Period => ({ kind: "nine-months", year });
const wholeYear = (year: number): Period => ({ kind: "year", year });
const range = (from: string, to: string): Period => ({ kind: "range", from, to });

describe("period labels as reports write them", () => {
  test.each<[Period, string]>([
    [month(2021, 10), "tháng 10 năm 2021"],
    [quarter(2022, 3), "quý III năm 2022"],
    [half(2021, 1), "6 tháng đầu năm 2021"],
    [half(2022, 2), "6 tháng cuối năm 2022"],
    [nine(2021), "9 tháng đầu năm 2021"],
    [wholeYear(2020), "năm 2020"],
    [range("2024-01", "2024-04"), "4 tháng đầu năm 2024"],
    [range("2021-10", "2021-12"), "3 tháng cuối năm 2021"],
    [range("2024-03", "2024-05"), "từ tháng 3 đến tháng 5 năm 2024"],
    [range("2023-11", "2024-02"), "từ tháng 11 năm 2023 đến tháng 2 năm 2024"],
    [range("2024-06", "2024-06"), "tháng 6 năm 2024"],
  ])("%j → %s", (p, label) => {
    expect(periodLabel(p)).toBe(label);
  });

  test("without the year, for the summary line", () => {
    expect(periodLabel(half(2021, 1), { withYear: false })).toBe("6 tháng đầu năm");
    expect(periodLabel(nine(2021), { withYear: false })).toBe("9 tháng đầu năm");
    expect(periodLabel(quarter(2022, 3), { withYear: false })).toBe("quý III");
  });
});

describe("the period the tasks section plans for", () => {
  test.each<[Period, string]>([
    [half(2021, 1), "6 tháng cuối năm 2021"],
    [nine(2021), "3 tháng cuối năm 2021"],
    [quarter(2022, 3), "quý IV năm 2022"],
    [quarter(2022, 4), "quý I năm 2023"],
    [wholeYear(2020), "năm 2021"],
    [half(2021, 2), "6 tháng đầu năm 2022"],
    [month(2021, 10), "tháng 11 năm 2021"],
    [month(2021, 12), "tháng 1 năm 2022"],
    [range("2024-01", "2024-04"), "8 tháng cuối năm 2024"],
  ])("after %j: %s", (p, label) => {
    expect(periodLabel(nextPeriod(p))).toBe(label);
  });

  test("after the first half it is the named second half, not a range", () => {
    expect(nextPeriod(half(2021, 1))).toEqual({ kind: "half", year: 2021, index: 2 });
    expect(nextPeriod(range("2021-01", "2021-06"))).toEqual({ kind: "half", year: 2021, index: 2 });
  });
});

describe("prior periods for comparisons", () => {
  test("previous period of the same length", () => {
    expect(periodLabel(previousPeriod(quarter(2022, 3)))).toBe("quý II năm 2022");
    expect(periodLabel(previousPeriod(quarter(2022, 1)))).toBe("quý IV năm 2021");
    expect(periodLabel(previousPeriod(half(2021, 1)))).toBe("6 tháng cuối năm 2020");
    expect(periodLabel(previousPeriod(month(2021, 1)))).toBe("tháng 12 năm 2020");
    expect(periodLabel(previousPeriod(wholeYear(2020)))).toBe("năm 2019");
    expect(comparisonTarget({ kind: "range", from: "2022-11", to: "2023-02" }, { kind: "range", from: "2021-11", to: "2022-02" })).toBe(
      "cùng kỳ (từ tháng 11 năm 2021 đến tháng 2 năm 2022)",
    );
    // Cumulative periods are compared with the same span a year earlier, never "9 tháng cuối năm".
    expect(periodLabel(previousPeriod({ kind: "nine-months", year: 2021 }))).toBe("9 tháng đầu năm 2020");
    expect(periodLabel(previousPeriod({ kind: "range", from: "2024-01", to: "2024-04" }))).toBe("4 tháng đầu năm 2023");
  });

  test("same period last year", () => {
    expect(periodLabel(samePeriodLastYear(half(2021, 1)))).toBe("6 tháng đầu năm 2020");
    expect(periodLabel(samePeriodLastYear(nine(2021)))).toBe("9 tháng đầu năm 2020");
    expect(periodLabel(samePeriodLastYear(range("2024-01", "2024-04")))).toBe("4 tháng đầu năm 2023");
  });

  test("the comparison names the same period last year as 'cùng kỳ'", () => {
    expect(comparisonTarget(half(2021, 1), half(2020, 1))).toBe("cùng kỳ năm 2020");
    expect(comparisonTarget(quarter(2022, 3), quarter(2021, 3))).toBe("cùng kỳ năm 2021");
    expect(comparisonTarget(month(2021, 10), month(2020, 10))).toBe("cùng kỳ năm 2020");
  });

  test("a whole year is compared with 'năm 2019', other priors by their label", () => {
    expect(comparisonTarget(wholeYear(2020), wholeYear(2019))).toBe("năm 2019");
    expect(comparisonTarget(quarter(2022, 3), quarter(2022, 2))).toBe("quý II năm 2022");
    expect(comparisonTarget(half(2021, 2), half(2021, 1))).toBe("6 tháng đầu năm 2021");
  });
});

describe("months of the period: the contributor table's columns", () => {
  test("6 tháng đầu năm 2021 has January to June", () => {
    expect(periodMonths(half(2021, 1)).map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test("quý III and a whole year", () => {
    expect(periodMonths(quarter(2022, 3))).toEqual([
      { year: 2022, month: 7 },
      { year: 2022, month: 8 },
      { year: 2022, month: 9 },
    ]);
    expect(periodMonths(wholeYear(2020))).toHaveLength(12);
    expect(periodMonths(nine(2021))).toHaveLength(9);
  });

  test("a range across the new year keeps each month's year", () => {
    expect(periodMonths(range("2023-11", "2024-02"))).toEqual([
      { year: 2023, month: 11 },
      { year: 2023, month: 12 },
      { year: 2024, month: 1 },
      { year: 2024, month: 2 },
    ]);
  });
});

describe("canonical period from month bounds", () => {
  test("named kinds are preferred", () => {
    expect(periodFromBounds({ year: 2022, month: 7 }, { year: 2022, month: 9 })).toEqual(quarter(2022, 3));
    expect(periodFromBounds({ year: 2021, month: 7 }, { year: 2021, month: 12 })).toEqual(half(2021, 2));
    expect(periodFromBounds({ year: 2021, month: 1 }, { year: 2021, month: 9 })).toEqual(nine(2021));
    expect(periodFromBounds({ year: 2020, month: 1 }, { year: 2020, month: 12 })).toEqual(wholeYear(2020));
    expect(periodFromBounds({ year: 2021, month: 10 }, { year: 2021, month: 10 })).toEqual(month(2021, 10));
  });

  test("other spans stay ranges; reversed bounds are refused", () => {
    expect(periodFromBounds({ year: 2022, month: 2 }, { year: 2022, month: 4 })).toEqual(range("2022-02", "2022-04"));
    expect(() => periodFromBounds({ year: 2022, month: 5 }, { year: 2022, month: 4 })).toThrow(RangeError);
  });
});

describe("summary line (trích yếu)", () => {
  test("the shared year is said once at the end", () => {
    expect(summaryPeriods(half(2021, 1), nextPeriod(half(2021, 1)))).toBe(
      "6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2021",
    );
    expect(summaryPeriods(nine(2021), nextPeriod(nine(2021)))).toBe("9 tháng đầu năm và phương hướng, nhiệm vụ 3 tháng cuối năm 2021");
    expect(summaryPeriods(quarter(2022, 3), nextPeriod(quarter(2022, 3)))).toBe("quý III và phương hướng, nhiệm vụ quý IV năm 2022");
  });

  test("each year is said when they differ, and a whole year always keeps its own", () => {
    expect(summaryPeriods(wholeYear(2020), nextPeriod(wholeYear(2020)))).toBe("năm 2020 và phương hướng, nhiệm vụ năm 2021");
    expect(summaryPeriods(half(2021, 2), nextPeriod(half(2021, 2)))).toBe(
      "6 tháng cuối năm 2021 và phương hướng, nhiệm vụ 6 tháng đầu năm 2022",
    );
    expect(summaryPeriods(quarter(2022, 4), nextPeriod(quarter(2022, 4)))).toBe("quý IV năm 2022 và phương hướng, nhiệm vụ quý I năm 2023");
  });

  test("a range over the new year keeps both years", () => {
    const p = range("2023-11", "2024-02");
    expect(summaryPeriods(p, nextPeriod(p))).toBe(
      "từ tháng 11 năm 2023 đến tháng 2 năm 2024 và phương hướng, nhiệm vụ từ tháng 3 đến tháng 6 năm 2024",
    );
  });
});

describe("sentence opening for a period", () => {
  test("'Trong' before a named period, none before a 'từ … đến …' span", () => {
    expect(duringPeriod(half(2021, 1))).toBe("Trong 6 tháng đầu năm 2021");
    expect(duringPeriod(wholeYear(2020))).toBe("Trong năm 2020");
    expect(duringPeriod(range("2024-03", "2024-05"))).toBe("Từ tháng 3 đến tháng 5 năm 2024");
    expect(duringPeriod(range("2023-11", "2024-02"))).toBe("Từ tháng 11 năm 2023 đến tháng 2 năm 2024");
  });
});

describe("periods against months and each other", () => {
  const H2_2022 = { kind: "half", year: 2022, index: 2 } as const;
  const H1_2022 = { kind: "half", year: 2022, index: 1 } as const;
  it("a month inside a period, its first and last included", () => {
    expect(periodContains(H2_2022, { year: 2022, month: 7 })).toBe(true);
    expect(periodContains(H2_2022, { year: 2022, month: 12 })).toBe(true);
    expect(periodContains(H2_2022, { year: 2022, month: 6 })).toBe(false);
    expect(periodContains(H2_2022, { year: 2023, month: 1 })).toBe(false);
  });
  it("one period over before another begins; a period beginning after a month", () => {
    expect(endsBefore(H1_2022, H2_2022)).toBe(true);
    expect(endsBefore(H2_2022, H1_2022)).toBe(false);
    expect(endsBefore(H1_2022, { kind: "year", year: 2022 })).toBe(false);
    expect(startsAfter(H2_2022, { year: 2022, month: 6 })).toBe(true);
    expect(startsAfter(H2_2022, { year: 2022, month: 7 })).toBe(false);
  });
});
