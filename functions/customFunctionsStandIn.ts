/**
 * The CustomFunctions global as Excel's runtime provides it, for Node (the tests and `npm run bench`; never bundled:
 * the add-in gets the real one from Excel): an Error class carrying an error code and a message, the ErrorCode values
 * Excel uses, and associate(), which records the id -> function registration.
 */
class CustomFunctionsError extends Error {
  code: string;
  constructor(code: string, message?: string) {
    super(message);
    this.code = code;
    this.name = "CustomFunctions.Error";
  }
}

const registered = new Map<string, (...args: unknown[]) => unknown>();

(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate(id: string, fn: (...args: unknown[]) => unknown) {
    registered.set(id.toUpperCase(), fn);
  },
  __registered: registered,
};
