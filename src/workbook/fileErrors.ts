/** Errors of spreadsheet files on disk (Node only): one error type with a Dutch message that names the file. */

/** A file that cannot be read or written as a spreadsheet; the message is Dutch and names the file. */
export class SpreadsheetFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SpreadsheetFileError";
  }
}
