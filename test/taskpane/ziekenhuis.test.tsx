/**
 * The "Ziekenhuis" tab: a hospital history typed in, the own share and its breakdown (from the rules engine), errors
 * said per admission, and "Naar werkblad" writing a sheet whose =OCMW.REMGELD.OPNAMES formula recalculates to the
 * pane's figure (evaluated with the real custom functions, empty cells as Excel on the web and on Windows pass them).
 */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { emptyForm } from "../../src/taskpane/model";
import { sampleBatchPort, sampleWorkbook } from "../../src/taskpane/sample";
import { loadExcelFunctions, serial, type ExcelFn } from "../helpers/excel";
import { field, TODAY } from "./helpers";
import { SheetEvaluator } from "./sheetFormulas";

// a shared machine: rendering the whole pane per keystroke is slow there
jest.setTimeout(30_000);

/** Replaces a field's text at once (select all, paste), as a user pasting a date. */
async function typeInto(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  if (text !== "") {
    await user.click(input);
    await user.paste(text);
  }
}

let fns: Map<string, ExcelFn>;
beforeAll(async () => {
  fns = await loadExcelFunctions();
}, 30_000);

function renderPane() {
  const workbook = sampleWorkbook();
  workbook.delay = 0;
  const user = userEvent.setup();
  render(<App port={workbook} batchPort={sampleBatchPort()} preview={true} dark={false} initialForm={emptyForm(TODAY)} today={() => TODAY} />);
  return { user, workbook };
}

const panel = () => screen.getByRole("tabpanel", { name: "Ziekenhuis" });
const result = () => within(panel()).getByRole("region", { name: "Resultaat ziekenhuis" });

async function enterTwoAdmissions(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("tab", { name: "Ziekenhuis" }));
  await typeInto(user, field("Opnamedatum", "Opname 1"), "01/01/2024");
  await typeInto(user, field("Ontslagdatum", "Opname 1"), "11/01/2024");
  await user.click(within(panel()).getByRole("button", { name: "Opname toevoegen" }));
  await typeInto(user, field("Opnamedatum", "Opname 2"), "08/02/2024");
  await typeInto(user, field("Ontslagdatum", "Opname 2"), "13/02/2024");
}

test("two admissions 28 days apart in a general hospital: € 360,67 with the breakdown per admission", async () => {
  const { user } = renderPane();
  await enterTwoAdmissions(user);
  // by hand (test/cases/remgeld_opnames.csv): 244.07 + 116.60 = 360.67
  const row = within(result()).getByRole("row", { name: /^Remgeld / });
  expect(row).toHaveTextContent("€ 360,67");
  expect(result()).toHaveTextContent("Subtotaal opname 1 (rij 1)");
  expect(result()).toHaveTextContent("€ 244,07");
  expect(result()).toHaveTextContent("de dagtelling loopt door, dagen 11-15");
});

test("psychiatric hospital, the second one a transfer: 245.87 + (5 x 19.42 + 5 x 0.80, no forfait = 101.10) = 346.97", async () => {
  const { user } = renderPane();
  await enterTwoAdmissions(user);
  await user.selectOptions(within(panel()).getByRole("combobox", { name: "Ziekenhuis" }), "psychiatrisch");
  await user.click(within(screen.getByRole("group", { name: "Opname 2" })).getByRole("checkbox", { name: "Overgeplaatst uit een ander ziekenhuis" }));
  expect(within(result()).getByRole("row", { name: /^Remgeld / })).toHaveTextContent("€ 346,97");
});

test("a wrong date is said on its field; overlapping admissions are said per admission; no sheet is written", async () => {
  const { user } = renderPane();
  await enterTwoAdmissions(user);
  await typeInto(user, field("Ontslagdatum", "Opname 2"), "31/02/2024");
  expect(field("Ontslagdatum", "Opname 2")).toHaveAttribute("aria-invalid", "true");
  await typeInto(user, field("Ontslagdatum", "Opname 2"), "13/02/2024");
  await typeInto(user, field("Opnamedatum", "Opname 2"), "10/01/2024");
  expect(result()).toHaveTextContent(/Opname 2: .*mogen niet overlappen/);
  expect(within(panel()).getByRole("button", { name: "Naar werkblad" })).toBeDisabled();
});

test.each(["null", "zero"] as const)("Naar werkblad writes a live =OCMW.REMGELD.OPNAMES that recalculates to € 360,67 (empty cells as %s)", async (blank) => {
  const { user, workbook } = renderPane();
  await enterTwoAdmissions(user);
  await user.click(within(panel()).getByRole("button", { name: "Naar werkblad" }));
  expect(await within(panel()).findByRole("status")).toHaveTextContent('Geschreven naar werkblad "Ziekenhuis"');
  const plan = workbook.written[workbook.written.length - 1].plan;
  const formula = plan.cells.flat().find((c) => typeof c === "string" && c.startsWith("=OCMW.REMGELD.OPNAMES("));
  expect(formula).toBeDefined();
  // the dates are written as date serials, not as text
  expect(plan.cells.flat()).toEqual(expect.arrayContaining([serial("2024-01-01"), serial("2024-02-13")]));
  const sheet = new SheetEvaluator(plan.cells, fns, blank);
  expect(sheet.byLabel("Remgeld")).toBe(360.67);
  const uitlegRow = plan.cells.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("=OCMW.REMGELD.OPNAMES.UITLEG("));
  const uitleg = sheet.cell(uitlegRow, 0) as unknown[][];
  expect(uitleg[uitleg.length - 1]).toEqual(["Remgeld voor alle opnames", 360.67]);
});
