import {
  localDateToSerial,
  serialToLocalDate,
  serialToUtcDate,
  utcDateToSerial,
  addMonths,
  calendarToDay,
  dayToCalendar,
  dayToIso,
  dayToSerial,
  firstOfMonth,
  formatDay,
  isoToDay,
  isValidSerial,
  MAX_SERIAL,
  serialToDay,
} from "../../src/rules/excelDate";
import { day, serial } from "../helpers/excel";

describe("Excel 1900 serials", () => {
  test("the helper agrees with the SPEC's anchor 45352 = 2024-03-01", () => {
    expect(serial("2024-03-01")).toBe(45352);
    expect(serial("1970-01-01")).toBe(25569);
  });

  // serial -> ISO, worked out by hand: 1 = 1900-01-01, 59 = 1900-02-28 (31 + 28), 60 is Lotus' phantom 1900-02-29,
  // 61 = 1900-03-01, 45352 = 2024-03-01 (SPEC), 45351 = 2024-02-29 (2024 is a leap year), 2958465 = 9999-12-31.
  const known: [number, string][] = [
    [1, "1900-01-01"],
    [31, "1900-01-31"],
    [32, "1900-02-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [62, "1900-03-02"],
    [366, "1900-12-31"],
    [367, "1901-01-01"],
    [25569, "1970-01-01"],
    [36526, "2000-01-01"],
    [45351, "2024-02-29"],
    [45352, "2024-03-01"],
    [2958465, "9999-12-31"],
  ];
  test.each(known)("serial %i is %s and back", (s, iso) => {
    expect(dayToIso(serialToDay(s))).toBe(iso);
    expect(dayToSerial(isoToDay(iso))).toBe(s);
    expect(isValidSerial(s)).toBe(true);
  });

  test("serial 59 and 61 are one real day apart: the phantom 1900-02-29 is skipped", () => {
    expect(serialToDay(61) - serialToDay(59)).toBe(1);
  });

  test("serial 60 (1900-02-29, never existed) is invalid, so are 0, negatives, past 9999-12-31, NaN, Infinity", () => {
    for (const s of [60, 60.5, 0, 0.5, -1, MAX_SERIAL + 1, NaN, Infinity, -Infinity]) expect(isValidSerial(s)).toBe(false);
    expect(MAX_SERIAL).toBe(2958465);
    expect(isValidSerial(MAX_SERIAL + 0.99)).toBe(true); // a time on 9999-12-31
  });

  test("a time of day (fraction) is ignored", () => {
    expect(dayToIso(serialToDay(45352.75))).toBe("2024-03-01");
  });

  test("ISO parsing refuses other shapes", () => {
    expect(() => isoToDay("2024-3-1")).toThrow();
    expect(() => isoToDay("01/03/2024")).toThrow();
  });

  test("formatDay is dd/mm/yyyy", () => {
    expect(formatDay(day("2024-03-01"))).toBe("01/03/2024");
  });

  test("calendar round trip", () => {
    expect(dayToCalendar(day("2024-02-29"))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(calendarToDay(2024, 2, 29)).toBe(day("2024-02-29"));
  });
});

describe("EDATE (addMonths)", () => {
  // [start, months, expected] — same day, or the last day of a shorter month
  const cases: [string, number, string][] = [
    ["2024-01-15", 1, "2024-02-15"],
    ["2024-01-31", 1, "2024-02-29"], // leap year: clamp to 29
    ["2023-01-31", 1, "2023-02-28"], // common year: clamp to 28
    ["2100-01-31", 1, "2100-02-28"], // 2100 is not a leap year (divisible by 100)
    ["2000-01-31", 1, "2000-02-29"], // 2000 is (divisible by 400)
    ["2024-03-31", 1, "2024-04-30"],
    ["2024-08-31", 1, "2024-09-30"],
    ["2024-11-30", 3, "2025-02-28"],
    ["2023-11-30", 3, "2024-02-29"],
    ["2024-12-31", 2, "2025-02-28"],
    ["2024-10-15", 3, "2025-01-15"], // across the year end
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-03-31", -1, "2024-02-29"],
    ["2024-01-15", -1, "2023-12-15"],
    ["2024-01-15", 0, "2024-01-15"],
  ];
  test.each(cases)("EDATE(%s; %i) = %s", (start, months, expected) => {
    expect(dayToIso(addMonths(day(start), months))).toBe(expected);
  });

  test("firstOfMonth", () => {
    expect(dayToIso(firstOfMonth(day("2024-02-29")))).toBe("2024-02-01");
    expect(dayToIso(firstOfMonth(day("2024-12-01")))).toBe("2024-12-01");
  });
});

describe("serial <-> JS Date (one home for cells and the date picker)", () => {
  test("a cell's Date is its UTC calendar day; the time of day is dropped; an invalid Date is undefined", () => {
    expect(utcDateToSerial(new Date(Date.UTC(2024, 2, 1)))).toBe(45352); // 1 March 2024 = serial 45352 (SPEC 0)
    expect(utcDateToSerial(new Date(Date.UTC(2024, 2, 1, 23, 59)))).toBe(45352);
    expect(utcDateToSerial(new Date(NaN))).toBeUndefined();
    expect(serialToUtcDate(45352).toISOString()).toBe("2024-03-01T00:00:00.000Z");
  });
  test("the date picker's local Date keeps its calendar day whatever the time zone", () => {
    const local = serialToLocalDate(45352);
    expect([local.getFullYear(), local.getMonth() + 1, local.getDate(), local.getHours()]).toEqual([2024, 3, 1, 0]);
    expect(localDateToSerial(new Date(2024, 2, 1, 23, 30))).toBe(45352);
    expect(localDateToSerial(serialToLocalDate(61))).toBe(61); // 1 March 1900, the first day after Excel's phantom 29 February
  });
});
