/**
 * The "Ziekenhuis" tab: a hospital history typed in, the own share and its breakdown (from the rules engine), errors
 * said per admission, and "Naar werkblad" writing a sheet whose =OCMW.REMGELD.OPNAMES formula recalculates to the
 * pane's figure (evaluated with the real custom functions, empty cells as Excel on the web and on Windows pass them).
 * In the preview the tab opens with a sample history: two admissions 28 days apart (01/01-11/01/2024 and
 * 08/02-13/02/2024), by hand (test/cases/remgeld_opnames.csv) 244,07 + 116,60 = 360,67.
 */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { emptyForm } from "../../src/taskpane/model";
import { sampleBatchPort, sampleWorkbook } from "../../src/taskpane/sample";
import { ZiekenhuisPanel } from "../../src/taskpane/ziekenhuis";
import type { WorkbookPort } from "../../src/workbook/port";
import { loadExcelFunctions, serial, type ExcelFn } from "../helpers/excel";
import { field, TODAY, typeInto } from "./helpers";
import { SheetEvaluator } from "./sheetFormulas";

// a shared machine: rendering the whole pane per keystroke is slow there
jest.setTimeout(30_000);

let fns: Map<string, ExcelFn>;
beforeAll(async () => {
  fns = await loadExcelFunctions();
}, 30_000);

function renderPane(language: "nl" | "fr" = "nl") {
  const workbook = sampleWorkbook(language);
  workbook.delay = 0;
  const user = userEvent.setup();
  render(
    <App
      port={workbook}
      batchPort={sampleBatchPort(language)}
      preview={true}
      dark={false}
      initialForm={emptyForm(TODAY)}
      today={() => TODAY}
      language={language}
    />,
  );
  return { user, workbook };
}

const panel = () => screen.getByRole("tabpanel", { name: "Ziekenhuis" });
const result = () => within(panel()).getByRole("region", { name: "Resultaat ziekenhuis" });
const remgeld = () => within(result()).getByRole("row", { name: /^Remgeld / });

/** The Ziekenhuis tab of the preview: the sample history (Opname 1 and 2) is already there. */
async function openTab(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("tab", { name: "Ziekenhuis" }));
}

describe("the preview's sample history", () => {
  test("the tab opens with two admissions 28 days apart: € 360,67 and Naar werkblad enabled", async () => {
    const { user } = renderPane();
    await openTab(user);
    expect(field("Opnamedatum", "Opname 1").value).toBe("01/01/2024");
    expect(field("Ontslagdatum", "Opname 1").value).toBe("11/01/2024");
    expect(field("Opnamedatum", "Opname 2").value).toBe("08/02/2024");
    expect(field("Ontslagdatum", "Opname 2").value).toBe("13/02/2024");
    // by hand: 10 x 19,42 + 27,27 + 10 x 0,62 + 16,40 = 244,07; days 11-15: 5 x 19,42 + 5 x 0,62 + 16,40 = 116,60
    expect(remgeld()).toHaveTextContent("€ 360,67");
    expect(within(panel()).getByRole("button", { name: "Naar werkblad" })).toBeEnabled();
  });

  test("in Excel (not the preview) the tab opens with one empty admission and nothing in red", () => {
    const excel = Object.assign(Object.create(sampleWorkbook()) as WorkbookPort, { mode: "excel" as const });
    render(<ZiekenhuisPanel port={excel} />);
    expect(screen.getAllByRole("group", { name: /^Opname \d$/ })).toHaveLength(1);
    expect(field("Opnamedatum", "Opname 1").value).toBe("");
    expect(field("Opnamedatum", "Opname 1")).not.toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByText(/^Ontbreekt/)).toBeNull();
    expect(screen.getByRole("button", { name: "Naar werkblad" })).toBeDisabled();
  });
});

test("the psychiatric hospital, the second admission a transfer: 245,87 + (5 x 19,42 + 5 x 0,80, no forfait = 101,10) = 346,97", async () => {
  const { user } = renderPane();
  await openTab(user);
  await user.selectOptions(within(panel()).getByRole("combobox", { name: "Ziekenhuis" }), "psychiatrisch");
  await user.click(within(screen.getByRole("group", { name: "Opname 2" })).getByRole("checkbox", { name: "Overgeplaatst uit een ander ziekenhuis" }));
  expect(remgeld()).toHaveTextContent("€ 346,97");
});

describe("dates and field errors as in the wizard", () => {
  test("a new admission shows no error before it is typed in; a date typed and cleared says it is missing", async () => {
    const { user } = renderPane();
    await openTab(user);
    await user.click(within(panel()).getByRole("button", { name: "Opname toevoegen" }));
    const opname = field("Opnamedatum", "Opname 3");
    expect(opname).not.toHaveAttribute("aria-invalid", "true");
    expect(field("Ontslagdatum", "Opname 3")).not.toHaveAttribute("aria-invalid", "true");
    expect(within(panel()).queryByText(/^Ontbreekt/)).toBeNull();
    // no figure while a date is missing: the tab says what to do, not in red
    expect(result()).toHaveTextContent("Vul voor elke opname de opname- en ontslagdatum in.");
    await typeInto(user, opname, "1/3/24");
    await typeInto(user, opname, "");
    expect(opname).toHaveAttribute("aria-invalid", "true");
    expect(within(screen.getByRole("group", { name: "Opname 3" })).getByText(/^Ontbreekt; verwacht de opnamedatum/)).toBeInTheDocument();
    // the untouched discharge date of the same admission still says nothing
    expect(field("Ontslagdatum", "Opname 3")).not.toHaveAttribute("aria-invalid", "true");
  });

  test("the date field is the wizard's: 9/2/24 is read, written in full on leaving", async () => {
    const { user } = renderPane();
    await openTab(user);
    const opname2 = field("Opnamedatum", "Opname 2");
    expect(opname2).toHaveAttribute("role", "combobox"); // Fluent's DatePicker
    await typeInto(user, opname2, "9/2/24");
    // by hand: 11/01 -> 09/02 is 29 days (<= 90): days 11-14, 4 x 19,42 + 4 x 0,62 + 16,40 = 96,56; 244,07 + 96,56 = 340,63
    expect(remgeld()).toHaveTextContent("€ 340,63");
    await user.tab();
    expect(opname2.value).toBe("09/02/2024");
  });

  test("a wrong date is said on its field; overlapping admissions are said per admission; no sheet is written", async () => {
    const { user } = renderPane();
    await openTab(user);
    await typeInto(user, field("Ontslagdatum", "Opname 2"), "31/02/2024");
    expect(field("Ontslagdatum", "Opname 2")).toHaveAttribute("aria-invalid", "true");
    await typeInto(user, field("Ontslagdatum", "Opname 2"), "13/02/2024");
    await typeInto(user, field("Opnamedatum", "Opname 2"), "10/01/2024");
    expect(result()).toHaveTextContent(/Opname 2: .*mogen niet overlappen/);
    expect(within(panel()).getByRole("button", { name: "Naar werkblad" })).toBeDisabled();
  });
});

describe("the trace: folded per admission, each source once", () => {
  test("one folded item per admission with its dates and subtotal; opened on demand", async () => {
    const { user } = renderPane();
    await openTab(user);
    const first = within(result()).getByRole("button", { name: "Opname 1: 01/01/2024 tot 11/01/2024, € 244,07" });
    const second = within(result()).getByRole("button", { name: "Opname 2: 08/02/2024 tot 13/02/2024, € 116,60" });
    expect(first).toHaveAttribute("aria-expanded", "false");
    expect(second).toHaveAttribute("aria-expanded", "false");
    expect(result()).not.toHaveTextContent("Subtotaal opname 1 (rij 1)");
    // the joining rule, for the whole history, stays in sight
    expect(result()).toHaveTextContent("onderbreking van hoogstens 90 dagen samengeteld");
    await user.click(second);
    expect(second).toHaveAttribute("aria-expanded", "true");
    expect(result()).toHaveTextContent("de dagtelling loopt door, dagen 11-15");
    expect(result()).toHaveTextContent("Subtotaal opname 2 (rij 2)€ 116,60");
    expect(result()).not.toHaveTextContent("Subtotaal opname 1 (rij 1)");
  });

  test("each cited document once, under the trace, with the values taken from it (not on every line)", async () => {
    const { user } = renderPane();
    await openTab(user);
    for (const header of within(result()).getAllByRole("button", { expanded: false })) await user.click(header);
    const text = result().textContent ?? "";
    // the RIZIV document gives the day amount and the first-day supplement, used on 3 lines of the trace
    expect(text.split("'Verzorging in ziekenhuizen'")).toHaveLength(2);
    expect(text.split("'Forfaitaire kosten'")).toHaveLength(2);
    expect(text.split("'Tarieven geldig op 1 januari 2023'")).toHaveLength(2);
    const bronnen = within(result()).getByRole("button", { name: "Bronnen (3)" });
    expect(bronnen).toHaveAttribute("aria-expanded", "true");
    expect(text).toContain("Persoonlijk aandeel per verpleegdag, gewoon bedrag (geldig vanaf 01/01/2024)");
    expect(text).toContain("Forfait medicatie per dag, algemeen ziekenhuis (ingangsdatum niet gekend)");
  });

  test("admissions out of order and a day hospitalisation between: items in the rule's order, named by their row", async () => {
    const { user } = renderPane();
    await openTab(user);
    // Opname 1 becomes the later stay, Opname 2 a day hospitalisation, Opname 3 the first stay
    await typeInto(user, field("Opnamedatum", "Opname 1"), "08/02/2024");
    await typeInto(user, field("Ontslagdatum", "Opname 1"), "13/02/2024");
    await typeInto(user, field("Opnamedatum", "Opname 2"), "05/01/2024");
    await typeInto(user, field("Ontslagdatum", "Opname 2"), "05/01/2024");
    await user.selectOptions(within(screen.getByRole("group", { name: "Opname 2" })).getByRole("combobox", { name: "Soort" }), "dag");
    await user.click(within(panel()).getByRole("button", { name: "Opname toevoegen" }));
    await typeInto(user, field("Opnamedatum", "Opname 3"), "01/01/2024");
    await typeInto(user, field("Ontslagdatum", "Opname 3"), "11/01/2024");
    // the same history as the sample (the day hospitalisation costs nothing): 360,67
    expect(remgeld()).toHaveTextContent("€ 360,67");
    const headers = within(result())
      .getAllByRole("button", { expanded: false })
      .map((b) => b.textContent);
    expect(headers).toEqual(["Opname 3: 01/01/2024 tot 11/01/2024, € 244,07", "Opname 1: 08/02/2024 tot 13/02/2024, € 116,60", "Bronnen (3)"]);
    expect(result()).toHaveTextContent("Rij 2: daghospitalisatie van 05/01/2024 tot 05/01/2024: geen persoonlijk aandeel");
  });
});

describe("the category: words in the pane's language, the code in the sheet", () => {
  test("Dutch options, short (the pane is 320 px wide), the code as value; Kind ten laste: € 172,87, KIND in the sheet", async () => {
    const { user, workbook } = renderPane();
    await openTab(user);
    const categorie = within(panel()).getByRole("combobox", { name: "Categorie" });
    const options = within(categorie).getAllByRole("option") as HTMLOptionElement[];
    expect(options.map((o) => [o.value, o.textContent])).toEqual([
      ["VT", "Verhoogde tegemoetkoming"],
      ["KIND", "Kind ten laste"],
      ["WERKLOOS", "Langdurig werkloos"],
      ["PTL", "Met personen ten laste"],
      ["ANDER", "Andere gerechtigden"],
    ]);
    await user.selectOptions(categorie, "KIND");
    // by hand (laag 6,90 from 01/01/2024, toeslag 27,27): 10 x 6,90 + 27,27 + 10 x 0,62 + 16,40 = 118,87;
    // 5 x 6,90 + 5 x 0,62 + 16,40 = 54,00; together 172,87
    expect(remgeld()).toHaveTextContent("€ 172,87");
    await user.click(within(panel()).getByRole("button", { name: "Naar werkblad" }));
    await within(panel()).findByRole("status");
    const plan = workbook.written[workbook.written.length - 1].plan;
    expect(plan.cells.find((r) => r[0] === "Categorie")?.[1]).toBe("KIND");
  });

  test("French: French words only (no KIND, ANDER, WERKLOOS), the codes as values and in the sheet", async () => {
    const { user, workbook } = renderPane("fr");
    await user.click(screen.getByRole("tab", { name: "Hôpital" }));
    const hopital = screen.getByRole("tabpanel", { name: "Hôpital" });
    const categorie = within(hopital).getByRole("combobox", { name: "Catégorie" });
    const options = within(categorie).getAllByRole("option") as HTMLOptionElement[];
    expect(options.map((o) => [o.value, o.textContent])).toEqual([
      ["VT", "Intervention majorée"],
      ["KIND", "Enfant à charge"],
      ["WERKLOOS", "Chômeur de longue durée"],
      ["PTL", "Avec personnes à charge"],
      ["ANDER", "Autres bénéficiaires"],
    ]);
    expect(hopital.textContent).not.toMatch(/\b(KIND|ANDER|WERKLOOS|PTL)\b/);
    await user.click(within(hopital).getByRole("button", { name: "Vers une feuille" }));
    await within(hopital).findByRole("status");
    const plan = workbook.written[workbook.written.length - 1].plan;
    expect(plan.cells.find((r) => r[0] === "Catégorie")?.[1]).toBe("ANDER");
  });
});

test.each(["null", "zero"] as const)("Naar werkblad writes a live =OCMW.REMGELD.OPNAMES that recalculates to € 360,67 (empty cells as %s)", async (blank) => {
  const { user, workbook } = renderPane();
  await openTab(user);
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
