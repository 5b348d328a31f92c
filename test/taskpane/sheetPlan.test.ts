/**
 * The calculation sheet of "Naar werkblad": inputs in labelled cells, results as live OCMW formulas over them. The
 * sheet is evaluated here with the real OCMW.* custom functions (test/taskpane/sheetFormulas.ts) and must give the task
 * pane's figures, with Excel on the web (empty cell = null) and on Windows (empty cell = 0) alike.
 */
import { loadExcelFunctions, type ExcelFn } from "../helpers/excel";
import { traceRows } from "../../src/rules";
import { collectNotices, evaluate, type DossierForm } from "../../src/taskpane/model";
import { sampleForm } from "../../src/taskpane/sample";
import { buildSheetPlan, scaleArgument, sheetBaseName, textCell } from "../../src/taskpane/sheetPlan";
import { fixedSampleForm } from "./fixtures";
import { SheetEvaluator, type BlankMode } from "./sheetFormulas";
import { TEST_SCALE_HEADER, TEST_SCALE_ROWS } from "../helpers/scale";

let functions: Map<string, ExcelFn>;
beforeAll(async () => {
  functions = await loadExcelFunctions();
}, 60_000);

const SCALE = [TEST_SCALE_HEADER, ...TEST_SCALE_ROWS];

function sheetFor(form: DossierForm, blank: BlankMode) {
  const evaluation = evaluate(form);
  expect(evaluation.complete).toBe(true);
  const plan = buildSheetPlan(form, evaluation);
  return { evaluation, plan, sheet: new SheetEvaluator(plan.cells, functions, blank, { Schaal: SCALE }) };
}

function childRows(plan: ReturnType<typeof buildSheetPlan>, names: string[]): number[] {
  return names.map((n) => plan.cells.findIndex((row) => row[0] === n || row[0] === `'${n}`));
}

describe.each<BlankMode>(["null", "zero"])("the written sheet recalculates to the task pane's figures (empty cell = %s)", (blank) => {
  test("sample dossier, built-in approximation (01/03/2022, typed zakgeld 93,25)", () => {
    const { evaluation, plan, sheet } = sheetFor(fixedSampleForm(), blank);
    expect(sheet.byLabel("Tekort")).toBe(evaluation.tekort!.value.toNumber());
    expect(sheet.byLabel("Tekort")).toBe(643.25);
    expect(sheet.byLabel("Aantal kinderen")).toBe(2);
    expect(sheet.byLabel("Kindsdeel")).toBe(321.62);
    const rows = childRows(plan, ["An Janssens", "Bart Janssens"]);
    expect(rows.every((r) => r > 0)).toBe(true);
    expect(rows.map((r) => sheet.cell(r, 6))).toEqual(evaluation.kinderen.map((k) => k.bijdrage!.value.toNumber()));
    expect(rows.map((r) => sheet.cell(r, 6))).toEqual([191.15, 86.15]);
    // VRIJSTELLING on 01/03/2024: 25 284,89 + 1 x 3 539,89; + 2 x 3 539,89
    expect(rows.map((r) => sheet.cell(r, 5))).toEqual([28824.78, 32364.67]);
    // OCMW.AANDEEL(643,25; 191,15 + 86,15 = 277,30) = 365,95, exactly (decimal money in the function)
    expect(sheet.byLabel("Aandeel OCMW")).toBe(365.95);
    expect(sheet.byLabel("Aandeel OCMW")).toBe(evaluation.aandeel!.value.toNumber());
    expect(sheet.byLabel("Totaal teruggevorderd")).toBeCloseTo(277.3, 10);
  });

  test("the chart's data block: a name and a live amount per part, the same figures as the pane", () => {
    const { evaluation, plan, sheet } = sheetFor(fixedSampleForm(), blank);
    expect(plan.charts).toHaveLength(1);
    const chart = plan.charts![0];
    expect(chart).toMatchObject({ type: "BarStacked", seriesBy: "Rows", title: "Verdeling van het tekort per maand" });
    expect(chart.data).toMatchObject({ col: 0, colCount: 2, rowCount: 4 }); // header + 2 children + OCMW
    const rows = Array.from({ length: chart.data.rowCount }, (_, r) => [sheet.cell(chart.data.row + r, 0), sheet.cell(chart.data.row + r, 1)]);
    expect(rows).toEqual([
      ["Deel", "Per maand"],
      ["An Janssens", 191.15],
      ["Bart Janssens", 86.15],
      ["Aandeel OCMW", 365.95],
    ]);
    expect(rows.slice(1).map((r) => r[1])).toEqual([...evaluation.kinderen.map((k) => k.bijdrage!.value.toNumber()), evaluation.aandeel!.value.toNumber()]);
    // every amount is a reference to the figure's own cell, never a pasted value
    for (let r = 1; r < chart.data.rowCount; r++) expect(String(plan.cells[chart.data.row + r][1])).toMatch(/^=[A-G]\d+$/);
    // the chart covers empty rows under its data, across the sheet's 7 columns
    expect(chart.area).toMatchObject({ row: chart.data.row + chart.data.rowCount, col: 0, colCount: 7 });
    for (let r = chart.area.row; r < chart.area.row + chart.area.rowCount; r++) expect(plan.cells[r].every((v) => v === null)).toBe(true);
  });

  test("an own zakgeld in the Zakgeld cell is used; an empty one means the zakgeld in force", () => {
    const form = { ...sampleForm(), zakgeld: "100" };
    const { sheet } = sheetFor(form, blank);
    expect(sheet.byLabel("Zakgeld")).toBe(100);
    expect(sheet.byLabel("Tekort")).toBe(650);
    const { sheet: inForce } = sheetFor(sampleForm(), blank);
    expect(inForce.byLabel("Zakgeld")).toBeNull(); // the cell is empty ...
    expect(inForce.byLabel("Tekort")).toBe(665.95); // ... and OCMW.TEKORT uses 115,95, not 0
  });

  test("no extra costs: one row 'Geen bijkomende kosten' with 0", () => {
    const form = { ...sampleForm(), kosten: [] };
    const { sheet } = sheetFor(form, blank);
    expect(sheet.byLabel("Geen bijkomende kosten")).toBe(0);
    expect(sheet.byLabel("Tekort")).toBe(515.95); // 1 800 + 115,95 - 1 400
  });

  test("a kadastraal inkomen and a partner income reach OCMW.BIJDRAGE", () => {
    const form = sampleForm();
    form.kinderen[0] = { ...form.kinderen[0], partnerInkomen: "5.000", kadastraalInkomen: "2.500" };
    const { evaluation, plan, sheet } = sheetFor(form, blank);
    const [an] = childRows(plan, ["An Janssens"]);
    expect(sheet.cell(an, 6)).toBe(evaluation.kinderen[0].bijdrage!.value.toNumber());
  });

  test("OCMW.BIJDRAGE.UITLEG spills the same steps as the task pane's trace (with room to spare)", () => {
    const { evaluation, plan, sheet } = sheetFor(sampleForm(), blank);
    const uitlegRows = plan.cells
      .map((row, r) => ({ row: r, value: row[0] }))
      .filter((x) => typeof x.value === "string" && x.value.startsWith("=OCMW.BIJDRAGE.UITLEG("));
    expect(uitlegRows).toHaveLength(2);
    uitlegRows.forEach((x, i) => {
      const spilled = sheet.cell(x.row, 0) as unknown[][];
      expect(Array.isArray(spilled)).toBe(true);
      if (blank === "null") expect(spilled).toEqual(traceRows(evaluation.kinderen[i].bijdrage!.steps));
      // the rows below the formula are free for the spill
      const next = i + 1 < uitlegRows.length ? uitlegRows[i + 1].row - 1 : plan.cells.length;
      expect(next - x.row).toBeGreaterThanOrEqual(spilled.length);
      for (let r = x.row + 1; r < x.row + spilled.length; r++) expect(plan.cells[r].every((v) => v === null)).toBe(true);
    });
  });
});

test("with a scale table, the sheet passes the table and gets the scale's amounts (empty cell = null)", () => {
  const form: DossierForm = { ...sampleForm(), schaal: { method: "schaal", ref: { kind: "table", name: "Schaal" }, label: "tabel Schaal", values: SCALE } };
  const { evaluation, plan, sheet } = sheetFor(form, "null");
  const rows = childRows(plan, ["An Janssens", "Bart Janssens"]);
  expect(rows.map((r) => sheet.cell(r, 6))).toEqual([75, 90]);
  expect(rows.map((r) => sheet.cell(r, 6))).toEqual(evaluation.kinderen.map((k) => k.bijdrage!.value.toNumber()));
  expect(plan.cells.flat().some((v) => v === "Berekening")).toBe(true);
  expect(sheet.byLabel("Berekening")).toBe("Officiële schaal: Schaal[#All]");
});

describe("the sheet's layout", () => {
  test("inputs are values in labelled cells, results are formulas (never pasted values)", () => {
    const form = sampleForm();
    const plan = buildSheetPlan(form, evaluate(form));
    const valueOf = (label: string) => plan.cells.find((row) => row[0] === label)?.[1];
    expect(valueOf("Datum")).toBe(45352);
    expect(valueOf("Ligdagprijs")).toBe(60);
    expect(valueOf("Dagen")).toBe(30);
    expect(valueOf("Inkomsten")).toBe(1400);
    expect(valueOf("Medicatie en dokter")).toBe(80);
    for (const label of ["Tekort", "Aantal kinderen", "Kindsdeel", "Totaal teruggevorderd", "Aandeel OCMW"]) {
      expect(String(valueOf(label))).toMatch(/^=/);
    }
    // B6 Datum, B7 Ligdagprijs, B8 Dagen, B9 Inkomsten, B10 Zakgeld, B13:B15 the three cost lines
    expect(valueOf("Tekort")).toBe('=OCMW.TEKORT(B7,B8,B13:B15,B9,IF(ISBLANK(B10),"",B10),B6)');
    expect(String(valueOf("Kindsdeel"))).toMatch(/^=OCMW\.KINDSDEEL\(B\d+,B\d+\)$/);
    // the OCMW's share: OCMW.AANDEEL over the tekort and the children's Bijdrage column (G), not =SUM/=MAX
    const [first, last] = ["An Janssens", "Bart Janssens"].map((n) => plan.cells.findIndex((row) => row[0] === n) + 1);
    const tekortRow = plan.cells.findIndex((row) => row[0] === "Tekort") + 1;
    expect(valueOf("Aandeel OCMW")).toBe(`=OCMW.AANDEEL(B${tekortRow},G${first}:G${last})`);
    expect(plan.cells.flat().some((v) => typeof v === "string" && /SUM\(|MAX\(/.test(v))).toBe(false);
    expect(plan.formats.find((_, r) => plan.cells[r][0] === "Datum")?.[1]).toBe("date");
    expect(plan.formats.find((_, r) => plan.cells[r][0] === "Tekort")?.[1]).toBe("euro");
  });

  test("the approximation is said on the sheet, once; the scale is named when used", () => {
    const form = sampleForm();
    const cells = buildSheetPlan(form, evaluate(form)).cells.flat();
    expect(cells.filter((v) => typeof v === "string" && /^BENADERING: .*Beslissingen vragen de officiële schaaltabel/.test(v))).toHaveLength(1);
  });

  test("every warning the results carry is written once (e.g. a stale indexed amount)", () => {
    const form = sampleForm();
    const evaluation = evaluate(form);
    const stale = { kind: "verouderd" as const, text: "Mogelijk verouderd: de laatst gekende indexsprong is van 1/3/2026; controleer of er sindsdien een nieuwe was." };
    // the same notice carried by two results (the tekort's zakgeld and a contribution's threshold) is one warning
    evaluation.tekort!.notices = [stale];
    evaluation.kinderen[0].bijdrage!.notices = [stale];
    evaluation.notices = collectNotices([evaluation.tekort, ...evaluation.kinderen.map((k) => k.bijdrage)]);
    const cells = buildSheetPlan(form, evaluation).cells.flat();
    expect(cells.filter((v) => v === stale.text)).toHaveLength(1);
    expect(cells.filter((v) => typeof v === "string" && v.startsWith("BENADERING: "))).toHaveLength(1);
  });

  test("the sheet is named after the dossier", () => {
    expect(sheetBaseName("Peeters")).toBe("Dossier Peeters");
    expect(sheetBaseName("  ")).toBe("Dossier");
  });

  test("the scale argument: a table with its header, or an absolute range", () => {
    const base = sampleForm();
    expect(scaleArgument(base)).toBe("");
    expect(scaleArgument({ ...base, schaal: { method: "schaal", ref: { kind: "table", name: "Schaal2024" } } })).toBe("Schaal2024[#All]");
    expect(scaleArgument({ ...base, schaal: { method: "schaal", ref: { kind: "range", address: "Blad1!A1:D9" } } })).toBe("Blad1!$A$1:$D$9");
    expect(scaleArgument({ ...base, schaal: { method: "schaal", ref: { kind: "range", address: "'Mijn schaal'!B2:E20" } } })).toBe(
      "'Mijn schaal'!$B$2:$E$20",
    );
  });

  test("typed text stays text: names like '=1+1', '007' or '1/3' get a leading apostrophe", () => {
    expect(textCell("An")).toBe("An");
    expect(textCell("=1+1")).toBe("'=1+1");
    expect(textCell("007")).toBe("'007");
    expect(textCell("1/3")).toBe("'1/3");
    expect(textCell("+32 2 123")).toBe("'+32 2 123");
    expect(textCell("WAAR")).toBe("'WAAR");
    expect(textCell("")).toBe("");
  });

  test("refuses an incomplete form", () => {
    const form = { ...sampleForm(), ligdagprijs: "-1" };
    expect(() => buildSheetPlan(form, evaluate(form))).toThrow(/niets geschreven/);
  });
});
