/**
 * The wizard's model without the UI: typed text to the rules and back, errors sorted by field, the sum of the
 * contributions in decimal money, and the prefill from a dossier list.
 */
import { dec, formatEuro } from "../../src/rules";
import {
  aandeelOcmw,
  childKey,
  costKey,
  DOSSIER_KEY,
  emptyForm,
  evaluate,
  formatSerial,
  parseDateText,
  totaalTeruggevorderd,
  type DossierForm,
} from "../../src/taskpane/model";
import { prefillFromSelection } from "../../src/taskpane/prefill";
import { sampleForm } from "../../src/taskpane/sample";

describe("dates typed the Belgian way", () => {
  test.each([
    ["01/03/2024", 45352],
    ["1/3/2024", 45352],
    ["01-03-2024", 45352],
    ["01.03.2024", 45352],
    ["2024-03-01", 45352],
    ["29/02/2024", 45351],
  ])("%s -> serial %d", (text, serial) => {
    expect(parseDateText(text)).toBe(serial);
    expect(formatSerial(serial)).toBe(serial === 45352 ? "01/03/2024" : "29/02/2024");
  });

  test.each(["31/02/2024", "29/02/2023", "00/01/2024", "12/13/2024", "maart", "", "1/3/24"])("%s is no date", (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });
});

describe("contributions summed in decimal money", () => {
  test("0,1 + 0,2 is exactly 0,30 (no floating point)", () => {
    expect(totaalTeruggevorderd([dec("0.1"), dec("0.2")]).toString()).toBe("0.3");
    expect(totaalTeruggevorderd([]).toString()).toBe("0");
  });

  test("the OCMW's share is the deficit minus the total, never below 0", () => {
    expect(aandeelOcmw(dec("643.25"), dec("277.30")).toString()).toBe("365.95");
    expect(aandeelOcmw(dec("643.25"), dec("643.26")).toString()).toBe("0");
  });
});

describe("evaluate", () => {
  test("the sample dossier: every figure", () => {
    // On 01/03/2024 (index jump 1/11/2023, n=26): zakgeld 1 337,31 x 1,6734 / 1,6084 = 1 391,35 / 12 = 115,95;
    // tekort 60 x 30 + 150 + 115,95 - 1 400 = 665,95; kindsdeel 665,95 / 2 = 332,975 -> down to 332,97.
    // vrijstelling: basis 25 284,89 x 1,6734 / 1,5157 = 27 915,64; verhoging 3 539,89 x 1,6734 / 1,5157 = 3 908,20.
    // An: (38 000 - 31 823,84) x 25% / 12 = 128,67; Bart: (36 500 - 35 732,04) x 25% / 12 = 15,9991 -> 16,00.
    // totaal 144,67; aandeel OCMW 665,95 - 144,67 = 521,28
    const e = evaluate(sampleForm());
    expect(e.complete).toBe(true);
    expect(e.errors).toEqual({});
    expect(formatEuro(e.tekort!.value)).toBe("€ 665,95");
    expect(formatEuro(e.kindsdeel!.value)).toBe("€ 332,97");
    expect(e.kinderen.map((k) => formatEuro(k.bijdrage!.value))).toEqual(["€ 128,67", "€ 16,00"]);
    expect(formatEuro(e.totaal!)).toBe("€ 144,67");
    expect(formatEuro(e.aandeelOcmw!)).toBe("€ 521,28");
    expect(e.overschot).toBeUndefined();
  });

  test("an empty form: required fields are 'missing', nothing is computed, not complete", () => {
    const e = evaluate(emptyForm(new Date(2024, 2, 1)));
    expect(e.complete).toBe(false);
    expect(e.errors.ligdagprijs).toMatchObject({ missing: true });
    expect(e.errors.dagen).toMatchObject({ missing: true });
    expect(e.errors.inkomsten).toMatchObject({ missing: true });
    expect(e.errors[DOSSIER_KEY]).toMatchObject({ missing: true });
    expect(e.errors.datum).toBeUndefined();
    expect(e.errors.zakgeld).toBeUndefined();
    expect(e.tekort).toBeUndefined();
  });

  test("every invalid field gets its own message at once", () => {
    const form: DossierForm = sampleForm();
    form.ligdagprijs = "-1";
    form.dagen = "40";
    form.kosten[0].bedrag = "x";
    form.kinderen[1].personenTenLaste = "-2";
    const e = evaluate(form);
    expect(e.errors.ligdagprijs.message).toMatch(/^Mag niet negatief zijn/);
    expect(e.errors.dagen.message).toMatch(/0 tot en met 31/);
    expect(e.errors[costKey(form.kosten[0].id, "bedrag")].message).toMatch(/de tekst "x"/);
    expect(e.errors[childKey(form.kinderen[1].id, "personenTenLaste")].message).toMatch(/geheel getal van 0 of meer/);
    expect(Object.values(e.errors).every((x) => !x.missing)).toBe(true);
    expect(e.complete).toBe(false);
  });

  test("a date before the first known vrijstelling is reported at Datum", () => {
    const form = { ...sampleForm(), datum: "01/01/2008", zakgeld: "93,25" };
    const e = evaluate(form);
    expect(e.tekort).toBeDefined();
    expect(e.errors.datum.message).toMatch(/bekend op 01\/01\/2008/);
    expect(e.complete).toBe(false);
  });

  test("before 2022 the vrijstelling of its time applies (2012 values on 01/01/2015)", () => {
    const form = { ...sampleForm(), datum: "01/01/2015", zakgeld: "93,25" };
    const e = evaluate(form);
    // jump of 1/12/2012 (n=14) on the 2012 values (n=13): 21 579,83 x 1,3195 / 1,2936 = 22 011,89 and
    // 3 021,18 x 1,3195 / 1,2936 = 3 081,67; An: 38 000 - 25 093,56 = 12 906,44; x 25% / 12 = 268,884 -> 268,88
    expect(formatEuro(e.kinderen[0].bijdrage!.value)).toBe("€ 268,88");
  });
});

describe("prefill from a dossier list", () => {
  const headers = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Ligdagprijs", "Dagen", "Bijkomende kosten", "Inkomsten", "Datum", "Zakgeld", "Kadastraal inkomen"];
  const rows = [
    headers,
    ["A", "Eva", 30000, "", 1, 55, 30, 100, 1300, 45352, "", 2500],
    ["B", "Ward", 20000, 0, 0, 70, 31, 0, 1000, 45352, 95, ""],
    ["A", "Frank", "31.000,50", 12000, 0, 55, 30, 100, 1300, 45352, "", ""],
  ];

  test("takes every row of the selected dossier, wherever it is in the list", () => {
    const r = prefillFromSelection({ rows, selectedIndex: 3, headerIndex: 0, source: "tabel T" });
    if ("error" in r) throw new Error(r.error);
    expect(r.form.dossier).toBe("A");
    expect(r.form.kinderen.map((k) => k.naam)).toEqual(["Eva", "Frank"]);
    expect(r.form.kinderen[0].kadastraalInkomen).toBe("2.500");
    expect(r.form.kinderen[1].inkomen).toBe("31.000,50");
    expect(r.form.zakgeld).toBeNull();
    expect(r.form.ligdagprijs).toBe("55");
    const e = evaluate(r.form);
    expect(e.complete).toBe(true);
    expect(formatEuro(e.tekort!.value)).toBe("€ 565,95"); // 55 x 30 + 100 + 115,95 (zakgeld on 01/03/2024) - 1 300
  });

  test("a zakgeld in the list overrides the parameter", () => {
    const r = prefillFromSelection({ rows, selectedIndex: 2, headerIndex: 0, source: "tabel T" });
    if ("error" in r) throw new Error(r.error);
    expect(r.form.zakgeld).toBe("95");
    expect(r.form.kosten).toEqual([expect.objectContaining({ bedrag: "0" })]);
  });

  test("headers are matched ignoring case, spaces and punctuation", () => {
    const loose = [["DOSSIER", "kind", "inkomen", "partner-inkomen", "Personen-ten-laste", "tekort"], ["Z", "Jo", 1, 0, 0, 10]];
    const r = prefillFromSelection({ rows: loose, selectedIndex: 1, source: "werkblad W" });
    expect("form" in r && r.form.kinderen[0].naam).toBe("Jo");
  });

  test("missing columns are named", () => {
    const r = prefillFromSelection({ rows: [["Dossier", "Kind"], ["A", "B"]], selectedIndex: 1, headerIndex: 0, source: "tabel T" });
    expect("error" in r && r.error).toMatch(/mist deze kolommen: Inkomen; Partner inkomen; Personen ten laste; Tekort/);
  });

  test("a selected row without a Dossier value", () => {
    const r = prefillFromSelection({ rows: [headers, ["", "Eva", 1, 0, 0, 1, 1, 1, 1, 45352, "", ""]], selectedIndex: 1, headerIndex: 0, source: "tabel T" });
    expect("error" in r && r.error).toMatch(/geen waarde in de kolom Dossier/);
  });
});
