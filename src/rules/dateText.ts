/**
 * Date text, the one home for reading a date typed as text (SPEC 3: `dd/mm/jjjj` or `jjjj-mm-dd`, day first as in
 * Belgium; `/`, `.` or `-` between the parts). The task pane also accepts a two-digit year as Excel reads it
 * (`1/3/24`), the batch does not: a dossier list's dates must be unambiguous.
 */
import { calendarToDay, dayToCalendar, dayToSerial } from "./excelDate";

const DMY_FULL_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DMY_ANY_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** A two-digit year the way Excel reads it: 00-29 is 2000-2029, 30-99 is 1930-1999. */
function fullYear(text: string): number {
  const y = Number(text);
  if (text.length === 4) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

/**
 * The Excel serial of a date written as text, or undefined when the text is no existing calendar date from 1900 on.
 * "1/3/2024", "01-03-2024", "1.3.2024", "2024-03-01"; with `shortYear`, also "1/3/24".
 */
export function parseDateText(text: string, options: { shortYear?: boolean } = {}): number | undefined {
  const t = text.trim();
  const dmy = (options.shortYear === true ? DMY_ANY_YEAR : DMY_FULL_YEAR).exec(t);
  const iso = dmy === null ? ISO.exec(t) : null;
  if (dmy === null && iso === null) return undefined;
  const [year, month, day] = dmy !== null ? [fullYear(dmy[3]), +dmy[2], +dmy[1]] : [+iso![1], +iso![2], +iso![3]];
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const d = calendarToDay(year, month, day);
  const back = dayToCalendar(d);
  if (back.year !== year || back.month !== month || back.day !== day) return undefined;
  return dayToSerial(d);
}
