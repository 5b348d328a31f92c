/**
 * The build step that writes functions.fr.json and help.fr.html (scripts/build/help-plugin.js with the French
 * catalogue), run through webpack with the real metadata generator on functions/functions.ts and a tiny entry (so no
 * bundle of the add-in is needed): a complete catalogue gives both files; a catalogue that lacks a function or has an
 * entry that no longer exists makes the build fail (webpack reports an error, so `webpack` exits with 1).
 */
import fs from "fs";
import os from "os";
import path from "path";
import webpack from "webpack";
import { JSDOM } from "jsdom";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const HelpPagePlugin = require("../../scripts/build/help-plugin");

const ROOT = path.resolve(__dirname, "../..");
const BASE = "https://rekenhulp.ocmw-voorbeeld.be/excel";
jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocmw-fr-"));
  fs.writeFileSync(path.join(dir, "entry.js"), "module.exports = 1;\n");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Builds with `catalogue` as the French catalogue; the written files and the errors. */
function build(name: string, catalogue: unknown): Promise<{ errors: string[]; out: string }> {
  const file = path.join(dir, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(catalogue));
  const out = path.join(dir, name);
  const compiler = webpack({
    mode: "production",
    context: ROOT,
    entry: path.join(dir, "entry.js"),
    output: { path: out, filename: "entry.js" },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./functions/functions.ts", output: "functions.json" }),
      new HelpPagePlugin({
        base: BASE,
        namespace: "OCMW",
        parametersDir: path.join(ROOT, "src/rules/parameters"),
        examplesFile: path.join(ROOT, "scripts/build/voorbeelden.json"),
        frenchCatalogue: file,
      }),
    ],
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || !stats) return reject(error);
      resolve({ errors: stats.compilation.errors.map((e) => e.message), out });
    }),
  );
}

const catalogue = () => JSON.parse(fs.readFileSync(path.join(ROOT, "functions/catalogue.fr.json"), "utf8"));

test("with the project's catalogue: functions.fr.json beside functions.json, and help.fr.html in French", async () => {
  const { errors, out } = await build("ok", catalogue());
  expect(errors).toEqual([]);
  const nl = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8"));
  const fr = JSON.parse(fs.readFileSync(path.join(out, "functions.fr.json"), "utf8"));
  expect(fr.functions.map((f: { id: string }) => f.id)).toEqual(nl.functions.map((f: { id: string }) => f.id));
  const kindsdeel = fr.functions.find((f: { id: string }) => f.id === "KINDSDEEL");
  expect(kindsdeel.description).toMatch(/^Part d'enfant/);
  expect(kindsdeel.helpUrl).toBe(`${BASE}/help.fr.html#ocmw-kindsdeel`);
  expect(nl.functions.find((f: { id: string }) => f.id === "KINDSDEEL").helpUrl).toBe(`${BASE}/help.html#ocmw-kindsdeel`);

  const page = new JSDOM(fs.readFileSync(path.join(out, "help.fr.html"), "utf8")).window.document;
  expect(page.documentElement.lang).toBe("fr-BE");
  for (const fn of fr.functions) {
    const section = page.getElementById(fn.helpUrl.split("#")[1]);
    expect(section?.querySelector("h3")?.textContent).toBe(`OCMW.${fn.name}`);
    expect(section?.querySelector("p")?.textContent).toBe(fn.description);
  }
  const section = page.getElementById("ocmw-kindsdeel")!;
  expect(section.querySelector(".syntax")?.textContent).toBe("=OCMW.KINDSDEEL(deficit ; nombre_enfants)");
  const example = [...section.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
  expect(example[0]).toEqual(["=OCMW.KINDSDEEL(643,25; 2)", "321,62"]);
  // voorbeelden.json's Dutch explanations stay out; a result in words is said in French
  // (the link to the Dutch page is marked lang="nl-BE")
  expect(page.querySelector('[lang="nl-BE"] a')?.getAttribute("href")).toBe("help.html");
  const french = page.body.cloneNode(true) as HTMLElement;
  french.querySelectorAll('[lang^="nl"]').forEach((e) => e.remove());
  expect(french.textContent).not.toMatch(/\b(kindsdeel|bedrag|leeg|Uitkomst|Voorbeelden|verplicht|optioneel|een|van|het|tabel|kolommen|naar)\b/);
  // where the amounts come from, in French: the parameters' French labels, dates and amounts the fr-BE way, the cited
  // titles as published (marked Dutch), the publishers and source dates in French
  const sources = page.getElementById("sources")!;
  expect(sources.textContent).toBe("Origine des montants");
  const zakgeld = [...page.querySelectorAll("section.parameter")].find((s) => /argent de poche/i.test(s.querySelector("h3")?.textContent ?? ""));
  expect(zakgeld).toBeDefined();
  const firstRow = [...zakgeld!.querySelectorAll("tbody tr")][0].querySelectorAll("td");
  expect(firstRow[0].textContent).toBe("01/07/2016");
  expect(firstRow[1].textContent).toBe("1\u202f119,00");
  expect(firstRow[2].querySelector("cite")?.getAttribute("lang")).toBe("nl-BE");
  expect(firstRow[2].textContent).toMatch(/, OCMW-infoblad, s\.d\. \(après juillet 2016\)$/);
  expect(page.body.textContent).toContain("date d'entrée en vigueur inconnue");
  const uitleg = [...page.getElementById("ocmw-bijdrage-uitleg")!.querySelectorAll("tbody td")].map((td) => td.textContent);
  expect(uitleg).toEqual(["=OCMW.BIJDRAGE.UITLEG(31723; ; 2; 500; DATE(2009;3;25))", "un tableau de deux colonnes"]);
}, 120_000);

test("a function without French text, or an entry that no longer exists, fails the build with both named", async () => {
  const broken = catalogue();
  delete broken.functions.KINDSDEEL;
  broken.functions["OUDE.FUNCTIE"] = { description: "Ancienne fonction.", parameters: {} };
  const { errors, out } = await build("broken", broken);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/functions\.fr\.json: de Franse teksten van de functies .* kloppen niet/);
  expect(errors[0]).toMatch(/functie KINDSDEEL heeft geen Franse tekst/);
  expect(errors[0]).toMatch(/functie OUDE\.FUNCTIE staat in de Franse catalogus maar niet in functions\.json/);
  expect(fs.existsSync(path.join(out, "functions.fr.json"))).toBe(false);
}, 120_000);
