/**
 * Dates as Excel serial numbers (SPEC 0: from 1/3/1900 to 31/12/9999; a time of day is ignored).
 */
import { isValidSerial, LAST_DAY, serialToDay, type Day } from "../excelDate";
import { invalid } from "../errors";
import { msg } from "../language";
import { Decimal, formatNumber } from "../money";
import { isEmpty, numberOrThrow, single } from "./common";

const DATE = (): string => msg("expect.date");
/** SPEC 0: a date before 1900-03-01 (serial 61) is refused; Excel's phantom 29/2/1900 and the days before it are not dates. */
const FIRST_DATE_SERIAL = 61;

/** A required date as an Excel serial number; a time of day (fraction) is ignored. */
export function date(value: unknown, argument: string): Day {
  const raw = numberOrThrow(value, argument, DATE);
  const n = raw instanceof Decimal ? raw.toNumber() : raw;
  if (!isValidSerial(n) || n < FIRST_DATE_SERIAL) throw invalid(argument, msg("input.invalidDate", { got: formatNumber(raw), allowed: DATE() }));
  return serialToDay(n);
}

/** A computed date must still be one Excel can show; the argument it came from is named. */
export function resultDate(day: Day, argument: string): Day {
  if (day > LAST_DAY) throw invalid(argument, msg("input.afterLastDay"));
  return day;
}

export function optionalDate(value: unknown, argument: string): Day | undefined {
  return isEmpty(single(value, argument)) ? undefined : date(value, argument);
}
