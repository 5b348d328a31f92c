/**
 * Medische kaart (OCMW Gent, dringende medische hulp; seed 000, SPEC 1).
 * "Die is telkens maximum 3 maanden geldig." and "Als zorgverlener ... stuur je binnen de 30 dagen een aanvraag".
 */
import { msg } from "./language";
import { addMonths, formatDay, type Day } from "./excelDate";
import { type CellValue } from "./input/common";
import { optionalCount } from "./input/count";
import { date, resultDate } from "./input/date";
import type { Result } from "./trace";

const MAX_MAANDEN = 3;
const TERMIJN_DAGEN = 30;

/** OCMW.MEDISCHEKAART.EINDE: EDATE(startdatum; maanden) - 1 day; maanden 1..3, default 3. */
export function medischeKaartEinde(startdatum: CellValue, maanden?: CellValue): Result<Day> {
  const start = date(startdatum, "startdatum");
  const m = optionalCount(maanden, "maanden", 1, MAX_MAANDEN) ?? MAX_MAANDEN;
  const value = resultDate(addMonths(start, m) - 1, "startdatum");
  return {
    value,
    steps: [
      { label: msg("step.kaartVanaf", { start: formatDay(start) }) },
      { label: msg("step.kaartMaanden", { max: MAX_MAANDEN }), quantity: m },
      { label: msg("step.kaartLaatste", { end: formatDay(value) }) },
    ],
  };
}

/** OCMW.MEDISCHEKAART.TERMIJN: the last day for the care provider to send the request, prestatiedatum + 30 days. */
export function medischeKaartTermijn(prestatiedatum: CellValue): Result<Day> {
  const prestatie = date(prestatiedatum, "prestatiedatum");
  const value = resultDate(prestatie + TERMIJN_DAGEN, "prestatiedatum");
  return {
    value,
    steps: [
      { label: msg("step.prestatie", { date: formatDay(prestatie) }) },
      { label: msg("step.termijn"), quantity: TERMIJN_DAGEN },
      { label: msg("step.termijnLaatste", { end: formatDay(value) }) },
    ],
  };
}
