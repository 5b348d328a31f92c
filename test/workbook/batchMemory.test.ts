/** The in-memory adapter runs the same runner: the Schaal list is used, edits between chunks stop the run. */
import { sampleDossierList } from "../../src/dossiers";
import { createMemoryBatchPort } from "../../src/workbook/batchMemory";

const H = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort"];
const signal = () => new AbortController().signal;

test("a list named Schaal is the scale (the memory path used to ignore it)", async () => {
  // scale: 0 persons ten laste, from 0 without upper bound, 42 euro a month; kindsdeel 900 / 1 = 900 -> bijdrage 42
  const port = createMemoryBatchPort([
    { name: "Lijst", rows: [H, ["A", "a", 40000, null, 0, 900]] },
    { name: "Schaal", rows: [[0, 0, null, 42]] },
  ]);
  expect((await port.listSources()).map((s) => s.id)).toEqual(["blad:Lijst"]);
  const report = await port.run("blad:Lijst", () => undefined, signal());
  expect(report).toMatchObject({ method: "schaal", schaalBron: "blad Schaal", ok: 1 });
  expect(port.lists[0].rows[1].slice(-2)).toEqual([42, "OK"]);
});

test("rows sorted between two chunks: the run stops, nothing more is written", async () => {
  const rows = sampleDossierList(300, { seed: 4 }) as unknown[][];
  let trips = 0;
  const port = createMemoryBatchPort([{ name: "Lijst", rows }], {
    chunkRows: 100,
    beforeRoundTrip: () => {
      trips++;
      // after the first write chunk, the user sorts the rows from 150 on in reverse
      if (rows[1].length > 11 && rows[150].length === 11 && trips > 0) {
        const tail = rows.splice(150).reverse();
        rows.push(...tail);
      }
    },
  });
  await expect(port.run("blad:Lijst", () => undefined, signal())).rejects.toThrow(/^De lijst is gewijzigd terwijl ze herberekend werd: rij \d+ hoorde bij dossier/);
  expect(rows.slice(150).every((r) => r.length === 11)).toBe(true);
});
