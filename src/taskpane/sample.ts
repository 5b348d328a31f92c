/**
 * Preview mode (outside Excel): a sample dossier and a small sample workbook held in memory, so the task pane can be
 * shown and tested without Office. The names and amounts are invented; the scale table is FICTITIOUS (an example of
 * the format, not the official scale) and says so in the sheet.
 */
import { SAMPLE_HEADERS, sampleDossierList } from "../dossiers";
import { createMemoryBatchPort, type MemoryBatchPort } from "../workbook/batchMemory";
import { MemoryWorkbook } from "../workbook/memory";
import { emptyChild, emptyCost, type DossierForm } from "./model";
import type { Language } from "./i18n/text";

/** The sample dossier: 60 EUR a day for 30 days, 150 EUR extra costs, 1 400 EUR own income, on 1 March 2024. */
export function sampleForm(): DossierForm {
  return {
    dossier: "Voorbeeld Janssens",
    datum: "01/03/2024",
    ligdagprijs: "60",
    dagen: "30",
    inkomsten: "1.400",
    zakgeld: null,
    kosten: [
      { ...emptyCost(), omschrijving: "Medicatie en dokter", bedrag: "80" },
      { ...emptyCost(), omschrijving: "Persoonlijke was", bedrag: "45" },
      { ...emptyCost(), omschrijving: "Mutualiteit en zorgkas", bedrag: "25" },
    ],
    kinderen: [
      { ...emptyChild(), naam: "An Janssens", inkomen: "38.000", partnerInkomen: "", personenTenLaste: "1", kadastraalInkomen: "" },
      { ...emptyChild(), naam: "Bart Janssens", inkomen: "24.500", partnerInkomen: "12.000", personenTenLaste: "2", kadastraalInkomen: "" },
    ],
    schaal: { method: "benadering" },
  };
}

/** The dossier list's headers (the made-up lists' first ten, Dossier .. Datum) and the number of children. */
const LIST_HEADERS = [...SAMPLE_HEADERS.slice(0, 10), "Aantal kinderen"];

/** 45352 = 01/03/2024 */
const MARCH_2024 = 45352;

function sampleList(): (string | number)[][] {
  return [
    LIST_HEADERS,
    ["D-2024-017", "Els Peeters", 41000, 0, 0, 58.5, 31, 210.4, 1520.35, MARCH_2024, 2],
    ["D-2024-017", "Koen Peeters", 29800, 18500, 2, 58.5, 31, 210.4, 1520.35, MARCH_2024, 2],
    ["D-2024-023", "Mira Claes", 52000, 0, 1, 64, 30, 175, 1650, MARCH_2024, 3],
  ];
}

/**
 * The batch panel's lists in preview mode: the same small dossier list as the sample workbook, and a longer made-up
 * list (src/dossiers/sample.ts) so the progress bar can be seen. Held apart from the wizard's sample workbook.
 */
export function sampleBatchPort(): MemoryBatchPort {
  return createMemoryBatchPort(
    [
      { name: "Dossiers", kind: "tabel", sheet: "Dossierlijst", rows: sampleList() },
      { name: "Lijst maart", rows: sampleDossierList(400, { seed: 7 }) },
    ],
    { chunkRows: 50, delayMs: 40 },
  );
}

/**
 * The sample workbook: a dossier list (table "Dossiers") and a fictitious scale (table "VoorbeeldSchaal"); its error
 * messages in `taal`.
 */
export function sampleWorkbook(taal: Language = "nl"): MemoryWorkbook {
  const list = sampleList();
  const scale = [
    ["FICTIEVE VOORBEELDSCHAAL: toont alleen de vorm van een schaaltabel. Gebruik voor beslissingen de officiële schaal.", "", "", ""],
    ["", "", "", ""],
    ["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag"],
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
    sheets: { Dossierlijst: list, Schaal: scale },
    tables: [
      { name: "Dossiers", sheet: "Dossierlijst", address: `A1:K${list.length}` },
      { name: "VoorbeeldSchaal", sheet: "Schaal", address: `A3:D${scale.length}` },
    ],
    selection: { sheet: "Dossierlijst", address: "B2" },
  });
  workbook.delay = 150;
  return workbook;
}
