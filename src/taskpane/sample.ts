/**
 * Preview mode (outside Excel): a sample dossier and a small sample workbook held in memory, so the task pane can be
 * shown and tested without Office. The names and amounts are invented; the scale table is FICTITIOUS (an example of
 * the format, not the official scale) and says so in the sheet. In a French preview the texts of the sample (the
 * costs, the headers of the lists, the sheet names, the scale's note) are French; the figures are the same.
 */
import { INPUT_COLUMNS, INPUT_COLUMNS_FR, SAMPLE_HEADERS, sampleDossierList } from "../dossiers";
import { createMemoryBatchPort, type MemoryBatchPort } from "../workbook/batchMemory";
import { MemoryWorkbook } from "../workbook/memory";
import { emptyChild, emptyCost, numberText, type DossierForm } from "./model";
import type { Language } from "./i18n/text";

/** The sample's texts per language (the figures do not depend on it). */
const SAMPLE_TEXTS = {
  nl: {
    dossier: "Voorbeeld Janssens",
    kosten: ["Medicatie en dokter", "Persoonlijke was", "Mutualiteit en zorgkas"],
    listSheet: "Dossierlijst",
    scaleSheet: "Schaal",
    scaleTable: "VoorbeeldSchaal",
    longList: "Lijst maart",
    scaleNote: "FICTIEVE VOORBEELDSCHAAL: toont alleen de vorm van een schaaltabel. Gebruik voor beslissingen de officiële schaal.",
    scaleHeader: ["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag"],
  },
  fr: {
    dossier: "Exemple Janssens",
    kosten: ["Médicaments et médecin", "Lessive personnelle", "Mutualité et assurance soins"],
    listSheet: "Liste de dossiers",
    scaleSheet: "Barème",
    scaleTable: "BaremeExemple",
    longList: "Liste mars",
    scaleNote: "BARÈME D'EXEMPLE FICTIF : montre seulement la forme d'un barème. Pour les décisions, utilisez le barème officiel.",
    scaleHeader: ["personnes_a_charge", "revenu_de", "revenu_jusqu_a", "montant_mensuel"],
  },
} as const;

/** A dossier list's header row in `language`: the French header of each Dutch one (the batch reads either). */
function headersIn(language: Language, headers: readonly unknown[]): unknown[] {
  if (language === "nl") return [...headers];
  const keys = Object.keys(INPUT_COLUMNS) as (keyof typeof INPUT_COLUMNS)[];
  return headers.map((h) => {
    const key = keys.find((k) => INPUT_COLUMNS[k] === h);
    return key === undefined ? h : INPUT_COLUMNS_FR[key];
  });
}

/** The sample dossier: 60 EUR a day for 30 days, 150 EUR extra costs, 1 400 EUR own income, on 1 March 2024. */
export function sampleForm(language: Language = "nl"): DossierForm {
  const texts = SAMPLE_TEXTS[language];
  // the input fields' numbers as the pane writes numbers in this language: "1.400" (nl), "1 400" (fr-BE)
  const n = (value: number) => numberText(value, language);
  return {
    dossier: texts.dossier,
    datum: "01/03/2024",
    ligdagprijs: "60",
    dagen: "30",
    inkomsten: n(1400),
    zakgeld: null,
    kosten: [
      { ...emptyCost(), omschrijving: texts.kosten[0], bedrag: "80" },
      { ...emptyCost(), omschrijving: texts.kosten[1], bedrag: "45" },
      { ...emptyCost(), omschrijving: texts.kosten[2], bedrag: "25" },
    ],
    kinderen: [
      { ...emptyChild(), naam: "An Janssens", inkomen: n(38000), partnerInkomen: "", personenTenLaste: "1", kadastraalInkomen: "" },
      { ...emptyChild(), naam: "Bart Janssens", inkomen: n(24500), partnerInkomen: n(12000), personenTenLaste: "2", kadastraalInkomen: "" },
    ],
    schaal: { method: "benadering" },
  };
}

/** The dossier list's headers (the made-up lists' first ten, Dossier .. Datum) and the number of children. */
const LIST_HEADERS = [...SAMPLE_HEADERS.slice(0, 10), "Aantal kinderen"];

/** 45352 = 01/03/2024 */
const MARCH_2024 = 45352;

function sampleList(language: Language): unknown[][] {
  return [
    headersIn(language, LIST_HEADERS),
    ["D-2024-017", "Els Peeters", 41000, 0, 0, 58.5, 31, 210.4, 1520.35, MARCH_2024, 2],
    ["D-2024-017", "Koen Peeters", 29800, 18500, 2, 58.5, 31, 210.4, 1520.35, MARCH_2024, 2],
    ["D-2024-023", "Mira Claes", 52000, 0, 1, 64, 30, 175, 1650, MARCH_2024, 3],
  ];
}

/**
 * The batch panel's lists in preview mode: the same small dossier list as the sample workbook, and a longer made-up
 * list (src/dossiers/sample.ts) so the progress bar can be seen. Held apart from the wizard's sample workbook.
 */
export function sampleBatchPort(language: Language = "nl"): MemoryBatchPort {
  const texts = SAMPLE_TEXTS[language];
  const longList = sampleDossierList(400, { seed: 7 });
  return createMemoryBatchPort(
    [
      { name: "Dossiers", kind: "tabel", sheet: texts.listSheet, rows: sampleList(language) },
      { name: texts.longList, rows: [headersIn(language, longList[0]), ...longList.slice(1)] },
    ],
    { chunkRows: 50, delayMs: 40 },
  );
}

/**
 * The sample workbook: a dossier list (table "Dossiers") and a fictitious scale (table "VoorbeeldSchaal"); its error
 * messages in `taal`.
 */
export function sampleWorkbook(taal: Language = "nl"): MemoryWorkbook {
  const texts = SAMPLE_TEXTS[taal];
  const list = sampleList(taal);
  const scale = [
    [texts.scaleNote, "", "", ""],
    ["", "", "", ""],
    [...texts.scaleHeader],
    [0, 0, 25000, 0],
    [0, 25000, 35000, 60],
    [0, 35000, 50000, 150],
    [0, 50000, "", 300],
    [1, 0, 30000, 0],
    [1, 30000, 40000, 75],
    [1, 40000, "", 200],
    [2, 0, 33000, 0],
    [2, 33000, 45000, 90],
    [2, 45000, "", 220],
  ];
  const workbook = new MemoryWorkbook({
    taal,
    sheets: { [texts.listSheet]: list, [texts.scaleSheet]: scale },
    tables: [
      { name: "Dossiers", sheet: texts.listSheet, address: `A1:K${list.length}` },
      { name: texts.scaleTable, sheet: texts.scaleSheet, address: `A3:D${scale.length}` },
    ],
    selection: { sheet: texts.listSheet, address: "B2" },
  });
  workbook.delay = 150;
  return workbook;
}
