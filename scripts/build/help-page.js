/* The help page (dist/help.html), generated at build time:
 * - the functions from the generated functions.json (so a new OCMW.* function appears by itself), with the examples of
 *   scripts/build/voorbeelden.json;
 * - where the amounts come from, from the parameter files src/rules/parameters/** (label, dates, amounts, sources).
 * Users see labels and citations only: never a file name, a parameter id or a note meant for developers. */
"use strict";

const fs = require("fs");
const path = require("path");

/** Titles of the seed texts (SPEC 0), for sources still written as plain text that name a seed file. */
const SEED_TITLES = {
  "000": "'Medische kaart Gent voor dringende medische hulp. Informatie voor zorgverleners', OCMW Gent",
  "001": "'Zorgbudget voor zwaar zorgbehoevenden', OCMW-infoblad",
  "002": "'Zorgverzekering', gezondheidsdossier (bijgewerkt april 2021)",
  "003": "'Kosten verbonden aan een opname', tarievenblad van een psychiatrisch centrum (vóór 2018)",
  "004": "'Financiële tussenkomst bij opname of verblijf in een woonzorgcentrum', OCMW-infoblad",
};

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/** The anchor of a function on the help page: "OCMW.BIJDRAGE.UITLEG" -> "ocmw-bijdrage-uitleg". */
function helpAnchor(namespace, id) {
  return `${namespace}.${id}`.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

/** functions.json with a helpUrl on every function, pointing at its section of help.html under `base`. */
function withHelpUrls(metadataJson, base, namespace) {
  const metadata = JSON.parse(metadataJson);
  for (const fn of metadata.functions) fn.helpUrl = `${base}/help.html#${helpAnchor(namespace, fn.id)}`;
  return JSON.stringify(metadata, null, 4);
}

/** "20335.00" -> "20.335,00"; text that is not a plain decimal number is returned as it is. */
function belgianNumber(text) {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(text).trim());
  if (m === null) return String(text);
  const whole = m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${m[1]}${whole}${m[3] === undefined ? "" : `,${m[3]}`}`;
}

function belgianDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m === null ? iso : `${m[3]}/${m[2]}/${m[1]}`;
}

/** A source as HTML: a structured source as "'document', publisher, date" with its link; plain text cleaned up. */
function sourceHtml(source) {
  if (source !== null && typeof source === "object") {
    const main = [`'${source.document}'`, source.publisher, source.date].filter((p) => p !== undefined && p !== "").join(", ");
    const link = source.url ? ` (<a href="${escapeHtml(source.url)}">${escapeHtml(source.url)}</a>)` : "";
    return escapeHtml(main) + link;
  }
  const text = String(source ?? "")
    .replace(/seeds\/(\d{3})_[0-9a-f]+\.txt/g, (_, n) => SEED_TITLES[n] ?? "een brontekst")
    .split(/;\s+|\.\s+(?=[A-Z])/)
    .map((part) => part.trim())
    // notes for developers: the placeholder date, references to the specification
    .filter((part) => part !== "" && !/plaatshouder|SPEC|\.json|\.ts\b/.test(part))
    .join("; ");
  return escapeHtml(text);
}

/** Every parameter (an object with a `values` list) in the parameter files under `dir`, sorted by what users see. */
function loadParameters(dir) {
  const found = [];
  const walk = (node) => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node.values) && typeof node.description === "string") {
      found.push(node);
      return;
    }
    for (const child of Object.values(node)) walk(child);
  };
  const files = (d) =>
    fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(d, e.name)) : e.name.endsWith(".json") ? [path.join(d, e.name)] : []));
  for (const file of files(dir).sort()) walk(JSON.parse(fs.readFileSync(file, "utf8")));
  const title = (p) => p.label ?? p.description;
  return found.sort((a, b) => title(a).localeCompare(title(b), "nl"));
}

function valueText(entry) {
  if (typeof entry.value === "string" || typeof entry.value === "number") return belgianNumber(entry.value);
  if (entry.value === undefined && entry.n !== undefined) return `indexsprong ${entry.n}`;
  return "tabel van tarieven (zie de bron)";
}

function parameterSection(p) {
  const title = p.label ?? p.description;
  const rows = [...p.values]
    .sort((a, b) => a.from.localeCompare(b.from))
    .map((v) => {
      const from = v.from <= "1900-12-31" ? "ingangsdatum niet gekend" : belgianDate(v.from);
      const derived = v.derivation ? " (afgeleid)" : "";
      return `<tr><td>${escapeHtml(from)}</td><td class="num">${escapeHtml(valueText(v))}${derived}</td><td>${sourceHtml(v.source)}</td></tr>`;
    })
    .join("\n");
  return [
    `<section class="parameter">`,
    `<h3>${escapeHtml(title)}</h3>`,
    p.label !== undefined ? `<p>${escapeHtml(p.description)}</p>` : "",
    `<table><caption>Eenheid: ${escapeHtml(p.unit)}</caption>`,
    `<thead><tr><th scope="col">Geldig vanaf</th><th scope="col">Bedrag</th><th scope="col">Bron</th></tr></thead>`,
    `<tbody>\n${rows}\n</tbody></table>`,
    `</section>`,
  ].join("\n");
}

function signature(namespace, fn) {
  const params = (fn.parameters ?? []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=${namespace}.${fn.name}(${params.join("; ")})`;
}

function functionSection(namespace, fn, examples) {
  const params = (fn.parameters ?? [])
    .map((p) => {
      const kind = [p.optional ? "optioneel" : "verplicht", p.dimensionality === "matrix" ? "een waarde of een bereik" : ""].filter(Boolean).join(", ");
      return `<dt><code>${escapeHtml(p.name)}</code> <span class="kind">(${kind})</span></dt><dd>${escapeHtml(p.description ?? "")}</dd>`;
    })
    .join("\n");
  const result = fn.result?.dimensionality === "matrix" ? "een tabel (bereik) van cellen" : fn.result?.type === "number" ? "een getal" : "een waarde";
  const exampleRows = (examples ?? [])
    .map((e) => `<tr><td><code>${escapeHtml(e.formule)}</code></td><td class="num">${escapeHtml(e.uitkomst)}</td><td>${escapeHtml(e.uitleg)}</td></tr>`)
    .join("\n");
  return [
    `<section class="function" id="${helpAnchor(namespace, fn.id)}">`,
    `<h3>${escapeHtml(`${namespace}.${fn.name}`)}</h3>`,
    `<p>${escapeHtml(fn.description ?? "")}</p>`,
    `<p class="syntax"><code>${escapeHtml(signature(namespace, fn))}</code></p>`,
    params === "" ? "" : `<dl>\n${params}\n</dl>`,
    `<p>Uitkomst: ${result}.</p>`,
    exampleRows === ""
      ? ""
      : `<table><caption>Voorbeelden</caption><thead><tr><th scope="col">Formule</th><th scope="col">Uitkomst</th><th scope="col">Waarom</th></tr></thead>\n<tbody>\n${exampleRows}\n</tbody></table>`,
    `</section>`,
  ].join("\n");
}

const STYLE = `
body { font-family: "Segoe UI", system-ui, sans-serif; line-height: 1.45; max-width: 60rem; margin: 0 auto; padding: 1rem; color: #242424; }
h1 { font-size: 1.6rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid #0f6cbd; } h3 { margin-top: 2rem; color: #0f6cbd; }
code { font-family: Consolas, "Courier New", monospace; background: #f3f3f3; padding: 0 .2em; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; } caption { text-align: left; font-weight: 600; }
th, td { border: 1px solid #d1d1d1; padding: .3rem .5rem; vertical-align: top; text-align: left; } td.num { white-space: nowrap; }
dt { font-weight: 600; } dd { margin: 0 0 .4rem 1.5rem; } .kind { font-weight: normal; color: #616161; }
nav ul { columns: 2; } a { color: #0f548c; }
@media (prefers-color-scheme: dark) { body { background: #1f1f1f; color: #e0e0e0; } code { background: #333; } a, h3 { color: #7ab8f5; } th, td { border-color: #555; } }
`;

/** The whole help page. */
function helpPage({ namespace, metadata, parameters, examples }) {
  const functions = [...metadata.functions].sort((a, b) => a.name.localeCompare(b.name));
  const toc = functions.map((fn) => `<li><a href="#${helpAnchor(namespace, fn.id)}">${escapeHtml(`${namespace}.${fn.name}`)}</a></li>`).join("\n");
  return `<!DOCTYPE html>
<html lang="nl-BE">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>OCMW Rekenhulp: hulp bij de functies</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>OCMW Rekenhulp: hulp bij de functies</h1>
<p lang="fr-BE"><a href="help.fr.html" hreflang="fr-BE">Aide en français</a></p>
<p>OCMW Rekenhulp is een invoegtoepassing voor Excel. Typ <code>=${namespace}.</code> in een cel voor de functies, of open
het taakvenster met de knop <strong>Rekenhulp</strong> op het tabblad Start.</p>
<p>Lege optionele argumenten mogen weggelaten worden; codes zijn niet hoofdlettergevoelig. Foute invoer geeft
<code>#WAARDE!</code> met een Nederlandse uitleg die het argument noemt; een bedrag dat niet gekend is (bv. voor een datum
vóór het eerste gekende bedrag) geeft <code>#N/B</code>. Datums zijn Excel-datums: geef de cel een datumnotatie.
Bedragen worden één keer afgerond op de cent (het kindsdeel naar beneden).</p>
<nav aria-label="Functies"><h2>Functies</h2><ul>
${toc}
</ul><p><a href="#bronnen">Waar de bedragen vandaan komen</a></p></nav>
${functions.map((fn) => functionSection(namespace, fn, examples[fn.id])).join("\n")}
<h2 id="bronnen">Waar de bedragen vandaan komen</h2>
<p>Elk bedrag dat in de tijd verandert, geldt vanaf een datum en heeft een bron. Op een datum geldt het bedrag met de
laatste ingangsdatum op of vóór die datum. Geïndexeerde bedragen volgen daarna de indexsprongen; de uitleg bij een
berekening zegt welk bedrag en welke sprong gebruikt werd.</p>
${parameters.map(parameterSection).join("\n")}
</main>
</body>
</html>
`;
}

module.exports = { helpAnchor, withHelpUrls, helpPage, loadParameters, sourceHtml, belgianNumber, escapeHtml, SEED_TITLES, STYLE };
