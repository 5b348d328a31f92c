/* The French face of the custom functions (issue 13), generated at build time from ONE structure:
 * - functions.json (generated from the Dutch JSDoc of functions/functions.ts) gives the functions, their parameters,
 *   order, types and dimensionality;
 * - functions/catalogue.fr.json gives, per function id, the French description and, per parameter (keyed by its
 *   Dutch name), the French name and help text.
 * frenchMetadata() merges them into functions.fr.json (the file the manifest names for fr-FR and fr-BE, Office's
 * documented localisation of custom-function metadata). A function or parameter without French text, or a catalogue
 * entry that no longer exists, is an error: the build fails, so the two languages cannot drift.
 * frenchHelpPage() writes help.fr.html from the same French metadata. */
"use strict";

const path = require("path");
const { escapeHtml, helpAnchor, STYLE } = require("./help-page");
/** the French words of sources' dates and publishers: the same file the rules engine reads */
const SOURCES_FR = require(path.join(__dirname, "../../src/rules/messages/sources.fr.json"));

/**
 * Catalogue entries for SPEC 3 functions and arguments that other branches add (issue 13 was written in parallel):
 * tolerated as "not (yet) in functions.json" only while they are absent. Everything else that is absent is an error.
 * TODO at merge (lead): once those branches are merged, empty this list; test/functions/french.test.ts then also
 * guards against stale entries for these.
 */
const PENDING = new Set([]);

const NAME = /^[a-z][a-z0-9_]*$/;

const filled = (text) => typeof text === "string" && text.trim() !== "";

/**
 * What is wrong between the generated metadata and the catalogue, as Dutch sentences for the build log.
 * missing: a function or parameter of functions.json without French text (always an error);
 * invalid: an entry without a usable name or text; stale: a catalogue entry that functions.json does not have and
 * that is not in `pending` (an error); pending: tolerated entries that are absent.
 */
function checkCatalogue(metadata, catalogue, pending = PENDING) {
  const missing = [];
  const invalid = [];
  const stale = [];
  const waiting = [];
  const entries = (catalogue && catalogue.functions) || {};
  const absent = (key, text) => (pending.has(key) || pending.has(key.split("/")[0]) ? waiting : stale).push(text);
  for (const fn of metadata.functions) {
    const entry = entries[fn.id];
    if (entry === undefined) {
      missing.push(`functie ${fn.id} heeft geen Franse tekst`);
      continue;
    }
    if (!filled(entry.description)) invalid.push(`functie ${fn.id}: de Franse beschrijving is leeg`);
    const params = entry.parameters || {};
    const names = new Set();
    for (const p of fn.parameters || []) {
      const t = params[p.name];
      if (t === undefined || t === null) {
        missing.push(`argument ${p.name} van ${fn.id} heeft geen Franse tekst`);
        continue;
      }
      if (typeof t.name !== "string" || !NAME.test(t.name)) invalid.push(`argument ${p.name} van ${fn.id}: Franse naam "${t.name}" moet uit kleine letters, cijfers en _ bestaan`);
      else if (names.has(t.name)) invalid.push(`argument ${p.name} van ${fn.id}: Franse naam "${t.name}" komt twee keer voor`);
      names.add(t.name);
      if (!filled(t.description)) invalid.push(`argument ${p.name} van ${fn.id}: de Franse hulptekst is leeg`);
    }
    const known = new Set((fn.parameters || []).map((p) => p.name));
    for (const name of Object.keys(params)) {
      if (!known.has(name)) absent(`${fn.id}/${name}`, `argument ${name} van ${fn.id} staat in de Franse catalogus maar niet in functions.json`);
    }
  }
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(entries)) if (!ids.has(id)) absent(id, `functie ${id} staat in de Franse catalogus maar niet in functions.json`);
  return { missing, invalid, stale, pending: waiting };
}

/**
 * The French metadata: functions.json with each description, parameter name and parameter description in French
 * and the helpUrl on help.fr.html; ids, function names (OCMW.*), order, types and dimensionality unchanged.
 * Throws an Error listing every problem when the catalogue does not cover functions.json exactly.
 */
function frenchMetadata(metadata, catalogue, { base, namespace } = {}, pending = PENDING) {
  const check = checkCatalogue(metadata, catalogue, pending);
  const problems = [...check.missing, ...check.invalid, ...check.stale];
  if (problems.length > 0) throw new Error(`de Franse teksten van de functies (functions/catalogue.fr.json) kloppen niet:\n  - ${problems.join("\n  - ")}`);
  const fr = JSON.parse(JSON.stringify(metadata));
  for (const fn of fr.functions) {
    const entry = catalogue.functions[fn.id];
    fn.description = entry.description;
    for (const p of fn.parameters || []) {
      const t = entry.parameters[p.name];
      p.name = t.name;
      p.description = t.description;
    }
    if (base !== undefined && namespace !== undefined) fn.helpUrl = `${base}/help.fr.html#${helpAnchor(namespace, fn.id)}`;
  }
  return fr;
}

/** An example formula of voorbeelden.json as a French Excel shows it (DATUM -> DATE, WAAR -> VRAI, ONWAAR -> FAUX). */
function frenchFormula(formula) {
  return String(formula)
    .split(/("[^"]*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\bDATUM\(/g, "DATE(")
            .replace(/\bONWAAR\b/g, "FAUX")
            .replace(/\bWAAR\b/g, "VRAI"),
    )
    .join("");
}

/** "26.028,80" -> "26 028,80" (Belgian French groups thousands with a space); other text unchanged. */
function frenchNumber(text) {
  return String(text).replace(/\b\d{1,3}(?:\.\d{3})+(?=,\d|\b)/g, (m) => m.replace(/\./g, "\u202f"));
}

function frenchSignature(namespace, fn) {
  const params = (fn.parameters || []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=${namespace}.${fn.name}(${params.join(" ; ")})`;
}

function frenchSection(namespace, fn, examples) {
  const params = (fn.parameters || [])
    .map((p) => {
      const kind = [p.optional ? "facultatif" : "obligatoire", p.dimensionality === "matrix" ? "une valeur ou une plage" : ""].filter(Boolean).join(", ");
      return `<dt><code>${escapeHtml(p.name)}</code> <span class="kind">(${kind})</span></dt><dd>${escapeHtml(p.description || "")}</dd>`;
    })
    .join("\n");
  const result = fn.result && fn.result.dimensionality === "matrix" ? "un tableau (plage) de cellules" : fn.result && fn.result.type === "number" ? "un nombre" : "une valeur";
  // a result written in words (Dutch in voorbeelden.json) is said in French for a table, else the example is left out
  const matrix = fn.result && fn.result.dimensionality === "matrix";
  const rows = (examples || [])
    .map((e) => ({ formula: frenchFormula(e.formule), outcome: /^[-−]?[\d.,/]+$/.test(String(e.uitkomst).trim()) ? frenchNumber(e.uitkomst) : matrix ? "un tableau de deux colonnes" : null }))
    .filter((e) => e.outcome !== null)
    .map((e) => `<tr><td><code>${escapeHtml(e.formula)}</code></td><td class="num">${escapeHtml(e.outcome)}</td></tr>`)
    .join("\n");
  return [
    `<section class="function" id="${helpAnchor(namespace, fn.id)}">`,
    `<h3>${escapeHtml(`${namespace}.${fn.name}`)}</h3>`,
    `<p>${escapeHtml(fn.description || "")}</p>`,
    `<p class="syntax"><code>${escapeHtml(frenchSignature(namespace, fn))}</code></p>`,
    params === "" ? "" : `<dl>\n${params}\n</dl>`,
    `<p>Résultat : ${result}.</p>`,
    rows === "" ? "" : `<table><caption>Exemples</caption><thead><tr><th scope="col">Formule</th><th scope="col">Résultat</th></tr></thead>\n<tbody>\n${rows}\n</tbody></table>`,
    `</section>`,
  ].join("\n");
}

/** Units of the parameter files in French. */
const UNITS_FR = {
  EUR: "EUR",
  "EUR per dag": "EUR par jour",
  "EUR per jaar": "EUR par an",
  "EUR per jaar per persoon ten laste": "EUR par an et par personne à charge",
  "EUR per maand": "EUR par mois",
  "EUR per onderzoek": "EUR par examen",
  "EUR per opname": "EUR par hospitalisation",
  "EUR per verlofdag": "EUR par jour de congé",
  factor: "facteur",
  fractie: "fraction",
  indexsprong: "saut d'index",
};

/** A source in French words around the document's title as published: "'titre', éditeur, date (url)". */
function frenchSourceHtml(source) {
  if (source === null || typeof source !== "object") return escapeHtml(String(source ?? ""));
  const date = String(source.date ?? "").replace(/[\p{L}.]+/gu, (word) => SOURCES_FR.dateWords[word] ?? word);
  const publisher = SOURCES_FR.publishers[source.publisher] ?? source.publisher;
  // the title as published (in Dutch), marked as such for screen readers and spell checkers
  const title = `<cite lang="nl-BE">'${escapeHtml(source.document)}'</cite>`;
  const rest = [publisher, date].filter((p) => p !== undefined && p !== "").map((p) => `, ${escapeHtml(p)}`).join("");
  const link = source.url ? ` (<a href="${escapeHtml(source.url)}">${escapeHtml(source.url)}</a>)` : "";
  return title + rest + link;
}

/** "20335.00" -> "20 335,00" (Belgian French), text that is not a plain decimal number as it is. */
function frenchAmount(text) {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(text).trim());
  if (m === null) return String(text);
  return `${m[1]}${m[2].replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f")}${m[3] === undefined ? "" : `,${m[3]}`}`;
}

function frenchParameterSection(p) {
  const title = p.label_fr ?? p.label ?? p.description;
  const rows = [...p.values]
    .sort((a, b) => a.from.localeCompare(b.from))
    .map((v) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.from);
      const from = v.from <= "1900-12-31" ? "date d'entrée en vigueur inconnue" : m === null ? v.from : `${m[3]}/${m[2]}/${m[1]}`;
      const value =
        typeof v.value === "string" || typeof v.value === "number"
          ? frenchAmount(v.value)
          : v.value === undefined && v.n !== undefined
            ? `saut d'index ${v.n}`
            : "grille de tarifs (voir la source)";
      const derived = v.derivation ? ` (${escapeHtml(v.derivation_fr ?? "dérivé")})` : "";
      return `<tr><td>${escapeHtml(from)}</td><td class="num">${escapeHtml(value)}${derived}</td><td>${frenchSourceHtml(v.source)}</td></tr>`;
    })
    .join("\n");
  return [
    `<section class="parameter">`,
    `<h3>${escapeHtml(title)}</h3>`,
    `<table><caption>Unité : ${escapeHtml(UNITS_FR[p.unit] ?? p.unit)}</caption>`,
    `<thead><tr><th scope="col">Valable à partir du</th><th scope="col">Montant</th><th scope="col">Source</th></tr></thead>`,
    `<tbody>\n${rows}\n</tbody></table>`,
    `</section>`,
  ].join("\n");
}

/** help.fr.html: every function in French (from the French metadata), with the formulas of the examples, and where
 * the amounts come from (French labels; the cited documents' titles as published). */
function frenchHelpPage({ namespace, metadata, examples, parameters = [] }) {
  const functions = [...metadata.functions].sort((a, b) => a.name.localeCompare(b.name));
  const toc = functions.map((fn) => `<li><a href="#${helpAnchor(namespace, fn.id)}">${escapeHtml(`${namespace}.${fn.name}`)}</a></li>`).join("\n");
  return `<!DOCTYPE html>
<html lang="fr-BE">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Aide au calcul CPAS : aide sur les fonctions</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Aide au calcul CPAS : aide sur les fonctions</h1>
<p lang="nl-BE"><a href="help.html" hreflang="nl-BE">Hulp in het Nederlands</a></p>
<p>L'Aide au calcul CPAS est un complément pour Excel. Tapez <code>=${namespace}.</code> dans une cellule pour voir les
fonctions (leur nom reste <code>${namespace}.</code> dans toutes les langues), ou ouvrez le volet avec le bouton
<strong>Aide au calcul</strong> de l'onglet Accueil.</p>
<p>Les arguments facultatifs vides peuvent être omis ; les codes (par exemple « thuis », « ANDER ») restent ceux
indiqués et ne tiennent pas compte des majuscules. Une saisie erronée donne <code>#VALEUR!</code> avec un message qui
nomme l'argument ; un montant inconnu (par exemple pour une date antérieure au premier montant connu) donne
<code>#N/A</code>. Les dates sont des dates Excel : donnez à la cellule un format de date. Les montants sont arrondis
une seule fois au cent (la part d'enfant au cent inférieur). Le budget de soins relève de la protection sociale
flamande ; l'obligation alimentaire, l'argent de poche en maison de repos et la quote-part personnelle à l'hôpital
suivent des règles fédérales.</p>
<nav aria-label="Fonctions"><h2>Fonctions</h2><ul>
${toc}
</ul><p><a href="#sources">Origine des montants</a></p></nav>
${functions.map((fn) => frenchSection(namespace, fn, examples[fn.id])).join("\n")}
<h2 id="sources">Origine des montants</h2>
<p>Chaque montant qui change dans le temps est valable à partir d'une date et a une source. À une date donnée vaut le
montant dont la date d'entrée en vigueur est la dernière à cette date ou avant. Les montants indexés suivent ensuite
les sauts d'index ; l'explication d'un calcul dit quel montant et quel saut ont été utilisés. Les titres des documents
cités sont donnés tels qu'ils ont été publiés.</p>
${parameters.map(frenchParameterSection).join("\n")}
</main>
</body>
</html>
`;
}

module.exports = { PENDING, checkCatalogue, frenchMetadata, frenchHelpPage, frenchFormula, frenchNumber };
