/**
 * Dates: Excel serial numbers of the 1900 date system at the edges, plain UTC calendar days inside.
 * A "day" here is the number of days since 1970-01-01 (UTC).
 *
 * Excel counts 1900-02-29, a day that never existed (serial 60), as Lotus 1-2-3 did. Serials 1..59 are
 * 1900-01-01..1900-02-28, 61 and up are 1900-03-01 and later; serial 60 is refused.
 */
const MS_PER_DAY = 86_400_000;
/** serial of 1970-01-01 in Excel's 1900 system (valid for serials >= 61) */
const SERIAL_OF_EPOCH = 25_569;
export const MIN_SERIAL = 1;
/** 9999-12-31 */
export const MAX_SERIAL = 2_958_465;
const PHANTOM_LEAP_DAY = 60;

export type Day = number;

/** The last day Excel can show (9999-12-31) as a day number. */
export const LAST_DAY: Day = MAX_SERIAL - SERIAL_OF_EPOCH;

export function serialToDay(serial: number): Day {
  const whole = Math.floor(serial);
  return whole < PHANTOM_LEAP_DAY ? whole - SERIAL_OF_EPOCH + 1 : whole - SERIAL_OF_EPOCH;
}

export function dayToSerial(day: Day): number {
  const serial = day + SERIAL_OF_EPOCH;
  return serial <= PHANTOM_LEAP_DAY ? serial - 1 : serial;
}

/**
 * A JS Date as an Excel serial: its UTC calendar day (the time of day dropped), as ExcelJS hands a date cell over;
 * undefined for an invalid Date.
 */
export function utcDateToSerial(date: Date): number | undefined {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return undefined;
  return dayToSerial(Math.floor(ms / MS_PER_DAY));
}

/** An Excel serial as a JS Date at midnight UTC of its day. */
export function serialToUtcDate(serial: number): Date {
  return new Date(serialToDay(serial) * MS_PER_DAY);
}

/** A JS Date of the user's local calendar (a date picker's) as an Excel serial of that calendar day. */
export function localDateToSerial(date: Date): number {
  return dayToSerial(calendarToDay(date.getFullYear(), date.getMonth() + 1, date.getDate()));
}

/** An Excel serial as a JS Date at local midnight of its day (what a date picker shows). */
export function serialToLocalDate(serial: number): Date {
  const utc = serialToUtcDate(serial);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/** True when the serial is a date Excel can show (1..2958465, not the phantom 1900-02-29). */
export function isValidSerial(serial: number): boolean {
  return Number.isFinite(serial) && serial >= MIN_SERIAL && serial < MAX_SERIAL + 1 && Math.floor(serial) !== PHANTOM_LEAP_DAY;
}

export function isoToDay(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Geen datum in de vorm JJJJ-MM-DD: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

export function dayToIso(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** "01/03/2024": how dates are shown to Belgian users. */
export function formatDay(day: Day): string {
  const [y, m, d] = dayToIso(day).split("-");
  return `${d}/${m}/${y}`;
}

export function formatIso(iso: string): string {
  return formatDay(isoToDay(iso));
}

export interface CalendarDate {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
}

export function dayToCalendar(day: Day): CalendarDate {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function calendarToDay(year: number, month: number, day: number): Day {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Excel's EDATE: the same day `months` months later, or the last day of that month when it is shorter. */
export function addMonths(day: Day, months: number): Day {
  const c = dayToCalendar(day);
  const index = c.year * 12 + (c.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return calendarToDay(year, month, Math.min(c.day, daysInMonth(year, month)));
}

/** The first day of the calendar month containing `day`. */
export function firstOfMonth(day: Day): Day {
  const c = dayToCalendar(day);
  return calendarToDay(c.year, c.month, 1);
}

/** The day `days` days later. */
export function addDays(day: Day, days: number): Day {
  return day + days;
}
