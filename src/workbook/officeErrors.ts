/**
 * Office errors in Dutch. Office.js rejects with an OfficeExtension.Error whose `code` says what went wrong
 * ("ItemNotFound", "InvalidArgument", ...) and whose message is in the language of Office or in English. The user
 * reads a Dutch sentence that says what to do; the code stays in the message for support.
 */
import { DossierListError } from "../dossiers";

const MESSAGES: Record<string, string> = {
  ItemNotFound: "Een blad, tabel of naam die de herberekening nodig heeft, bestaat niet (meer).",
  ItemAlreadyExists: "Er bestaat al een blad of naam met die naam.",
  InvalidArgument: "Excel weigerde een bewerking met ongeldige gegevens.",
  InvalidReference: "Een verwijzing naar een blad of bereik is niet (meer) geldig; werd er iets verwijderd?",
  InvalidOperation: "Excel kan deze bewerking nu niet uitvoeren.",
  InvalidOperationInCellEditMode: "Excel is in bewerkingsmodus: druk op Enter of Esc in de cel en probeer opnieuw.",
  EditModeCannotPerformOperation: "Excel is in bewerkingsmodus: druk op Enter of Esc in de cel en probeer opnieuw.",
  AccessDenied: "Excel weigert de wijziging: het blad of de werkmap is beveiligd of alleen-lezen.",
  InsertDeleteConflict: "De lijst kon niet uitgebreid worden: er staan gegevens of een andere tabel in de weg.",
  Conflict: "Iemand anders wijzigt de werkmap tegelijk; probeer het zo dadelijk opnieuw.",
  RequestPayloadSizeLimitExceeded: "Te veel gegevens in één keer voor Excel; probeer opnieuw (de lijst wordt dan in kleinere delen gelezen).",
  ResponsePayloadSizeLimitExceeded: "Te veel gegevens in één keer voor Excel; probeer opnieuw (de lijst wordt dan in kleinere delen gelezen).",
  ApiNotFound: "Deze versie van Excel kent een bewerking van de herberekening niet; werk Excel bij.",
  GeneralException: "Excel meldde een onverwachte fout.",
  Unauthenticated: "U bent niet (meer) aangemeld bij Office; meld u opnieuw aan.",
  ServiceNotAvailable: "Excel is even niet bereikbaar; probeer het zo dadelijk opnieuw.",
  ActivityLimitReached: "Excel heeft te veel opdrachten tegelijk gekregen; probeer het zo dadelijk opnieuw.",
};

/**
 * The error to show: our own Dutch errors pass unchanged; an Office error becomes a DossierListError with a Dutch
 * sentence (and the Office code between brackets); anything else says it was unexpected, in Dutch.
 */
export function dutchWorkbookError(error: unknown): Error {
  if (error instanceof DossierListError) return error;
  const code = typeof (error as { code?: unknown } | null)?.code === "string" ? ((error as { code: string }).code) : undefined;
  if (code !== undefined) {
    const text = MESSAGES[code] ?? "Excel meldde een fout.";
    return new DossierListError(`${text} De herberekening is gestopt. (Excel-code: ${code})`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DossierListError(`Onverwachte fout tijdens de herberekening: ${message}`);
}
