/** Date text (SPEC 3): the one reading of a date typed as text, for the batch (full years) and the pane (short years too). */
import { parseDateText } from "../../src/rules";

// serials: 45352 = 2024-03-01 (SPEC 0); 2024-02-29 = 45351; 1900-03-01 = 61
test.each([
  ["1/3/2024", 45352],
  ["01/03/2024", 45352],
  ["01-03-2024", 45352],
  ["1.3.2024", 45352],
  ["2024-03-01", 45352],
  ["2024-3-1", 45352],
  [" 29/02/2024 ", 45351],
  ["1/3/1900", 61],
])("%s is serial %d for the batch and the pane", (text, serial) => {
  expect(parseDateText(text)).toBe(serial);
  expect(parseDateText(text, { shortYear: true })).toBe(serial);
});

test.each(["1/3/24", "01/03/24"])("%s (a two-digit year) only with shortYear: 2024 as Excel reads it", (text) => {
  expect(parseDateText(text)).toBeUndefined();
  expect(parseDateText(text, { shortYear: true })).toBe(45352);
});

test("a two-digit year from 30 is in the 1900s, as in Excel", () => {
  // 1/3/1930: 1930-03-01 is 30 years + 7 leap days after 1900-03-01 (serial 61): 61 + 30 x 365 + 7 = 11 018
  expect(parseDateText("1/3/30", { shortYear: true })).toBe(11018);
});

test.each(["30/02/2024", "29/02/2023", "0/3/2024", "1/13/2024", "31/12/1899", "2024/03/01", "1 maart 2024", "", "45352"])(
  "%s is no date",
  (text) => {
    expect(parseDateText(text)).toBeUndefined();
    expect(parseDateText(text, { shortYear: true })).toBeUndefined();
  },
);
