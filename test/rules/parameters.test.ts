import fs from "fs";
import path from "path";
import Big from "decimal.js";
import { dayToIso, isoToDay } from "../../src/rules/excelDate";
import { amountParameter, citation, datedParameter, valueCitation, type DatedParameter, type ParameterData } from "../../src/rules/parameters";
import {
  bijdragevoet,
  kadastraalInkomenDrempel,
  kadastraalInkomenFactor,
  vrijstellingVerhoging,
} from "../../src/rules/onderhoudsplicht";
import { zorgbudgetResidentieel, zorgbudgetThuis } from "../../src/rules/zorgbudget";
import { remgeldHoog, remgeldLaag, remgeldToeslag } from "../../src/rules/remgeld";
import { day } from "../helpers/excel";
import { ruleError as caughtRuleError } from "../helpers/rules";

const PARAMETER_DIR = path.resolve(__dirname, "../../src/rules/parameters");

/** Every ParameterData found in a JSON file: the file itself, or each of its members. */
function parametersIn(file: string): ParameterData<unknown>[] {
  const json = JSON.parse(fs.readFileSync(path.join(PARAMETER_DIR, file), "utf8"));
  if (Array.isArray(json.values)) return [json];
  return Object.values(json) as ParameterData<unknown>[];
}

const files = fs.readdirSync(PARAMETER_DIR).filter((f) => f.endsWith(".json"));


describe("parameter files", () => {
  test("there are parameter files", () => {
    expect(files.sort()).toEqual(expect.arrayContaining(["bijdrage.json", "remgeld.json", "vrijstelling.json", "zakgeld.json", "zorgbudget.json"]));
  });

  describe.each(files)("%s", (file) => {
    const params = parametersIn(file);
    test("holds at least one parameter with a name, description, unit and values", () => {
      expect(params.length).toBeGreaterThan(0);
      for (const p of params) {
        expect(typeof p.name).toBe("string");
        expect(p.name.length).toBeGreaterThan(0);
        expect(p.description.trim().length).toBeGreaterThan(0);
        expect(p.unit.trim().length).toBeGreaterThan(0);
        expect(p.values.length).toBeGreaterThan(0);
      }
    });
    test("every value has `from` YYYY-MM-DD (a real date), a non-empty source, and no two values share a date", () => {
      for (const p of params) {
        const seen = new Set<string>();
        for (const v of p.values) {
          expect(v.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          const [y, m, d] = v.from.split("-").map(Number);
          expect(new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10)).toBe(v.from); // not 2024-02-30
          expect(citation(v.source).trim().length).toBeGreaterThan(0);
          // a jump of the spilindex carries its number n instead of a value
          if (p.name === "spilindex") expect(Number.isInteger((v as unknown as { n: number }).n)).toBe(true);
          else expect(v.value).not.toBeUndefined();
          expect(seen.has(v.from)).toBe(false);
          seen.add(v.from);
        }
      }
    });
    test("a derived value says how it was derived, in words users read", () => {
      for (const p of params) for (const v of p.values) if (v.derivation) expect(valueCitation(v)).toMatch(/afgeleid/i);
    });
  });
});

describe("sources a person can cite, labels users read (SPEC 0)", () => {
  const citable = files;
  const FORBIDDEN = [/seeds\//, /\.txt/, /SPEC/, /plaatshouder/i, /\b[a-z]+_[a-z_]+\b/];
  describe.each(citable)("%s", (file) => {
    const params = parametersIn(file);
    test("every value's source is a Source with a document, a publisher and a date", () => {
      for (const p of params) {
        for (const v of p.values) {
          expect(typeof v.source).toBe("object");
          const source = v.source as { document: string; publisher: string; date: string; url?: string };
          expect(source.document.trim()).not.toBe("");
          expect(source.publisher.trim()).not.toBe("");
          expect(source.date.trim()).not.toBe("");
          if (source.url !== undefined) expect(source.url).toMatch(/^https:\/\//);
        }
      }
    });
    test("every public source has its web address; only the seeds (documents handed out on paper) have none", () => {
      const SEED_PUBLISHERS = ["OCMW-infoblad", "gezondheidsdossier", "tarievenblad van een psychiatrisch centrum", "OCMW Gent"];
      for (const p of params) {
        for (const v of p.values) {
          const source = v.source as { publisher: string; url?: string };
          if (SEED_PUBLISHERS.includes(source.publisher)) continue;
          expect([source.publisher, source.url]).toEqual([source.publisher, expect.stringMatching(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}/)]);
        }
      }
    });
    test("every parameter has a Dutch label", () => {
      for (const p of params) expect((p.label ?? "").trim().length).toBeGreaterThan(5);
    });
    test("no label, description or source shows a file name, an id, SPEC or a developer's placeholder", () => {
      for (const p of params) {
        const texts = [p.label ?? "", p.description, ...p.values.map((v) => valueCitation(v))];
        for (const text of texts) for (const bad of FORBIDDEN) expect([text, bad.test(text)]).toEqual([text, false]);
      }
    });
  });
});

describe("derived vrijstelling verhoging = cents(0.14 x basis of the same date)", () => {
  const data = JSON.parse(fs.readFileSync(path.join(PARAMETER_DIR, "vrijstelling.json"), "utf8"));
  const basisByDate = new Map<string, string>(data.basis.values.map((v: { from: string; value: string }) => [v.from, v.value]));
  const derived = data.verhoging.values.filter((v: { derivation?: unknown }) => v.derivation !== undefined);

  test("the 2008 and 2012 values are the derived ones", () => {
    expect(derived.map((v: { from: string }) => v.from)).toEqual(["2008-09-01", "2012-02-01"]);
  });

  test.each(derived.map((v: { from: string }) => [v.from, v]) as [string, unknown][])(
    "from %s",
    (from: string, v: unknown) => {
      const value = v as { value: string; derivation: { factor: string; of: string } };
      expect(value.derivation).toEqual({ factor: "0.14", of: "vrijstelling_basis", text: expect.stringMatching(/^afgeleid: 0,14 x/) });
      const basis = basisByDate.get(from as string);
      expect(basis).toBeDefined();
      const expected = new Big(basis!).times("0.14").toDecimalPlaces(2, Big.ROUND_HALF_UP);
      expect(new Big(value.value).equals(expected)).toBe(true);
    },
  );

  test("by hand: 0.14 x 20 335.00 = 2 846.90; 0.14 x 21 579.83 = 3 021.1762 -> 3 021.18", () => {
    expect(vrijstellingVerhoging.at(day("2008-09-01")).value.toFixed(2)).toBe("2846.90");
    expect(vrijstellingVerhoging.at(day("2012-02-01")).value.toFixed(2)).toBe("3021.18");
  });

  test("the 0.14 factor is the 2022 ratio 3 539.89 / 25 284.89", () => {
    expect(new Big("3539.89").dividedBy("25284.89").toDecimalPlaces(5).toString()).toBe("0.14");
  });
});

describe("value in force on and around each `from` date", () => {
  const all: [string, DatedParameter<unknown>][] = [
    ["bijdragevoet", bijdragevoet],
    ["kadastraal_inkomen_drempel", kadastraalInkomenDrempel],
    ["kadastraal_inkomen_factor", kadastraalInkomenFactor],
    ["zorgbudget_thuis", zorgbudgetThuis],
    ["zorgbudget_residentieel", zorgbudgetResidentieel],
    ["remgeld_laag", remgeldLaag],
    ["remgeld_hoog", remgeldHoog],
    ["remgeld_toeslag", remgeldToeslag],
  ];
  test.each(all)("%s: the day before a `from` gives the previous value, the day itself the new one", (name, p) => {
    expect(p.name).toBe(name);
    p.entries.forEach((entry, i) => {
      expect(p.at(entry.fromDay).value).toBe(entry.value);
      expect(p.at(entry.fromDay + 1).value).toBe(entry.value);
      if (i > 0) expect(p.at(entry.fromDay - 1).value).toBe(p.entries[i - 1].value);
      else {
        const err = caughtRuleError(() => p.at(entry.fromDay - 1));
        expect(err.kind).toBe("unavailable");
        expect(err.argument).toBe("datum");
      }
      expect(p.at(entry.fromDay).ref).toEqual({ name, label: expect.any(String), from: dayToIso(entry.fromDay), source: expect.any(String) });
    });
    expect(p.at(undefined)).toEqual(p.latest());
    expect(p.latest().value).toBe(p.entries[p.entries.length - 1].value);
  });

  test("the argument named in the error is the caller's", () => {
    const err = caughtRuleError(() => zorgbudgetThuis.at(day("1800-01-01"), "maand"));
    expect(err.argument).toBe("maand");
    expect(err.message.startsWith("maand: ")).toBe(true);
  });

  test("zorgbudget's first amounts (90 thuis, 125 residentieel) hold for every earlier month, and their source says so", () => {
    expect(zorgbudgetThuis.at(day("1900-03-01")).value.toNumber()).toBe(90);
    expect(zorgbudgetResidentieel.at(day("1950-06-01")).value.toNumber()).toBe(125);
    expect(zorgbudgetThuis.entries[0].ref.source).toMatch(/ingangsdatum|uitzondering/);
    expect(zorgbudgetResidentieel.entries[0].ref.source).toMatch(/ingangsdatum|uitzondering/);
  });

  test("remgeld's first (seed) amounts say their start date is unknown", () => {
    expect(remgeldLaag.entries[0].ref.source).toMatch(/ingangsdatum onbekend/);
  });
});

describe("datedParameter construction", () => {
  const make = (values: { from: string; value: string }[]) =>
    amountParameter({ name: "p", description: "d", unit: "EUR", values: values.map((v) => ({ ...v, source: "test" })) });

  test("values given out of order are sorted", () => {
    const p = make([
      { from: "2020-01-01", value: "2" },
      { from: "2010-01-01", value: "1" },
    ]);
    expect(p.at(isoToDay("2015-06-01")).value.toNumber()).toBe(1);
    expect(p.latest().value.toNumber()).toBe(2);
  });
  test("two values on one date and no values are refused", () => {
    expect(() => make([{ from: "2020-01-01", value: "1" }, { from: "2020-01-01", value: "2" }])).toThrow();
    expect(() => make([])).toThrow();
  });
  test("convert runs at load", () => {
    let calls = 0;
    const p = datedParameter({ name: "p", description: "d", unit: "u", values: [{ from: "2020-01-01", value: 1, source: "s" }] }, (v) => {
      calls++;
      return v * 2;
    });
    p.at(isoToDay("2021-01-01"));
    p.at(isoToDay("2022-01-01"));
    expect(calls).toBe(1);
    expect(p.latest().value).toBe(2);
  });
});
