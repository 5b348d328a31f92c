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
  // trace: a step with its parameter (date and source)
  "trace.unknownStart": (p: { label: string; source: string }) => `${p.label} (ingangsdatum niet gekend; bron: ${p.source})`,
  "trace.validFrom": (p: { label: string; from: string; source: string }) => `${p.label} (geldig vanaf ${p.from}; bron: ${p.source})`,
  "trace.derived": (p: { label: string; derivation: string }) => `${p.label} (${p.derivation})`,
  "trace.derivation": (p: { stored: string; storedFrom: string; source: string; jump: string; coefficient: string; base: string }) =>
    `afgeleid van ${p.stored} (geldig vanaf ${p.storedFrom}; bron: ${p.source}) met de indexsprong van ${p.jump}: ${p.stored} x ${p.coefficient} / ${p.base}, afgerond op de cent`,

  // notices
  "notice.approximation": () =>
    "BENADERING: deze bijdrage volgt de ingebouwde benadering (25% van het inkomen boven de vrijstelling, per maand), " +
    "niet de officiële uniforme terugvorderingsschaal. Beslissingen vragen de officiële schaaltabel.",
  "notice.stale": (p: { lastJump: string }) =>
    `Mogelijk verouderd: de laatst gekende indexsprong is van ${p.lastJump}; controleer of er sindsdien een nieuwe was.`,

  // trace of the exemption and the contribution (VRIJSTELLING, BIJDRAGE)
  "step.vrijstellingBasis": () => "Vrijstelling: basisbedrag per jaar",
  "step.vrijstellingVerhoging": () => "Verhoging per persoon ten laste",
  "step.personenTenLaste": () => "Personen ten laste",
  "step.vrijstellingsgrens": () => "Vrijstellingsgrens per jaar (basis + personen ten laste x verhoging)",
  "step.inkomenKind": () => "Netto belastbaar inkomen van het kind (per jaar)",
  "step.inkomenPartner": () => "Netto belastbaar inkomen van de partner (per jaar)",
  "step.kadastraal": () => "Kadastraal inkomen van het gezin (niet geïndexeerd)",
  "step.kadastraalBoven": (p: { factor: string }) => `Kadastraal inkomen boven de drempel: telt mee x ${p.factor}`,
  "step.kadastraalNietBoven": () => "Kadastraal inkomen niet boven de drempel: telt niet mee",
  "step.gezinsinkomen": () => "Gezinsinkomen (kind + partner)",
  "step.gezinsinkomenKadastraal": () => "Gezinsinkomen (kind + partner + kadastraal inkomen)",
  "step.kindsdeelMaximum": () => "Kindsdeel (maximum dat van dit kind mag worden teruggevorderd)",
  "step.bijdrageSchaal": () => "Bijdrage per maand (schaalbedrag, niet meer dan het kindsdeel)",
  "step.bovenVrijstelling": () => "Gezinsinkomen boven de vrijstelling (niet minder dan 0)",
  "step.bijdragevoet": () => "Bijdragevoet van de benadering",
  "step.bijdrageBenadering": () => "Bijdrage volgens de benadering (bijdragevoet x inkomen boven de vrijstelling / 12)",
  "step.bijdrageBenaderingMax": () => "Bijdrage per maand (benadering, niet meer dan het kindsdeel)",
  "step.schaalZonderDatum": () => "Officiële schaal: versie zonder ingangsdatum (geldt tot de eerste gedateerde versie)",
  "step.schaalVersie": (p: { vanaf: string }) => `Officiële schaal: versie vanaf ${p.vanaf}`,
  "step.schaalGroep": (p: { group: number; n: number }) => `Officiële schaal: rijen voor ${p.group} personen ten laste (kind heeft er ${p.n})`,
  "step.schaalOnder": (p: { lowest: string }) => `Gezinsinkomen onder elke schaalrij (laagste grens ${p.lowest}): maandbedrag`,
  "step.schaalRijVanaf": (p: { row: number; van: string }) => `Schaalrij ${p.row}: gezinsinkomen vanaf ${p.van}, maandbedrag`,
  "step.schaalRij": (p: { row: number; van: string; tot: string }) => `Schaalrij ${p.row}: gezinsinkomen ${p.van} tot ${p.tot}, maandbedrag`,

  // trace of the patient share (REMGELD, REMGELD.OPNAMES)
  "remgeld.cat.VT": () => "verhoogde tegemoetkoming",
  "remgeld.cat.KIND": () => "kind ten laste",
  "remgeld.cat.WERKLOOS": () => "langdurig werkloos",
  "remgeld.cat.PTL": () => "met personen ten laste / alimentatieplicht",
  "remgeld.cat.ANDER": () => "andere gerechtigden",
  "remgeld.zh.algemeen": () => "algemeen ziekenhuis",
  "remgeld.zh.psychiatrisch": () => "psychiatrisch ziekenhuis",
  "remgeld.dag": (p: { day: number }) => `dag ${p.day}`,
  "remgeld.dagen": (p: { first: number; last: number }) => `dag ${p.first}-${p.last}`,
  "remgeld.date": (p: { date: string }) => ` (${p.date})`,
  "remgeld.dates": (p: { first: string; last: string }) => ` (${p.first} tot ${p.last})`,
  "remgeld.times": (p: { days: number; perDay: string }) => `${p.days} dag(en) x ${p.perDay}`,
  "step.aandeel": (p: { categorie: string; days: string; when: string; times: string }) => `Persoonlijk aandeel (${p.categorie}), ${p.days}${p.when}: ${p.times}`,
  "step.toeslag": (p: { when: string }) => `Toeslag eerste verpleegdag${p.when}`,
  "step.medicatie": (p: { ziekenhuis: string; days: string; when: string; times: string }) => `Forfait medicatie (${p.ziekenhuis}), ${p.days}${p.when}: ${p.times}`,
  "step.toezicht": (p: { dienst: string; days: string; when: string; times: string }) => `Toezichtshonoraria dienst ${p.dienst}, toezichtsdag ${p.days}${p.when}: ${p.times}`,
  "step.kamer": (p: { days: string; when: string; times: string }) => `Kamersupplement eenpersoonskamer, ${p.days}${p.when}: ${p.times}`,
  "step.toezichtVt": (p: { dienst: string }) => `Toezichtshonoraria dienst ${p.dienst}: geen persoonlijk aandeel bij verhoogde tegemoetkoming`,
  "step.forfaitVt": () => "Forfait medisch-technische prestaties: niet bij verhoogde tegemoetkoming",
  "step.forfaitOvergeplaatst": () => "Forfait medisch-technische prestaties: niet bij overplaatsing uit een ander ziekenhuis",
  "step.forfait": () => "Forfait medisch-technische prestaties (eenmaal per opname)",
  "step.remgeldDagen": (p: { first: number; last: number; ziekenhuis: string }) => `Dagen ${p.first} tot en met ${p.last} van de opname (${p.ziekenhuis})`,
  "step.geenOpnamedatum": (p: { latest: string }) => `Geen opnamedatum: elke dag tegen de laatst gekende bedragen (die gelden vanaf ${p.latest})`,
  "step.dag1": (p: { opname: string }) => `Dag 1 valt op ${p.opname}: elke dag tegen de bedragen die op zijn eigen datum gelden`,
  "step.remgeldTotaal": () => "Remgeld voor deze dagen",
  "opnames.soort.volledig": () => "volledige hospitalisatie",
  "opnames.soort.dag": () => "daghospitalisatie",
  "opnames.soort.nabehandeling": () => "nabehandeling",
  "opnames.dag": (p: { day: number }) => `dag ${p.day}`,
  "opnames.dagen": (p: { first: number; last: number }) => `dagen ${p.first}-${p.last}`,
  "opnames.eerste": (p: { dagen: string }) => `eerste opname: ${p.dagen} van de opnameduur`,
  "opnames.looptDoor": (p: { gap: number; maxGap: number; dagen: string }) =>
    `onderbreking van ${p.gap} dag(en), hoogstens ${p.maxGap}: de dagtelling loopt door, ${p.dagen}`,
  "opnames.opnieuw": (p: { gap: number; maxGap: number; dagen: string }) =>
    `onderbreking van ${p.gap} dag(en), meer dan ${p.maxGap}: de dagtelling begint opnieuw, ${p.dagen}`,
  "opnames.toezichtsdag": (p: { day: number }) => `toezichtsdag ${p.day}`,
  "opnames.toezichtsdagen": (p: { first: number; last: number }) => `toezichtsdagen ${p.first}-${p.last}`,
  "opnames.toezichtEerste": (p: { dagen: string }) => `Toezichtshonoraria: ${p.dagen}`,
  "opnames.toezichtLooptDoor": (p: { maxGap: number; dagen: string }) =>
    `Toezichtshonoraria: onderbreking van hoogstens ${p.maxGap} dagen in hetzelfde ziekenhuis, de telling loopt door: ${p.dagen}`,
  "opnames.toezichtOvergeplaatst": (p: { dagen: string }) => `Toezichtshonoraria: overgeplaatst uit een ander ziekenhuis, de telling begint opnieuw: ${p.dagen}`,
  "opnames.toezichtOpnieuw": (p: { maxGap: number; dagen: string }) =>
    `Toezichtshonoraria: onderbreking van meer dan ${p.maxGap} dagen, de telling begint opnieuw: ${p.dagen}`,
  "step.opnamesRegel": (p: { ziekenhuis: string; maxGap: number }) =>
    `In een ${p.ziekenhuis} worden de dagen van opnames met een onderbreking van hoogstens ${p.maxGap} dagen samengeteld; elke dag tegen de bedragen van zijn eigen datum`,
  "step.opnameGeenKosten": (p: { row: number; soort: string; opname: string; ontslag: string }) =>
    `Rij ${p.row}: ${p.soort} van ${p.opname} tot ${p.ontslag}: geen persoonlijk aandeel, geen verpleegdagen`,
  "step.opnameDagen": (p: { index: number; row: number; opname: string; ontslag: string }) =>
    `Opname ${p.index} (rij ${p.row}): ${p.opname} tot ${p.ontslag}, verpleegdagen`,
  "step.opnameTekst": (p: { index: number; text: string }) => `Opname ${p.index}: ${p.text}`,
  "step.onderzoekVt": () => "Psychiatrisch intake-/ontslagonderzoek: niet bij verhoogde tegemoetkoming",
  "step.onderzoek": (p: { count: number; fee: string }) => `Psychiatrisch intake-/ontslagonderzoek: ${p.count} x ${p.fee}`,
  "step.subtotaal": (p: { index: number; row: number }) => `Subtotaal opname ${p.index} (rij ${p.row})`,
  "step.geenOpnames": () => "Geen volledige opnames: geen remgeld",
  "step.remgeldOpnames": () => "Remgeld voor alle opnames",
  // zorgbudget (Flemish social protection)
  "zorgbudget.regelNieuw": () => "aanvraag vanaf 1/1/2009: eerste dag van de vierde maand na de aanvraagmaand",
  "zorgbudget.regelOud": () => "aanvraag vóór 1/1/2009: eerste dag van de derde maand die volgt op de aanvraag",
  "step.aanvraag": (p: { aanvraag: string }) => `Aanvraag ingediend op ${p.aanvraag}`,
  "step.eersteBetaling": (p: { rule: string; start: string }) => `Eerste betaling (${p.rule}): ${p.start}`,
  "step.beslistermijn": (p: { days: number; deadline: string }) => `De zorgkas beslist binnen ${p.days} dagen: uiterlijk ${p.deadline}`,
  "step.zorgbudgetMaand": (p: { maand: string }) => `Maand: ${p.maand}`,
  "step.residentieel": () => "Residentiële zorg (WZC, RVT, PVT): recht met een verblijfsattest",
  "zorgbudget.katz": (p: { score: string; min: string }) => `Katz-score ${p.score} (minstens ${p.min})`,
  "zorgbudget.bel": (p: { score: number; min: number }) => `BEL-profielschaal ${p.score} (minstens ${p.min})`,
  "zorgbudget.medisch": (p: { score: number; min: number }) => `medisch-sociale schaal ${p.score} (minstens ${p.min})`,
  "zorgbudget.dagverzorging": (p: { score: string; min: string }) => `evaluatieschaal dagverzorging/kortverblijf ${p.score} (minstens ${p.min})`,
  "zorgbudget.handicap": (p: { handicap: string; minHandicap: number; punten: string; minPunten: number }) =>
    `verhoogde kinderbijslag: ${p.handicap} % handicap (minstens ${p.minHandicap} %) en ${p.punten} punten zelfredzaamheid (minstens ${p.minPunten})`,
  "zorgbudget.kinderbijslag": (p: { punten: string; min: number }) => `verhoogde kinderbijslag: ${p.punten} punten op de pijlers P1-P3 (minstens ${p.min})`,
  "zorgbudget.reasonSeparator": () => "; ",
  "step.thuisRecht": (p: { reasons: string }) => `Mantel- en thuiszorg: zwaar zorgbehoevend volgens ${p.reasons}`,
  "step.thuisGeenRecht": () =>
    "Mantel- en thuiszorg: geen score bereikt de drempel (Katz B, BEL 35, medisch-sociaal 15, dagverzorging C, kinderbijslag 66 % handicap met 7 punten zelfredzaamheid of 18 punten P1-P3): geen recht",
  "step.aanvraagStart": (p: { aanvraag: string; rule: string; start: string }) => `Aanvraag ${p.aanvraag} (${p.rule}): eerste betaling op ${p.start}`,
  "step.zorgbudgetNul": () => "Zorgbudget voor deze maand",
  "step.zorgbudgetVoorStart": () => "Maand vóór de eerste betaling: zorgbudget voor deze maand",
  "step.zorgbudgetThuis": (p: { maand: string }) => `Zorgbudget thuis geldend op ${p.maand}`,
  "step.zorgbudgetResidentieel": (p: { maand: string }) => `Zorgbudget residentieel geldend op ${p.maand}`,
  // TEKORT, KINDSDEEL, AANDEEL, the zakgeld
  "zakgeld.label": () => "Gewaarborgd zakgeld (per maand)",
  "zakgeld.how": (p: { yearly: string }) => `jaarbedrag ${p.yearly} / 12, afgerond op de cent`,
  "zakgeld.source": (p: { yearly: string; derivation: string }) => `per jaar ${p.yearly}, ${p.derivation}`,
  "zakgeld.derivation": (p: { how: string; from: string; source: string }) => `${p.how}; jaarbedrag geldig vanaf ${p.from}; bron: ${p.source}`,
  "zakgeld.derivationIndexed": (p: { how: string; derivation: string }) => `${p.how}; jaarbedrag ${p.derivation}`,
  "step.ligdagprijs": () => "Ligdagprijs per dag",
  "step.aantalDagen": () => "Aantal dagen",
  "step.verblijfskost": () => "Verblijfskost (ligdagprijs x dagen)",
  "step.bijkomendeKosten": () => "Bijkomende kosten (medicatie, dokter, was, premies)",
  "step.zakgeldOpgegeven": () => "Zakgeld (opgegeven)",
  "step.zakgeldLaatst": () => "Zakgeld per maand (laatst gekende waarde)",
  "step.zakgeldDatum": () => "Zakgeld per maand (geldend op de datum)",
  "step.behoefte": () => "Totale behoefte (verblijf + kosten + zakgeld)",
  "step.inkomsten": () => "Eigen inkomsten van de bewoner",
  "step.tekortNul": () => "Tekort per maand (niet minder dan 0)",
  "step.tekort": () => "Tekort per maand",
  "step.aantalKinderen": () => "Aantal kinderen (eerste graad, ook wie niet kan betalen)",
  "step.kindsdeel": () => "Kindsdeel (tekort / aantal kinderen, naar beneden afgerond op de cent)",
  "step.teruggevorderd": () => "Totaal teruggevorderd (som van de bijdragen)",
  "step.aandeelOcmw": () => "Aandeel OCMW (tekort - totaal teruggevorderd)",

  // billijkheid
  "step.berekendeBijdrage": () => "Berekende bijdrage volgens de schaal",
  "step.billijkheid": (p: { reden: string }) => `Bijdrage om redenen van billijkheid, beslist door het Bijzonder Comité (reden: ${p.reden})`,

  // VERLOFDAGEN
  "step.verlofOpgegeven": () => "Opgegeven verlofdagen (een datum die twee keer voorkomt telt één keer)",
  "step.verlofVt": () => "Geen disponibiliteitshonorarium bij verhoogde tegemoetkoming",
  "step.verlofVroeg": (p: { from: string }) => `Vóór ${p.from} (de tweede maand van de opname begint): niet aangerekend`,
  "step.verlofMaand": (p: { max: number; days: string }) => `Meer dan ${p.max} per kalendermaand, niet aangerekend: ${p.days}`,
  "step.verlofJaar": (p: { max: number; days: string }) => `Meer dan ${p.max} per kalenderjaar, niet aangerekend: ${p.days}`,
  "step.verlofAangerekend": (p: { count: number; amount: string }) => `Aangerekende verlofdagen: ${p.count} x ${p.amount}`,
  "step.disponibiliteit": () => "Disponibiliteitshonorarium",

  // MEDISCHEKAART
  "step.kaartVanaf": (p: { start: string }) => `Medische kaart geldig vanaf ${p.start}`,
  "step.kaartMaanden": (p: { max: number }) => `Geldigheid in maanden (maximum ${p.max})`,
  "step.kaartLaatste": (p: { end: string }) => `Laatste geldige dag: ${p.end}`,
  "step.prestatie": (p: { date: string }) => `Prestatie op ${p.date}`,
  "step.termijn": () => "Termijn voor de aanvraag (dagen)",
  "step.termijnLaatste": (p: { end: string }) => `Laatste dag om de aanvraag te versturen: ${p.end}`,
  // citations
  "citation.derived": (p: { derivation: string; citation: string }) => `${p.derivation}, uit ${p.citation}`,
  "citation.unknownStartBefore": (p: { citation: string; day: string }) => `${p.citation}; ingangsdatum onbekend: geldt voor elke datum vóór ${p.day}`,
  "citation.unknownStartUntilLater": (p: { citation: string }) => `${p.citation}; ingangsdatum onbekend: geldt voor elke datum tot een later gedateerd bedrag`,
} satisfies Record<string, (p: never) => string>;

export type Messages = { readonly [K in keyof typeof nl]: (typeof nl)[K] };
