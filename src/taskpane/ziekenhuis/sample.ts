/**
 * The Ziekenhuis tab's sample in preview mode (outside Excel): a history of two admissions 28 days apart in a general
 * hospital, so the tab opens with a figure, its breakdown and "Naar werkblad" enabled, as the wizard opens with its
 * sample dossier. Dates and codes are the same in both languages (the tab's texts follow the pane's language).
 * By hand (test/cases/remgeld_opnames.csv): 10 days from 01/01/2024 = 244,07; 28 days later the day count goes on,
 * days 11-15 = 116,60; together 360,67.
 */
import { emptyOpname, emptyZiekenhuisForm, type ZiekenhuisForm } from "./model";

export function sampleZiekenhuisForm(): ZiekenhuisForm {
  return {
    ...emptyZiekenhuisForm(),
    opnames: [
      { ...emptyOpname(), opnamedatum: "01/01/2024", ontslagdatum: "11/01/2024" },
      { ...emptyOpname(), opnamedatum: "08/02/2024", ontslagdatum: "13/02/2024" },
    ],
  };
}
