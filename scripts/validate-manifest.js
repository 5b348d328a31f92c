/* npm run validate: the add-in manifest checked offline (office-addin-manifest validate needs Microsoft's web
 * service). Checks: well-formed XML; the order of the child elements the schema prescribes, for the elements this
 * manifest uses; every resid defined, ids unique and at most 32 characters; string lengths; every URL https (localhost
 * only in the development manifest); one shared runtime (runtime, functions page, function file and task pane are the
 * same URL, the SharedRuntime requirement, a long lifetime); the icons exist with the size they are declared at.
 *
 *   node scripts/validate-manifest.js [MANIFEST] [--productie]
 *
 * Without MANIFEST: manifest.xml of the project (development, localhost allowed), and dist/manifest.xml when it was
 * built with ADDIN_URL (then localhost is an error). Exits with 1 and a Dutch list of problems when anything is wrong. */
"use strict";

const fs = require("fs");
const path = require("path");
const { XMLParser, XMLValidator } = require("fast-xml-parser");

/** Child order per element (schema 1.1 of OfficeApp, TaskPaneApp, and VersionOverrides 1.0), for the elements used. */
const ORDER = {
  OfficeApp: [
    "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
    "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
    "AllowSnapshot", "Dictionary", "VersionOverrides",
  ],
  "OfficeApp/Requirements": ["Sets", "Methods"],
  DefaultSettings: ["SourceLocation", "RequestedWidth", "RequestedHeight"],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "EquivalentAddins", "WebApplicationInfo", "VersionOverrides"],
  "VersionOverrides/Hosts/Host": ["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  "ExtensionPoint[CustomFunctions]": ["Script", "Page", "Metadata", "Namespace"],
  "ExtensionPoint[PrimaryCommandSurface]": ["OfficeTab", "CustomTab"],
  OfficeTab: ["Group"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  "Action[ShowTaskpane]": ["TaskpaneId", "SourceLocation", "Title", "SupportsPinning"],
  Resources: ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
};

/** The manifest as a tree: { name, attrs, children, text, path }. */
function parse(xml) {
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", trimValues: true });
  const convert = (node, parentPath) => {
    const name = Object.keys(node).find((k) => k !== ":@");
    const element = { name, attrs: node[":@"] ?? {}, children: [], text: "", path: parentPath ? `${parentPath}/${name}` : name };
    for (const child of node[name]) {
      if ("#text" in child) element.text += String(child["#text"]);
      else if (!Object.keys(child).some((k) => k.startsWith("?"))) element.children.push(convert(child, element.path));
    }
    return element;
  };
  const top = parser.parse(xml).filter((n) => !Object.keys(n).some((k) => k.startsWith("?") || k === "#comment"));
  return convert(top[0], "");
}

function* walk(element) {
  yield element;
  for (const child of element.children) yield* walk(child);
}

function orderFor(element) {
  const type = element.attrs["xsi:type"];
  const keys = [type ? `${element.name}[${type}]` : null, element.path.split("/").slice(-3).join("/"), element.path.split("/").slice(-2).join("/"), element.name];
  for (const key of keys) if (key && ORDER[key]) return { key, order: ORDER[key] };
  return null;
}

/** Width and height of a PNG file, or null when it is not a PNG. */
function pngSize(file) {
  const bytes = fs.readFileSync(file);
  if (bytes.length < 24 || bytes.toString("latin1", 1, 4) !== "PNG") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * All problems of a manifest, in Dutch (empty: valid).
 * options.production: localhost is an error; options.files(url): the local file a URL names (for icons), or null.
 */
function validateManifest(xml, options = {}) {
  const problems = [];
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`geen geldige XML: ${wellFormed.err.msg} (regel ${wellFormed.err.line})`];
  // fast-xml-parser's validator lets a bare & through; an XML parser (and Office) refuses it
  const bareAmpersand = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(xml);
  if (bareAmpersand !== null) {
    const line = xml.slice(0, bareAmpersand.index).split("\n").length;
    return [`geen geldige XML: een & die geen entiteit begint (schrijf &amp;) (regel ${line})`];
  }
  const root = parse(xml);
  if (root.name !== "OfficeApp") return [`het hoofdelement is <${root.name}>, niet <OfficeApp>`];
  const all = [...walk(root)];
  const first = (name, from = root) => [...walk(from)].find((e) => e.name === name);
  const value = (e) => e?.attrs.DefaultValue;

  // 1. element order
  for (const element of all) {
    const rule = orderFor(element);
    if (rule === null) continue;
    let last = -1;
    for (const child of element.children) {
      const at = rule.order.indexOf(child.name);
      if (at === -1) {
        problems.push(`<${child.name}> mag niet in <${element.name}> (${element.path}); toegestaan: ${rule.order.join(", ")}`);
      } else if (at < last) {
        problems.push(`<${child.name}> staat te laat of te vroeg in <${element.name}> (${element.path}); volgorde: ${rule.order.join(", ")}`);
      } else last = at;
    }
  }

  // 2. basic fields
  const id = first("Id")?.text ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) problems.push(`<Id> "${id}" is geen GUID`);
  const version = first("Version")?.text ?? "";
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) problems.push(`<Version> "${version}" moet de vorm 1.0.0.0 hebben`);
  const lengths = [
    [value(first("DisplayName")), 125, "DisplayName"],
    [value(root.children.find((c) => c.name === "Description")), 250, "Description"],
  ];
  for (const [text, max, name] of lengths) {
    if (!text) problems.push(`<${name}> ontbreekt of is leeg`);
    else if (text.length > max) problems.push(`<${name}> is langer dan ${max} tekens`);
  }
  const permissions = first("Permissions")?.text;
  if (!["Restricted", "ReadDocument", "ReadWriteDocument", "WriteDocument", "ReadAllDocument"].includes(permissions)) {
    problems.push(`<Permissions> "${permissions}" is geen toegelaten waarde`);
  }

  // 3. resources: defined once, ids of at most 32 characters, strings within their limits
  const resources = new Map();
  const resourceElement = first("Resources");
  for (const [group, max] of [["bt:Images"], ["bt:Urls"], ["bt:ShortStrings", 125], ["bt:LongStrings", 250]]) {
    const list = resourceElement?.children.find((c) => c.name === group)?.children ?? [];
    for (const item of list) {
      const rid = item.attrs.id;
      if (resources.has(rid)) problems.push(`resource-id "${rid}" is twee keer gedefinieerd`);
      if (rid.length > 32) problems.push(`resource-id "${rid}" is langer dan 32 tekens`);
      if (max && (item.attrs.DefaultValue ?? "").length > max) problems.push(`tekst "${rid}" is langer dan ${max} tekens`);
      resources.set(rid, { group, value: item.attrs.DefaultValue, size: item.attrs.size });
    }
  }
  const kindOf = { SourceLocation: "bt:Urls", LearnMoreUrl: "bt:Urls", FunctionFile: "bt:Urls", Runtime: "bt:Urls", "bt:Image": "bt:Images" };
  for (const element of all) {
    const rid = element.attrs.resid;
    if (rid === undefined) continue;
    const found = resources.get(rid);
    if (found === undefined) problems.push(`resid "${rid}" (in <${element.name}>, ${element.path}) is niet gedefinieerd in <Resources>`);
    else if (kindOf[element.name] && kindOf[element.name] !== found.group) problems.push(`resid "${rid}" in <${element.name}> moet naar ${kindOf[element.name]} wijzen, niet naar ${found.group}`);
  }

  // 3b. localised values (<Override Locale Value>, Office's documented localisation): only where the schema allows
  // them, a locale like fr-BE, each locale once per element, within the same length limits as the default value
  const localisable = { DisplayName: 125, Description: 250, IconUrl: 0, HighResolutionIconUrl: 0, SupportUrl: 0, SourceLocation: 0, "bt:Url": 0, "bt:Image": 0, "bt:String": 0 };
  const overrideUrls = [];
  for (const element of all) {
    const overrides = element.children.filter((c) => c.name === "Override" || c.name === "bt:Override");
    if (overrides.length === 0) continue;
    const what = element.attrs.id ? `<${element.name} id="${element.attrs.id}">` : `<${element.name}>`;
    if (!(element.name in localisable)) {
      problems.push(`<Override> mag niet in <${element.name}> (${element.path})`);
      continue;
    }
    const group = element.name === "bt:String" ? resources.get(element.attrs.id)?.group : undefined;
    const max = element.name === "bt:String" ? (group === "bt:LongStrings" ? 250 : 125) : localisable[element.name];
    const seen = new Set();
    for (const o of overrides) {
      const locale = o.attrs.Locale ?? "";
      const text = o.attrs.Value ?? "";
      if (!/^[a-z]{2,3}-[a-z]{2}$/i.test(locale)) problems.push(`${what}: <Override> heeft geen taalcode als fr-BE ("${locale}")`);
      if (seen.has(locale.toLowerCase())) problems.push(`${what}: twee <Override> voor ${locale}`);
      seen.add(locale.toLowerCase());
      if (text.trim() === "") problems.push(`${what}: <Override Locale="${locale}"> is leeg`);
      else if (max && text.length > max) problems.push(`${what}: <Override Locale="${locale}"> is langer dan ${max} tekens`);
      if (["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Url", "bt:Image"].includes(element.name)) {
        overrideUrls.push({ where: `${what} (${locale})`, url: text });
      }
    }
  }

  // 4. URLs
  const urls = [...overrideUrls];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const e = root.children.find((c) => c.name === name);
    if (e) urls.push({ where: `<${name}>`, url: value(e), size: { IconUrl: 32, HighResolutionIconUrl: 64 }[name] });
  }
  const defaultSource = first("DefaultSettings")?.children.find((c) => c.name === "SourceLocation");
  if (defaultSource) urls.push({ where: "<DefaultSettings><SourceLocation>", url: value(defaultSource) });
  for (const [rid, r] of resources) {
    if (r.group === "bt:Urls" || r.group === "bt:Images") urls.push({ where: `resource "${rid}"`, url: r.value, image: r.group === "bt:Images" });
  }
  for (const e of first("AppDomains")?.children ?? []) urls.push({ where: "<AppDomain>", url: e.text });
  for (const { where, url } of urls) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${where}: "${url}" is geen geldig adres`);
      continue;
    }
    if (parsed.protocol !== "https:") problems.push(`${where}: "${url}" moet https gebruiken`);
    const local = parsed.hostname === "localhost" || parsed.hostname === "127.0.0.1";
    if (local && options.production) problems.push(`${where}: "${url}" wijst naar localhost in een manifest voor productie`);
  }

  // 5. one shared runtime
  const host = all.find((e) => e.path === "OfficeApp/VersionOverrides/Hosts/Host");
  const runtime = host && first("Runtime", host);
  const customFunctions = all.find((e) => e.name === "ExtensionPoint" && e.attrs["xsi:type"] === "CustomFunctions");
  if (runtime === undefined) problems.push("geen <Runtime> in <VersionOverrides>: de gedeelde runtime ontbreekt");
  else {
    if (runtime.attrs.lifetime !== "long") problems.push('<Runtime> moet lifetime="long" hebben (gedeelde runtime)');
    const sets = all.filter((e) => e.name === "Set").map((e) => e.attrs.Name);
    if (!sets.includes("SharedRuntime")) problems.push("<Requirements> vraagt de SharedRuntime-set niet");
    const uses = [
      ["<Runtime>", runtime.attrs.resid],
      ["<FunctionFile>", first("FunctionFile")?.attrs.resid],
      ["de pagina van de functies (<Page><SourceLocation>)", customFunctions && first("Page", customFunctions)?.children[0]?.attrs.resid],
      ...all
        .filter((e) => e.name === "Action" && e.attrs["xsi:type"] === "ShowTaskpane")
        .map((a) => ["<Action> van de knop", a.children.find((c) => c.name === "SourceLocation")?.attrs.resid]),
    ];
    for (const [what, rid] of uses) {
      if (rid !== runtime.attrs.resid) problems.push(`${what} gebruikt resid "${rid}", de runtime "${runtime.attrs.resid}": één gedeelde runtime vraagt dezelfde pagina`);
    }
    const runtimeUrl = resources.get(runtime.attrs.resid)?.value;
    if (defaultSource && value(defaultSource) !== runtimeUrl) problems.push(`<DefaultSettings><SourceLocation> "${value(defaultSource)}" is niet de pagina van de runtime "${runtimeUrl}"`);
  }
  if (customFunctions) {
    for (const part of ["Script", "Page", "Metadata", "Namespace"]) if (!first(part, customFunctions)) problems.push(`<ExtensionPoint xsi:type="CustomFunctions"> mist <${part}>`);
  }

  // 6. icons exist, at their declared size
  if (options.files) {
    const images = [
      ...urls.filter((u) => u.size).map((u) => ({ where: u.where, url: u.url, size: u.size })),
      ...[...resources].filter(([, r]) => r.group === "bt:Images").map(([rid, r]) => ({ where: `afbeelding "${rid}"`, url: r.value, size: null })),
    ];
    for (const element of all.filter((e) => e.name === "bt:Image" && e.attrs.resid)) {
      const r = resources.get(element.attrs.resid);
      if (r) images.push({ where: `afbeelding "${element.attrs.resid}" (size ${element.attrs.size})`, url: r.value, size: Number(element.attrs.size) });
    }
    const seen = new Set();
    for (const { where, url, size } of images) {
      const file = options.files(url);
      // an icon named by several elements (a resource and the image that uses it) is reported once per size
      const key = `${url}|${size ?? ""}`;
      if (seen.has(key) || (size === null && images.some((i) => i.url === url && i.size !== null))) continue;
      seen.add(key);
      if (file === null) continue;
      if (!fs.existsSync(file)) {
        problems.push(`${where}: het bestand ${path.relative(process.cwd(), file)} bestaat niet`);
        continue;
      }
      const dims = pngSize(file);
      if (dims === null) problems.push(`${where}: ${path.relative(process.cwd(), file)} is geen PNG`);
      else if (size && (dims.width !== size || dims.height !== size)) problems.push(`${where}: ${path.relative(process.cwd(), file)} is ${dims.width}x${dims.height}, verwacht ${size}x${size}`);
    }
  }
  return problems;
}

/** For a manifest in `dir` whose URLs start with `base`: the local file of a URL. */
function filesUnder(dir, base) {
  return (url) => (typeof url === "string" && url.startsWith(`${base}/`) ? path.join(dir, url.slice(base.length + 1)) : null);
}

function main(argv) {
  const root = path.join(__dirname, "..");
  const args = argv.filter((a) => !a.startsWith("--"));
  const unknown = argv.filter((a) => a.startsWith("--") && a !== "--productie");
  if (unknown.length > 0 || args.length > 1) {
    console.error(`Gebruik: node scripts/validate-manifest.js [MANIFEST] [--productie] (onbekend: ${[...unknown, ...args.slice(1)].join(" ")})`);
    return 2;
  }
  const targets = [];
  if (args.length === 1) {
    targets.push({ file: path.resolve(args[0]), production: argv.includes("--productie") });
  } else {
    targets.push({ file: path.join(root, "manifest.xml"), production: false });
    const built = path.join(root, "dist", "manifest.xml");
    if (fs.existsSync(built) && !fs.readFileSync(built, "utf8").includes("https://localhost:")) targets.push({ file: built, production: true });
  }
  let failed = false;
  for (const { file, production } of targets) {
    if (!fs.existsSync(file)) {
      console.error(`${file}: bestaat niet`);
      failed = true;
      continue;
    }
    const xml = fs.readFileSync(file, "utf8");
    const source = /<SourceLocation DefaultValue="([^"]+)\/taskpane\.html"/.exec(xml);
    const base = source ? source[1] : "";
    // the development manifest's assets are in the project; a built one's beside it in dist/
    const dir = path.dirname(file);
    const problems = validateManifest(xml, { production, files: filesUnder(dir, base) });
    const name = path.relative(process.cwd(), file) || file;
    if (problems.length === 0) console.log(`${name}: in orde${production ? " (productie)" : ""}.`);
    else {
      failed = true;
      console.error(`${name}: ${problems.length} ${problems.length === 1 ? "probleem" : "problemen"}:`);
      for (const p of problems) console.error(`  - ${p}`);
    }
  }
  return failed ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { validateManifest, filesUnder, ORDER };
