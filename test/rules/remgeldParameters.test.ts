/**
 * The hospital amounts (parameters/remgeld.json): every value has a source a person can cite, a Dutch label, and the
 * values of research/ziekenhuis.md on their dates (typed here from the research table, not read from the data).
 */
import fs from "fs";
import path from "path";
import {
  disponibiliteitshonorarium,
  forfaitTechnisch,
  kamersupplement,
  medicatieAlgemeen,
  medicatiePsychiatrisch,
  psychiatrischOnderzoek,
  REMGELD_PARAMETERS,
  remgeldHoog,
  remgeldLaag,
  remgeldLang,
  remgeldToeslag,
  toezichtA,
  toezichtT,
} from "../../src/rules/remgeld";
import type { DatedParameter } from "../../src/rules/parameters";
import { day } from "../helpers/excel";

const FILE = path.resolve(__dirname, "../../src/rules/parameters/remgeld.json");
const text = fs.readFileSync(FILE, "utf8");
const json = JSON.parse(text) as Record<string, { name: string; label?: string; values: { from: string; source: unknown }[] }>;

describe("remgeld.json: sources and labels", () => {
  test.each(Object.entries(json))("%s: a Dutch label and, for every value, a structured source", (_key, p) => {
    expect((p.label ?? "").trim().length).toBeGreaterThan(0);
    for (const v of p.values) {
      const s = v.source as Record<string, unknown>;
      expect(typeof s).toBe("object");
      for (const field of ["document", "publisher", "date"]) {
        expect(typeof s[field]).toBe("string");
        expect((s[field] as string).trim().length).toBeGreaterThan(0);
      }
      if (s.url !== undefined) expect(s.url).toMatch(/^https:\/\//);
    }
  });
  test("no file names, developer notes or placeholders anywhere in the file", () => {
    for (const bad of ["seeds/", ".txt", "SPEC", "plaatshouder"]) expect(text).not.toContain(bad);
  });
  test("the seed is cited by its title, publisher and date", () => {
    const seed = json.laag.values[0].source;
    expect(seed).toEqual({ document: "Kosten verbonden aan een opname", publisher: "tarievenblad van een psychiatrisch centrum", date: "vóór 2018" });
  });
  test("every parameter of the file is loaded, and every loaded one is in the file", () => {
    expect(REMGELD_PARAMETERS.map((p) => p.name).sort()).toEqual(Object.values(json).map((p) => p.name).sort());
  });
  test("the refs users see carry the label and a citation, never the id", () => {
    for (const p of REMGELD_PARAMETERS) {
      for (const e of p.entries) {
        expect(e.ref.label).not.toContain("remgeld_");
        expect(e.ref.source).not.toMatch(/remgeld_|\.json|seeds/);
      }
    }
  });
});

const at = (p: DatedParameter<unknown>, iso: string) => (p.at(day(iso)).value as { toFixed(n: number): string }).toFixed(2);

describe("the values of research/ziekenhuis.md on and around their dates", () => {
  // [date, laag, hoog, lang, toeslag]
  const table: [string, string, string, string, string][] = [
    ["1900-01-01", "5.44", "15.31", "25.52", "27.27"], // seed: start unknown, in force on every earlier date
    ["2017-12-31", "5.44", "15.31", "25.52", "27.27"],
    ["2018-01-01", "5.66", "15.93", "26.55", "27.27"],
    ["2019-06-30", "5.66", "15.93", "26.55", "27.27"],
    ["2019-07-01", "5.77", "16.25", "26.55", "27.27"], // lang: no 2019 value, 2018's stays
    ["2021-01-01", "5.77", "16.57", "26.55", "27.27"], // only hoog changes
    ["2021-12-31", "5.77", "16.57", "26.55", "27.27"],
    ["2022-01-01", "6.12", "17.24", "28.74", "27.27"],
    ["2023-01-01", "6.76", "19.04", "28.74", "27.27"],
    ["2023-12-31", "6.76", "19.04", "28.74", "27.27"],
    ["2024-01-01", "6.90", "19.42", "28.74", "27.27"],
    ["2030-06-01", "6.90", "19.42", "28.74", "27.27"],
  ];
  test.each(table)("%s: laag %s, hoog %s, lang %s, toeslag %s", (iso, laag, hoog, lang, toeslag) => {
    expect([at(remgeldLaag, iso), at(remgeldHoog, iso), at(remgeldLang, iso), at(remgeldToeslag, iso)]).toEqual([laag, hoog, lang, toeslag]);
  });
  test("examination fee 4.70, 4.96 from 1/1/2021; forfait 16.40; medication 0.62 / 0.80; room 5.00; leave day 0.47", () => {
    expect(at(psychiatrischOnderzoek, "2020-12-31")).toBe("4.70");
    expect(at(psychiatrischOnderzoek, "2021-01-01")).toBe("4.96");
    expect(at(forfaitTechnisch, "1990-01-01")).toBe("16.40");
    expect(at(forfaitTechnisch, "2025-01-01")).toBe("16.40");
    expect(at(medicatieAlgemeen, "1990-01-01")).toBe("0.62");
    expect(at(medicatiePsychiatrisch, "2025-01-01")).toBe("0.80");
    expect(at(kamersupplement, "2025-01-01")).toBe("5.00");
    expect(at(disponibiliteitshonorarium, "2025-01-01")).toBe("0.47");
  });
  test("toezicht tables A and T (seed 003; months as 30-day blocks)", () => {
    const bands = (p: typeof toezichtA) => p.latest().value.map((b) => [b.fromDay, b.toDay, b.amount.toFixed(2)]);
    expect(bands(toezichtA)).toEqual([[1, 30, "4.96"], [31, 90, "3.73"], [91, 180, "1.69"], [181, Infinity, "0.93"]]);
    expect(bands(toezichtT)).toEqual([[1, 12, "4.08"], [13, 60, "3.69"], [61, 180, "2.31"], [181, 360, "1.54"], [361, Infinity, "0.64"]]);
  });
});
