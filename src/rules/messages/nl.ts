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
  // a cell of a range argument named by its column, a row of a range
  "at.rowColumn": (p: { argument: string; row: number; column: string }) => `${p.argument} (rij ${p.row}, ${p.column})`,
  "at.row": (p: { argument: string; row: number }) => `${p.argument} (rij ${p.row})`,

  // the official scale (schaal)
  "schaal.col.personenTenLaste": () => "personen_ten_laste",
  "schaal.col.inkomenVan": () => "inkomen_van",
  "schaal.col.inkomenTot": () => "inkomen_tot",
  "schaal.col.maandbedrag": () => "maandbedrag",
  "schaal.col.vanaf": () => "vanaf",
  "schaal.columns": () => "personen_ten_laste | inkomen_van | inkomen_tot | maandbedrag | [vanaf]",
  "schaal.width": (p: { columns: string; width: number }) => `verwacht 4 of 5 kolommen (${p.columns}), maar het bereik heeft er ${p.width}.`,
  "schaal.totNotAbove": (p: { column: string; van: string }) => `moet groter zijn dan ${p.column} (${p.van}), of leeg voor geen bovengrens.`,
  "schaal.overlap": (p: { first: number; second: number; n: number }) => `rij ${p.first} en rij ${p.second} overlappen (${p.n} personen ten laste).`,
  "schaal.overlapVersion": (p: { first: number; second: number; n: number; vanaf: string }) =>
    `rij ${p.first} en rij ${p.second} overlappen (${p.n} personen ten laste, versie vanaf ${p.vanaf}).`,
  "schaal.notRange": (p: { columns: string }) => `verwacht een bereik van 4 of 5 kolommen (${p.columns}).`,
  "schaal.noRows": (p: { argument: string }) => `het bereik bevat geen schaalrijen; laat ${p.argument} leeg voor de ingebouwde benadering.`,
  "schaal.noVersion": (p: { day: string; first: string }) => `de schaal heeft geen versie die geldt op ${p.day}; de eerste versie geldt vanaf ${p.first}.`,
  "schaal.noGroup": (p: { n: number }) => `de schaal heeft geen rijen voor ${p.n} of minder personen ten laste.`,
  "schaal.notCovered": (p: { income: string; n: number }) =>
    `de schaal dekt dit inkomen niet: geen rij voor een gezinsinkomen van ${p.income} bij ${p.n} personen ten laste.`,

  // hospital admissions (opnames)
  "opnames.col.opnamedatum": () => "opnamedatum",
  "opnames.col.ontslagdatum": () => "ontslagdatum",
  "opnames.col.soort": () => "soort",
  "opnames.col.overgeplaatst": () => "overgeplaatst",
  "opnames.col.onderzoeken": () => "onderzoeken",
  "opnames.columns": () => "opnamedatum | ontslagdatum | [soort] | [overgeplaatst] | [onderzoeken]",
  "opnames.missing": (p: { columns: string }) => `ontbreekt; verwacht een bereik met één opname per rij: ${p.columns}.`,
  "opnames.wrong": (p: { columns: string; got: string }) => `verwacht een bereik met één opname per rij (${p.columns}), maar kreeg ${p.got}.`,
  "opnames.width": (p: { width: number; columns: string }) => `heeft ${p.width} kolom(men); verwacht 2 tot 5 kolommen: ${p.columns}.`,
  "opnames.ontslagBefore": (p: { ontslag: string; opname: string }) =>
    `de ontslagdatum (${p.ontslag}) mag niet vóór de opnamedatum (${p.opname}) liggen.`,
  "opnames.sameDay": (p: { day: string; first: number; second: number }) =>
    `twee volledige opnames op dezelfde datum ${p.day} (rij ${p.first} en rij ${p.second}); elke opname moet een eigen opnamedatum hebben.`,
  "opnames.overlap": (p: { opname: string; ontslag: string; row: number }) =>
    `de opname van ${p.opname} begint vóór het ontslag van ${p.ontslag} uit de opname van rij ${p.row}: opnames mogen niet overlappen.`,
  "opnames.afterLastDay": () => "valt na 31/12/9999, de laatste datum die Excel kent.",

  // remgeld
  "remgeld.lastBeforeFirst": (p: { firstArgument: string; first: number; last: number }) =>
    `moet op of na ${p.firstArgument} (${p.first}) liggen, maar is ${p.last}.`,
  "remgeld.afterLastDay": (p: { day: number; opname: string }) =>
    `dag ${p.day} van een opname op ${p.opname} valt na 31/12/9999, de laatste datum die Excel kent.`,

  // zorgbudget
  "zorgbudget.percentage": (p: { got: string }) => `verwacht een percentage van 0 tot 100: typ 66 voor 66 % (kreeg ${p.got}).`,
  "zorgbudget.zelfredzaamheidMissing": (p: { min: number }) =>
    `ontbreekt: de handicap telt alleen samen met de punten zelfredzaamheid (minstens ${p.min}).`,
  "zorgbudget.handicapMissing": (p: { min: number }) =>
    `ontbreekt: de punten zelfredzaamheid tellen alleen samen met het percentage handicap (minstens ${p.min}; typ 66 voor 66 %).`,

  // the OCMW share, equity
  "aandeel.tooMuch": (p: { totaal: string; tekort: string }) =>
    `de som van de bijdragen (${p.totaal}) mag niet groter zijn dan het tekort (${p.tekort}); een bijdrage is nooit meer dan het kindsdeel.`,
  "billijkheid.aboveKindsdeel": (p: { bedrag: string; kindsdeel: string }) =>
    `het beslist bedrag (${p.bedrag}) mag niet hoger zijn dan het kindsdeel (${p.kindsdeel}).`,
  "billijkheid.noReason": () => "ontbreekt: een bijdrage om redenen van billijkheid vraagt de motivering van de beslissing.",

  // dated parameters
  "parameter.unknownOn": (p: { label: string; day: string; first: string }) =>
    `geen waarde van '${p.label}' bekend op ${p.day}; de eerste gekende waarde geldt vanaf ${p.first}.`,
} satisfies Record<string, (p: never) => string>;

export type Messages = { readonly [K in keyof typeof nl]: (typeof nl)[K] };
