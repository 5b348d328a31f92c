/**
 * Starting the task pane: inside Excel (Office.onReady reports the Excel host) the wizard works on the workbook
 * through the Excel adapter; anywhere else (Office undefined, or onReady with host null) it opens in preview mode on a
 * sample dossier held in memory.
 */
import * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import { ExcelWorkbook } from "../workbook/excel";
import { App } from "./App";
import { createExcelBatchPort } from "./batch";
import { languageOf, previewLanguage, type Language } from "./i18n/text";
import { emptyForm } from "./model";
import { sampleBatchPort, sampleForm, sampleWorkbook } from "./sample";
import { browserPrefersDark, officeIsDark, watchBrowserTheme, watchOfficeTheme } from "./theme";

interface OfficeLike {
  onReady?: () => Promise<{ host?: unknown; platform?: unknown } | undefined>;
  HostType?: { Excel?: unknown };
  context?: unknown;
}

/**
 * The pane's language: inside Excel, Office's display language ("fr-FR", "fr-BE" -> French); in the preview, `?taal=`
 * in the address, or else the browser's language. Dutch otherwise.
 */
export function paneLanguage(mode: Mode, office: OfficeLike | undefined): Language {
  if (mode === "excel") {
    const context = office?.context as { displayLanguage?: string } | undefined;
    return languageOf(context?.displayLanguage);
  }
  const nav = typeof navigator === "undefined" ? undefined : navigator;
  const languages = nav === undefined ? undefined : nav.languages?.length ? nav.languages : [nav.language];
  return previewLanguage(typeof location === "undefined" ? "" : location.search, languages);
}

/** How long to wait for Office.onReady before showing the preview (office.js loaded, but no host answers). */
export const READY_TIMEOUT_MS = 8000;

export type Mode = "excel" | "voorbeeld";

/** Decides the mode from the Office global and the answer of Office.onReady. */
export function modeFor(office: OfficeLike | undefined, info: { host?: unknown } | undefined | null): Mode {
  if (office === undefined || info === undefined || info === null) return "voorbeeld";
  const excel = office.HostType?.Excel ?? "Excel";
  return info.host !== null && info.host !== undefined && info.host === excel ? "excel" : "voorbeeld";
}

export function renderMode(root: Root, mode: Mode, office: OfficeLike | undefined): void {
  const language = paneLanguage(mode, office);
  if (mode === "excel") {
    root.render(
      <App
        port={new ExcelWorkbook(language)}
        language={language}
        batchPort={createExcelBatchPort()}
        preview={false}
        dark={officeIsDark(office)}
        watchTheme={(onChange) => watchOfficeTheme(office, onChange)}
        initialForm={emptyForm()}
      />,
    );
  } else {
    root.render(
      <App
        port={sampleWorkbook(language)}
        language={language}
        batchPort={sampleBatchPort(language)}
        preview={true}
        dark={browserPrefersDark()}
        watchTheme={watchBrowserTheme()}
        initialForm={sampleForm(language)}
      />,
    );
  }
}

export interface Started {
  mode: Mode;
  root: Root;
}

/** Mounts the task pane into `container`; resolves with the mode it chose (and the React root, for tests). */
export async function startTaskpane(container: HTMLElement, timeoutMs = READY_TIMEOUT_MS): Promise<Started> {
  const root = createRoot(container);
  const office = (globalThis as { Office?: OfficeLike }).Office;
  if (office === undefined || typeof office.onReady !== "function") {
    renderMode(root, "voorbeeld", undefined);
    return { mode: "voorbeeld", root };
  }
  const ready = office.onReady();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const first = await Promise.race([ready, timeout]);
  if (timer !== undefined) clearTimeout(timer);
  if (first === "timeout") {
    renderMode(root, "voorbeeld", office);
    // Should Excel answer after all, switch to it.
    void ready.then((info) => {
      if (modeFor(office, info) === "excel") renderMode(root, "excel", office);
    });
    return { mode: "voorbeeld", root };
  }
  const mode = modeFor(office, first);
  renderMode(root, mode, office);
  return { mode, root };
}
