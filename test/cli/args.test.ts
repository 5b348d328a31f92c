/** The command line's arguments (issue 10, item 6): node:util parseArgs, strict, every message Dutch, exit 1. */
import { main, USAGE } from "../../src/cli/herbereken";
import { capture } from "../helpers/cli";

test.each([
  [["lijst.xlsx", "-o", "uit.xlsx"], "Onbekende optie -o. De opties zijn --uit, --overschrijf, --blad, --schaal, --taal en --help."],
  [["lijst.xlsx", "--kleur=rood"], "Onbekende optie --kleur. De opties zijn --uit, --overschrijf, --blad, --schaal, --taal en --help."],
  [["lijst.xlsx", "--uit"], "Optie --uit vraagt een waarde, bv. --uit uitvoer.xlsx."],
  [["lijst.xlsx", "--uit", "--overschrijf"], "Optie --uit vraagt een waarde, bv. --uit uitvoer.xlsx."],
  [["lijst.xlsx", "--blad="], "Optie --blad vraagt een waarde."],
  [["lijst.xlsx", "--overschrijf=ja"], "Optie --overschrijf neemt geen waarde (schrijf gewoon --overschrijf)."],
  [["lijst.xlsx", "--uit", "a.xlsx", "--uit", "b.xlsx"], "Optie --uit staat er 2 keer; geef ze één keer."],
  [[], "Geef het invoerbestand op."],
  [["a.xlsx", "b.xlsx"], "Eén invoerbestand verwacht, maar kreeg er 2: a.xlsx, b.xlsx."],
])("%j: exit 1, a Dutch message, then the usage", async (argv, message) => {
  const { out, io } = capture();
  expect(await main(argv, io)).toBe(1);
  expect(out.stderr).toBe(`Fout: ${message}\n\n${USAGE}\n`);
  expect(out.stdout).toBe("");
});

test.each([["--help"], ["-h"], ["lijst.xlsx", "--help"]])("%j: the help in Dutch on stdout, exit 0", async (...argv) => {
  const { out, io } = capture();
  expect(await main(argv, io)).toBe(0);
  expect(out.stdout).toBe(`${USAGE}\n`);
  expect(out.stdout).toMatch(/^Gebruik: npm run herbereken -- INVOER/);
  expect(out.stdout).toContain("--overschrijf");
  expect(out.stderr).toBe("");
});

test("a file whose name starts with a dash can be given after --", async () => {
  const { out, io } = capture();
  expect(await main(["--", "-lijst.xlsx"], io)).toBe(1);
  expect(out.stderr).toMatch(/^Fout: Bestand niet gevonden: .*-lijst\.xlsx/);
});
