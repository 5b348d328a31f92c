/**
 * The wizard's model without the UI: typed text to the rules and back, errors sorted by field, the sum of the
 * contributions in decimal money, and the prefill from a dossier list.
 */
import { formatEuro } from "../../src/rules";
import {
  childKey,
  costKey,
  DOSSIER_KEY,
  emptyForm,
  evaluate,
  formatSerial,
  parseDateText,
  collectNotices,
  dateInWords,
  type DossierForm,
} from "../../src/taskpane/model";
import { prefillFromSelection } from "../../src/taskpane/prefill";
import { sampleForm } from "../../src/taskpane/sample";

/** An ISO date's Excel serial, computed with JS Date alone (days since 1899-12-30). */
function formatBack(iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

describe("dates typed the Belgian way", () => {
  test.each([
    ["01/03/2024", 45352],
    ["1/3/2024", 45352],
    ["01-03-2024", 45352],
    ["01.03.2024", 45352],
    ["2024-03-01", 45352],
    ["29/02/2024", 45351],
    ["1/3/24", 45352],
    ["01/03/24", 45352],
    ["1-3-24", 45352],
    ["1.3.24", 45352],
    ["29/2/24", 45351],
  ])("%s -> serial %d", (text, serial) => {
    expect(parseDateText(text)).toBe(serial);
    expect(formatSerial(serial)).toBe(serial === 45352 ? "01/03/2024" : "29/02/2024");
  });

  test("a two-digit year the way Excel reads it: 00-29 is 20xx, 30-99 is 19xx", () => {
    // 45291 = 31/12/2023 (45352 - 29 Feb - 31 Jan - 1); 1/1/1930 = serial 10959 (Excel: 1930-01-01 is 10959)
    expect(parseDateText("31/12/23")).toBe(45291);
    expect(parseDateText("1/1/30")).toBe(10959);
    expect(parseDateText("31/12/29")).toBe(formatBack("2029-12-31"));
  });

  test("the date read, in words, to confirm it", () => {
    expect(dateInWords(45352)).toBe("vrijdag 1 maart 2024");
    expect(dateInWords(45351)).toBe("donderdag 29 februari 2024");
  });

  test.each(["31/02/2024", "29/02/2023", "00/01/2024", "12/13/2024", "maart", "", "1/3/2", "1/3/024", "29/2/23"])("%s is no date", (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });
});

describe("the total and the OCMW's share come from the rules (amountSum, aandeelOf)", () => {
  test("100,01 for 3 children: kindsdeel 33,33 each; all three pay it: 99,99 recovered, the OCMW keeps 0,02", () => {
    // the case of issue 7: with a kindsdeel rounded half-up (33,34) the batch said -0,01 and the pane 0,00
    const form: DossierForm = {
      ...emptyForm(new Date(2024, 2, 1)),
      ligdagprijs: "100,01",
      dagen: "1",
      inkomsten: "0",
      zakgeld: "0", // typed: tekort = 100,01 x 1 + 0 - 0
      kinderen: ["A", "B", "C"].map((naam) => ({ id: `k${naam}`, naam, inkomen: "1.000.000", partnerInkomen: "", personenTenLaste: "0", kadastraalInkomen: "" })),
    };
    const e = evaluate(form);
    expect(e.tekort!.value.toString()).toBe("100.01");
    expect(e.kindsdeel!.value.toString()).toBe("33.33");
    expect(e.totaal!.toString()).toBe("99.99");
    expect(e.aandeel!.value.toString()).toBe("0.02");
    expect(e.aandeel!.steps.map((s) => s.amount?.toString())).toEqual(["100.01", "99.99", "0.02"]);
  });

  test("0,10 + 0,20 recovered is exactly 0,30 (decimal money, no floating point)", () => {
    const form: DossierForm = {
      ...emptyForm(new Date(2024, 2, 1)),
      ligdagprijs: "10",
      dagen: "1",
      inkomsten: "0",
      zakgeld: "0", // tekort 10
      schaal: { method: "schaal", ref: { kind: "table", name: "T" }, label: "tabel T", values: [[0, 0, "", 0.1], [1, 0, "", 0.2]] },
      kinderen: [
        { id: "a", naam: "A", inkomen: "1", partnerInkomen: "", personenTenLaste: "0", kadastraalInkomen: "" },
        { id: "b", naam: "B", inkomen: "1", partnerInkomen: "", personenTenLaste: "1", kadastraalInkomen: "" },
      ],
    };
    const e = evaluate(form);
    expect(e.totaal!.toString()).toBe("0.3");
    expect(e.aandeel!.value.toString()).toBe("9.7");
  });
});

describe("warnings near the figures: each text once", () => {
  const stale = { kind: "verouderd" as const, text: "Mogelijk verouderd: de laatst gekende indexsprong is van 1/3/2026; controleer of er sindsdien een nieuwe was." };
  test("the approximation, once for two children computed by it", () => {
    const e = evaluate(sampleForm());
    expect(e.notices.map((n) => n.kind)).toEqual(["benadering"]);
    expect(e.notices[0].text).toMatch(/^BENADERING: .*Beslissingen vragen de officiële schaaltabel/);
  });

  test("notices the results carry are kept, duplicates by text dropped, in the order met", () => {
    const e = evaluate(sampleForm());
    const notices = collectNotices([{ ...e.tekort!, notices: [stale] }, e.kindsdeel, { ...e.kinderen[0].bijdrage!, notices: [stale] }]);
    expect(notices.map((n) => n.kind)).toEqual(["verouderd", "benadering"]);
  });

  test("a rules-made approximation notice is not doubled", () => {
    const e = evaluate(sampleForm());
    const own = { kind: "benadering" as const, text: "Benadering, geen officiële schaal." };
    expect(collectNotices([{ ...e.kinderen[0].bijdrage!, notices: [own] }])).toEqual([own]);
  });

  test("with an official scale there is no approximation warning", () => {
    const form: DossierForm = { ...sampleForm(), schaal: { method: "schaal", ref: { kind: "table", name: "T" }, label: "tabel T", values: [[0, 0, "", 10]] } };
    expect(evaluate(form).notices).toEqual([]);
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
    expect(formatEuro(e.aandeel!.value)).toBe("€ 521,28");
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

  test("Aantal kinderen: more children than rows adds rows, fewer is said, a value that is no number of children is said and the rows count", () => {
    const withAantal = (aantal: unknown) => {
      const list = [
        [...headers, "Aantal kinderen"],
        ["A", "Eva", 30000, "", 1, 55, 30, 100, 1300, 45352, "", "", aantal],
        ["A", "Frank", 31000, 0, 0, 55, 30, 100, 1300, 45352, "", "", aantal],
      ];
      const r = prefillFromSelection({ rows: list, selectedIndex: 1, headerIndex: 0, source: "tabel T" });
      if ("error" in r) throw new Error(r.error);
      return r;
    };
    expect(withAantal(3).form.kinderen).toHaveLength(3);
    expect(withAantal("3").form.kinderen).toHaveLength(3); // number text, as the batch reads it
    expect(withAantal(1).notices.join(" ")).toMatch(/De kolom Aantal kinderen zegt 1, maar de lijst heeft 2 rijen/);
    for (const bad of [0, 2.5, "drie"]) {
      const r = withAantal(bad);
      expect(r.form.kinderen).toHaveLength(2);
      expect(r.notices.join(" ")).toBe(
        `De kolom Aantal kinderen zegt ${bad === 2.5 ? "2,5" : bad}: dat is geen aantal kinderen (een geheel getal, 1 of meer); de wizard telt de 2 rijen van dit dossier.`,
      );
    }
    expect(withAantal("").notices).toEqual([]);
  });

  test("a selected row without a Dossier value", () => {
    const r = prefillFromSelection({ rows: [headers, ["", "Eva", 1, 0, 0, 1, 1, 1, 1, 45352, "", ""]], selectedIndex: 1, headerIndex: 0, source: "tabel T" });
    expect("error" in r && r.error).toMatch(/geen waarde in de kolom Dossier/);
  });
});
