/**
 * Office errors explained in the run's language (Dutch, or French for a French pane). Office.js rejects with an
 * OfficeExtension.Error whose `code` says what went wrong ("ItemNotFound", "InvalidArgument", ...) and whose message
 * is in the language of Office or in English. The user reads a sentence that says what to do; the code stays in the
 * message for support. The texts live in messages.ts.
 */
import { DossierListError } from "../dossiers";
import type { Taal } from "../rules";
import { WORKBOOK_TEXTS } from "./messages";

/**
 * The error to show: our own errors pass unchanged (they are already in the run's language); an Office error becomes
 * a DossierListError with a sentence in `taal` (and the Office code between brackets); anything else says it was
 * unexpected.
 */
export function workbookError(error: unknown, taal: Taal = "nl"): Error {
  if (error instanceof DossierListError) return error;
  const t = WORKBOOK_TEXTS[taal];
  const code = typeof (error as { code?: unknown } | null)?.code === "string" ? ((error as { code: string }).code) : undefined;
  if (code !== undefined) {
    const text = Object.prototype.hasOwnProperty.call(t.office, code) ? t.office[code] : t.officeOther;
    return new DossierListError(t.officeStopped(text, code));
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DossierListError(t.unexpected(message));
}

/** The same in Dutch. */
export function dutchWorkbookError(error: unknown): Error {
  return workbookError(error, "nl");
}
