/** Rendering the task pane for component tests: the real App over an in-memory workbook, and small queries. */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { Language } from "../../src/taskpane/i18n";
import { emptyForm, type DossierForm } from "../../src/taskpane/model";
import { sampleWorkbook } from "../../src/taskpane/sample";
import { MemoryWorkbook } from "../../src/workbook/memory";

/*
 * jsdom has no layout: offsetParent is always null and the body measures 0 x 0, so Tabster (Fluent's focus manager)
 * takes every element for invisible and, on Tab, finds no next element and sends the focus out of the page.
 * Elements get the offsetParent a browser would give them (null only inside something hidden), the body a size.
 */
document.body.getBoundingClientRect = () =>
  ({ x: 0, y: 0, top: 0, left: 0, width: 450, height: 900, right: 450, bottom: 900, toJSON: () => ({}) }) as DOMRect;
Object.defineProperty(HTMLElement.prototype, "offsetParent", {
  configurable: true,
  get(this: HTMLElement) {
    for (let el: HTMLElement | null = this; el !== null; el = el.parentElement) {
      if (el.hidden || el.style.display === "none") return null;
    }
    return this.parentElement;
  },
});

/** 1 March 2024, the date the tests use for "today". */
export const TODAY = new Date(2024, 2, 1);

export function renderApp(options: { form?: DossierForm; workbook?: MemoryWorkbook; preview?: boolean; language?: Language } = {}) {
  const workbook = options.workbook ?? sampleWorkbook(options.language);
  workbook.delay = 0;
  // no timer between events: a test's duration depends on its work, not on the machine's timer queue
  const user = userEvent.setup({ delay: null });
  const view = render(
    <App
      port={workbook}
      preview={options.preview ?? true}
      dark={false}
      initialForm={options.form ?? emptyForm(TODAY)}
      today={() => TODAY}
      language={options.language}
    />,
  );
  return { user, workbook, ...view };
}

/**
 * The input of a labelled field, optionally inside a group (e.g. "Kind 2"). A label may end in Fluent's required
 * marker "*" (aria-hidden, so not part of the accessible name; getByLabelText reads the label's whole text).
 */
export function field(label: string, group?: string): HTMLInputElement {
  const scope = group === undefined ? screen : within(screen.getByRole("group", { name: group }));
  return scope.getByLabelText((content) => content === label || content === `${label}*`) as HTMLInputElement;
}

/**
 * Replaces a field's text the way a user does with the clipboard: empty it, paste. One change event per field
 * (typing key by key re-evaluates the whole wizard per key, which made these tests slow and flaky on 2 cores);
 * keyboard entry itself is tested in app.test.tsx and end to end.
 */
export async function typeInto(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  if (text !== "") await user.paste(text);
}

/** Adds text at the end of a field, pasted (see typeInto). */
export async function pasteInto(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

/** Everything the field's description says (Fluent links the hint and the message with aria-describedby). */
export function fieldMessage(input: HTMLElement): string {
  return (input.getAttribute("aria-describedby") ?? "")
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");
}

export function resultRegion(): HTMLElement {
  return screen.getByRole("region", { name: "Resultaat" });
}

/** The amount in the row with this header (row name) inside the Resultaat region. */
export function resultAmount(rowHeader: string): string {
  const row = within(resultRegion()).getByRole("row", { name: new RegExp(`^${rowHeader.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} `) });
  return within(row).getByRole("cell").textContent ?? "";
}

export { fixedSampleForm, workedExampleForm } from "./fixtures";

/** Fills the worked example into an empty wizard: 60 x 30 + 150 + 93,25 - 1 400. */
export async function enterWorkedExample(user: ReturnType<typeof userEvent.setup>) {
  await typeInto(user, field("Ligdagprijs"), "60");
  await typeInto(user, field("Dagen"), "30");
  await user.click(screen.getByRole("button", { name: "Kost toevoegen" }));
  await pasteInto(user, field("Omschrijving", "Kost 1"), "Medicatie en dokter");
  await pasteInto(user, field("Bedrag", "Kost 1"), "150");
  await typeInto(user, field("Inkomsten"), "1.400");
}
