/**
 * Issue 13: the wizard's workbook port (the in-memory adapter of the preview; the Excel adapter takes the same
 * catalogue) says what went wrong in the pane's language. Expected texts written by hand.
 */
import { MemoryWorkbook } from "../../src/workbook/memory";
import { WORKBOOK_TEXTS } from "../../src/workbook/messages";

const cases: { name: string; act: (w: MemoryWorkbook) => Promise<unknown>; nl: string; fr: string }[] = [
  {
    name: "nothing selected",
    act: (w) => w.readSelectedDossierList(),
    nl: "Er is niets geselecteerd.",
    fr: "Rien n'est sélectionné.",
  },
  {
    name: "a scale table that was removed",
    act: (w) => w.readScale({ kind: "table", name: "Weg" }),
    nl: 'De tabel "Weg" bestaat niet (meer).',
    fr: "Le tableau « Weg » n'existe pas (plus).",
  },
  {
    name: "a range that names no sheet",
    act: (w) => w.readScale({ kind: "range", address: "A1:D4" }),
    nl: "Ongeldig bereik: A1:D4.",
    fr: "Plage non valide : A1:D4.",
  },
  {
    name: "a selection on an empty sheet",
    act: async (w) => {
      w.select("Leeg", "B2");
      return w.readSelectedDossierList();
    },
    nl: 'Het werkblad "Leeg" is leeg: selecteer een rij van een dossierlijst.',
    fr: "La feuille « Leeg » est vide : sélectionnez une ligne d'une liste de dossiers.",
  },
];

describe.each(cases)("$name", ({ act, nl, fr }) => {
  test("Dutch by default", async () => {
    await expect(act(new MemoryWorkbook({ sheets: { Leeg: [[]] } }))).rejects.toThrow(nl);
  });
  test("French in a French pane", async () => {
    await expect(act(new MemoryWorkbook({ sheets: { Leeg: [[]] }, taal: "fr" }))).rejects.toThrow(fr);
  });
});

test("every wizard text has a French version that differs from the Dutch one", () => {
  const keys = Object.keys(WORKBOOK_TEXTS.nl.wizard) as (keyof typeof WORKBOOK_TEXTS.nl.wizard)[];
  expect(Object.keys(WORKBOOK_TEXTS.fr.wizard).sort()).toEqual([...keys].sort());
  for (const key of keys) {
    const nl = WORKBOOK_TEXTS.nl.wizard[key];
    const fr = WORKBOOK_TEXTS.fr.wizard[key];
    const show = (t: unknown) => (typeof t === "function" ? (t as (...a: string[]) => string)("X", "Y") : t);
    expect([key, show(fr)]).not.toEqual([key, show(nl)]);
  }
});
