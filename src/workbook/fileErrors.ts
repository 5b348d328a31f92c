/** Errors of spreadsheet files on disk (Node only): one error type with a Dutch message that names the file. */

/** A file that cannot be read or written as a spreadsheet; the message is Dutch and names the file. */
export class SpreadsheetFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SpreadsheetFileError";
  }
}

/** A Node system error (fs): its code and the path it concerns. */
interface SystemError {
  code?: unknown;
  path?: unknown;
  dest?: unknown;
}

/** True for an error of the operating system (it has an `E...` code), as fs throws them. */
export function isSystemError(error: unknown): error is Error & SystemError {
  // not `instanceof Error`: an error from another realm (a VM context, a worker) is an Error all the same
  if (error === null || typeof error !== "object") return false;
  const code = (error as SystemError).code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code);
}

/**
 * The Dutch message for a system error (permission denied, a folder where a file was expected, a missing file or
 * folder, a full disk, a file in use...), naming the file; `file` is used when the error does not name one.
 * Undefined when the error is not a system error.
 */
export function systemErrorMessage(error: unknown, file?: string): string | undefined {
  if (!isSystemError(error)) return undefined;
  const where = typeof error.path === "string" ? error.path : file ?? "het bestand";
  switch (error.code) {
    case "EACCES":
    case "EPERM":
      return `Geen toegang tot ${where}: toegang geweigerd. Controleer de rechten op het bestand en de map, of kies een andere map.`;
    case "EISDIR":
      return `${where} is een map, geen bestand: geef de naam van een bestand.`;
    case "ENOTDIR":
      return `${where}: een deel van dit pad is een bestand, geen map.`;
    case "ENOENT":
      return `${where} niet gevonden: het bestand of de map bestaat niet.`;
    case "EEXIST":
    case "ENOTEMPTY":
      return `${where} bestaat al en kan niet vervangen worden (is het een map?).`;
    case "ENOSPC":
      return `De schijf is vol: ${where} kon niet geschreven worden.`;
    case "EROFS":
      return `${where} staat op een schijf die alleen gelezen kan worden: kies een andere map.`;
    case "EBUSY":
    case "ETXTBSY":
      return `${where} is in gebruik door een ander programma (staat het open in Excel?): sluit het en probeer opnieuw.`;
    case "EMFILE":
    case "ENFILE":
      return `Te veel open bestanden: ${where} kon niet geopend worden. Probeer opnieuw.`;
    case "ENAMETOOLONG":
      return `De naam van ${where} is te lang.`;
    default:
      return `${where} kon niet gelezen of geschreven worden (systeemfout ${error.code as string}).`;
  }
}
