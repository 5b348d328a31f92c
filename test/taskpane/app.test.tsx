/**
 * Starting the task pane: preview mode outside Excel (no Office, or Office.onReady without a host), the Excel mode
 * inside Excel, the dark theme, and the wizard used by keyboard only.
 */
import * as React from "react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { act, screen, within } from "@testing-library/react";
import type { Root } from "react-dom/client";
import { modeFor, startTaskpane } from "../../src/taskpane/bootstrap";
import { isDarkColor, officeIsDark, watchOfficeTheme } from "../../src/taskpane/theme";
import { field, renderApp, resultAmount } from "./helpers";

let mounted: Root[] = [];

afterEach(() => {
  act(() => mounted.forEach((root) => root.unmount()));
  mounted = [];
  delete (globalThis as { Office?: unknown }).Office;
  document.body.innerHTML = "";
  document.documentElement.style.colorScheme = "";
});

async function start(timeoutMs?: number) {
  const container = document.createElement("div");
  document.body.appendChild(container);
  let mode: string | undefined;
  await act(async () => {
    const started = await startTaskpane(container, timeoutMs);
    mounted.push(started.root);
    mode = started.mode;
  });
  return mode;
}

describe("preview mode outside Excel", () => {
  test("without Office.js: the banner 'Voorbeeldmodus' and the sample dossier", async () => {
    expect(await start()).toBe("voorbeeld");
    expect(screen.getByText("Voorbeeldmodus")).toBeInTheDocument();
    expect(field("Dossier")).toHaveValue("Voorbeeld Janssens");
    expect(resultAmount("Tekort")).toBe("€ 665,95"); // sample dossier on 01/03/2024: 1 800 + 150 + 115,95 - 1 400
  });

  test("Office.onReady with host null (a plain browser): preview", async () => {
    (globalThis as { Office?: unknown }).Office = {
      onReady: () => Promise.resolve({ host: null, platform: null }),
      HostType: { Excel: "Excel" },
    };
    expect(await start()).toBe("voorbeeld");
    expect(screen.getByText("Voorbeeldmodus")).toBeInTheDocument();
  });

  test("Office.onReady that never answers: preview after the timeout", async () => {
    (globalThis as { Office?: unknown }).Office = { onReady: () => new Promise(() => undefined), HostType: { Excel: "Excel" } };
    expect(await start(10)).toBe("voorbeeld");
    expect(screen.getByText("Voorbeeldmodus")).toBeInTheDocument();
  });

  test("two tabs: the wizard under 'Eén dossier', the batch panel under 'Dossierlijst'", async () => {
    await start();
    const { default: userEvent } = await import("@testing-library/user-event");
    const user = userEvent.setup();
    expect(screen.getByRole("tab", { name: "Eén dossier" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "Eén dossier" })).toBeVisible();
    await user.click(screen.getByRole("tab", { name: "Dossierlijst" }));
    const panel = screen.getByRole("tabpanel", { name: "Dossierlijst" });
    expect(within(panel).getByRole("button", { name: "Dossierlijst herberekenen" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Naar werkblad" })).not.toBeInTheDocument(); // hidden with its tab
    // the wizard keeps what was typed
    await user.click(screen.getByRole("tab", { name: "Eén dossier" }));
    expect(field("Dossier")).toHaveValue("Voorbeeld Janssens");
  });

  test("modeFor", () => {
    const office = { HostType: { Excel: "Excel" } };
    expect(modeFor(undefined, undefined)).toBe("voorbeeld");
    expect(modeFor(office, { host: null })).toBe("voorbeeld");
    expect(modeFor(office, { host: "Word" })).toBe("voorbeeld");
    expect(modeFor(office, { host: "Excel" })).toBe("excel");
  });
});

describe("inside Excel", () => {
  test("no banner, an empty wizard, and the dark theme when Excel's body is dark", async () => {
    (globalThis as { Office?: unknown }).Office = {
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      HostType: { Excel: "Excel" },
      context: { officeTheme: { bodyBackgroundColor: "#262626" } },
    };
    expect(await start()).toBe("excel");
    expect(screen.queryByText("Voorbeeldmodus")).not.toBeInTheDocument();
    expect(field("Dossier")).toHaveValue("");
    expect(field("Ligdagprijs")).toHaveValue("");
    expect(document.documentElement.style.colorScheme).toBe("dark");
  });

  test("light theme for a light body", async () => {
    (globalThis as { Office?: unknown }).Office = {
      onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
      HostType: { Excel: "Excel" },
      context: { officeTheme: { bodyBackgroundColor: "#FFFFFF" } },
    };
    await start();
    expect(document.documentElement.style.colorScheme).toBe("light");
  });

  test("isDarkColor / officeIsDark", () => {
    expect(isDarkColor("#262626")).toBe(true);
    expect(isDarkColor("#000")).toBe(true);
    expect(isDarkColor("#666666")).toBe(true);
    expect(isDarkColor("#FFFFFF")).toBe(false);
    expect(isDarkColor("#E6E6E6")).toBe(false);
    expect(isDarkColor("geen kleur")).toBe(false);
    expect(isDarkColor(undefined)).toBe(false);
    expect(officeIsDark({ context: { officeTheme: { bodyBackgroundColor: "#1f1f1f" } } })).toBe(true);
    expect(officeIsDark({})).toBe(false);
  });
});

describe("the theme follows Office while the pane is open", () => {
  /** A fake of the few Office.js members the theme uses: officeTheme, and the OfficeThemeChanged event where offered. */
  function fakeOffice(options: { event: boolean }) {
    const handlers: ((event: unknown) => void)[] = [];
    const removed: unknown[] = [];
    const office = {
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      HostType: { Excel: "Excel" },
      EventType: { OfficeThemeChanged: "officeThemeChanged" },
      context: {
        officeTheme: { bodyBackgroundColor: "#FFFFFF" },
        document: {
          addHandlerAsync: (type: unknown, handler: (event: unknown) => void, callback?: (r: { status: string }) => void) => {
            if (!options.event || type !== "officeThemeChanged") throw new Error("Unsupported event type");
            handlers.push(handler);
            callback?.({ status: "succeeded" });
          },
          removeHandlerAsync: (type: unknown, o: { handler: unknown }) => removed.push([type, o.handler]),
        },
      },
    };
    return { office, handlers, removed };
  }

  test("OfficeThemeChanged: light to dark and back, without reopening; the handler is removed when the pane closes", async () => {
    const fake = fakeOffice({ event: true });
    (globalThis as { Office?: unknown }).Office = fake.office;
    expect(await start()).toBe("excel");
    expect(document.documentElement.style.colorScheme).toBe("light");
    // the provider's theme variables, in its style tag
    const variables = () =>
      [...document.querySelectorAll("style")].flatMap((el) => [...(el.sheet?.cssRules ?? [])].map((rule) => rule.cssText)).join("\n");
    const background = (theme: typeof webDarkTheme) => `--colorNeutralBackground1: ${theme.colorNeutralBackground1};`;
    expect(variables()).toContain(background(webLightTheme));
    expect(fake.handlers).toHaveLength(1);
    act(() => {
      fake.office.context.officeTheme = { bodyBackgroundColor: "#262626" };
      fake.handlers[0]({ type: "officeThemeChanged", officeTheme: { bodyBackgroundColor: "#262626" } });
    });
    expect(document.documentElement.style.colorScheme).toBe("dark");
    expect(variables()).toContain(background(webDarkTheme));
    expect(variables()).not.toContain(background(webLightTheme));
    act(() => fake.handlers[0]({ type: "officeThemeChanged", officeTheme: { bodyBackgroundColor: "#F3F3F3" } }));
    expect(document.documentElement.style.colorScheme).toBe("light");
    act(() => mounted.forEach((root) => root.unmount()));
    mounted = [];
    expect(fake.removed).toEqual([["officeThemeChanged", fake.handlers[0]]]);
  });

  test("a host without the event: Office.context.officeTheme is looked at while the pane is open", async () => {
    jest.useFakeTimers();
    try {
      const fake = fakeOffice({ event: false });
      const changes: boolean[] = [];
      const stop = watchOfficeTheme(fake.office, (dark) => changes.push(dark), 1000);
      jest.advanceTimersByTime(3000);
      expect(changes).toEqual([]); // no change, no report
      fake.office.context.officeTheme = { bodyBackgroundColor: "#1F1F1F" };
      jest.advanceTimersByTime(999);
      expect(changes).toEqual([]);
      jest.advanceTimersByTime(1);
      expect(changes).toEqual([true]);
      jest.advanceTimersByTime(5000);
      expect(changes).toEqual([true]); // reported once
      stop();
      fake.office.context.officeTheme = { bodyBackgroundColor: "#FFFFFF" };
      jest.advanceTimersByTime(5000);
      expect(changes).toEqual([true]); // stopped
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("keyboard only", () => {
  test("a dossier of one child entered with Tab, typing, Enter and Space", async () => {
    const { user } = renderApp();
    screen.getByRole("button", { name: "Nieuw dossier" }).focus();
    await user.keyboard("{Enter}");
    expect(field("Dossier")).toHaveFocus();
    await user.keyboard("Test");
    await user.tab(); // Datum (already today's date)
    expect(field("Datum")).toHaveFocus();
    await user.tab();
    expect(field("Ligdagprijs")).toHaveFocus();
    await user.keyboard("60");
    await user.tab();
    expect(field("Dagen")).toHaveFocus();
    await user.keyboard("30");
    await user.tab();
    expect(screen.getByRole("button", { name: "Kost toevoegen" })).toHaveFocus();
    await user.keyboard(" ");
    expect(field("Omschrijving", "Kost 1")).toHaveFocus();
    await user.keyboard("Medicatie");
    await user.tab();
    await user.keyboard("150");
    await user.tab(); // Kost verwijderen
    await user.tab(); // Kost toevoegen
    await user.tab();
    expect(field("Inkomsten")).toHaveFocus();
    await user.keyboard("1400");
    expect(resultAmount("Tekort")).toBe("€ 665,95"); // 1 800 + 150 + 115,95 (zakgeld on 01/03/2024) - 1 400

    screen.getByRole("button", { name: "Kind toevoegen" }).focus();
    await user.keyboard("{Enter}");
    expect(field("Naam", "Kind 1")).toHaveFocus();
    await user.keyboard("Enig kind");
    await user.tab();
    expect(field("Inkomen", "Kind 1")).toHaveFocus();
    await user.keyboard("30000");
    expect(resultAmount("Kindsdeel")).toBe("€ 665,95");
    // (30 000 - 27 915,64) x 25% / 12 = 43,4241 -> 43,42 (vrijstelling 25 284,89 x 1,6734 / 1,5157 = 27 915,64 on 01/03/2024)
    const region = screen.getByRole("region", { name: "Resultaat" });
    expect(within(within(region).getByRole("row", { name: /Enig kind/ })).getByRole("cell")).toHaveTextContent("€ 43,42");
  });
});
