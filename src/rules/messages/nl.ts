/**
 * The rules' texts in Dutch (the default), one key per sentence or noun phrase; values come in as named parameters.
 * fr.ts has the same keys with the same parameters (the type `Messages` makes the compiler check it).
 */
export const nl = {
  // a rule error as shown: the argument, then what is wrong
  "error": (p: { argument: string; message: string }) => `${p.argument}: ${p.message}`,
  "error.unexpected": (p: { message: string }) => `Onverwachte fout: ${p.message}`,

  // what an argument may hold (noun phrases, used as {allowed})
  "expect.amount": () => "een bedrag in euro (een getal, 0 of meer)",
  "expect.countFrom": (p: { min: string }) => `een geheel getal van ${p.min} of meer`,
  "expect.countRange": (p: { min: string; max: string }) => `een geheel getal van ${p.min} tot en met ${p.max}`,
  "expect.score": () => "een score (een getal, 0 of meer)",
  "expect.date": () => "een datum van 1/3/1900 tot 31/12/9999 (een Excel-datum, serienummer 61 tot 2958465)",
  "expect.oneOf": (p: { codes: string }) => `een van ${p.codes}`,

  // the received value (noun phrases, used as {got})
  "got.text": (p: { text: string }) => `de tekst "${p.text}"`,
  "got.true": () => "de logische waarde WAAR",
  "got.false": () => "de logische waarde ONWAAR",
  "got.invalidNumber": () => "een ongeldig getal",
  "got.range": () => "een bereik",
  "got.empty": () => "een lege waarde",

  // a cell of a range argument
  "at.cell": (p: { argument: string; row: number; column: number }) => `${p.argument} (rij ${p.row}, kolom ${p.column})`,

  // input errors
  "input.multipleCells": () => "verwacht één waarde, maar kreeg een bereik van meerdere cellen.",
  "input.invalidNumber": (p: { allowed: string }) => `verwacht ${p.allowed}, maar kreeg een ongeldig getal.`,
  "input.missing": (p: { allowed: string }) => `ontbreekt; verwacht ${p.allowed}.`,
  "input.wrong": (p: { allowed: string; got: string }) => `verwacht ${p.allowed}, maar kreeg ${p.got}.`,
  "input.negative": (p: { got: string; allowed: string }) => `mag niet negatief zijn (kreeg ${p.got}); verwacht ${p.allowed}.`,
  "input.amountTooLarge": (p: { max: string }) => `is te groot; het maximum is ${p.max} euro.`,
  "input.countTooLarge": (p: { max: string }) => `is te groot; het maximum is ${p.max}.`,
  "input.invalidDate": (p: { got: string; allowed: string }) => `is geen geldige datum (kreeg ${p.got}); verwacht ${p.allowed}.`,
  "input.afterLastDay": () => "de uitkomst valt na 31/12/9999, de laatste datum die Excel kent.",
  "input.flag": (p: { got: string }) => `verwacht WAAR of ONWAAR (of leeg), maar kreeg ${p.got}.`,
  "input.unknownCode": (p: { code: string; allowed: string }) => `onbekende code "${p.code}"; verwacht ${p.allowed}.`,
} satisfies Record<string, (p: never) => string>;

export type Messages = { readonly [K in keyof typeof nl]: (typeof nl)[K] };
