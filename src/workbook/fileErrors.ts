/** Errors of spreadsheet files on disk (Node only): one error type with a message (Dutch or French) that names the file. */
import type { Taal } from "../rules";
import { WORKBOOK_TEXTS } from "./messages";

/** A file that cannot be read or written as a spreadsheet; the message is in the run's language and names the file. */
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
 * The message (in `taal`, Dutch by default) for a system error (permission denied, a folder where a file was expected, a missing file or
 * folder, a full disk, a file in use...), naming the file; `file` is used when the error does not name one.
 * Undefined when the error is not a system error.
 */
export function systemErrorMessage(error: unknown, file?: string, taal: Taal = "nl"): string | undefined {
  if (!isSystemError(error)) return undefined;
  const t = WORKBOOK_TEXTS[taal];
  const where = typeof error.path === "string" ? error.path : file ?? t.theFile;
  switch (error.code) {
    case "EACCES":
    case "EPERM":
      return t.accessDenied(where);
    case "EISDIR":
      return t.isFolder(where);
    case "ENOTDIR":
      return t.notAFolder(where);
    case "ENOENT":
      return t.notFound(where);
    case "EEXIST":
    case "ENOTEMPTY":
      return t.exists(where);
    case "ENOSPC":
      return t.diskFull(where);
    case "EROFS":
      return t.readOnly(where);
    case "EBUSY":
    case "ETXTBSY":
      return t.busy(where);
    case "EMFILE":
    case "ENFILE":
      return t.tooManyFiles(where);
    case "ENAMETOOLONG":
      return t.nameTooLong(where);
    default:
      return t.systemError(where, error.code as string);
  }
}
