/**
 * The production build for a real host: `ADDIN_URL=https://host/path npm run build` (webpack --mode production --env
 * release) writes a manifest whose every URL is under ADDIN_URL, functions.json whose every helpUrl points at
 * help.html there, and help.html itself (Dutch: every function, with examples, and where the amounts come from).
 * Without ADDIN_URL the build stops with a Dutch message. Built into a temporary directory, not dist/.
 */
import { execFile } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { promisify } from "util";
import { JSDOM } from "jsdom";

const ROOT = path.resolve(__dirname, "../..");
const BASE = "https://rekenhulp.ocmw-voorbeeld.be/excel";
const WEBPACK = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
const run = promisify(execFile);

jest.setTimeout(300_000);

let out: string;
let manifest: string;
let metadata: { functions: { id: string; name: string; helpUrl?: string }[] };
let help: string;
let page: Document;

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "ocmw-build-"));
  await run(process.execPath, [WEBPACK, "--mode", "production", "--env", "release", "--output-path", out], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_URL: `${BASE}/` },
    timeout: 280_000,
  });
  manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
  metadata = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8"));
  help = fs.readFileSync(path.join(out, "help.html"), "utf8");
  page = new JSDOM(help).window.document;
}, 300_000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

/** The file of dist/ that a URL under BASE names. */
function fileOf(url: string): string {
  return path.join(out, new URL(url).pathname.slice(new URL(BASE).pathname.length + 1));
}

describe("npm run build with ADDIN_URL", () => {
  test("every URL of the manifest is under ADDIN_URL, none on localhost, each a file of the build", () => {
    expect(manifest).not.toMatch(/localhost|127\.0\.0\.1/);
    const urls = [...manifest.matchAll(/\b(?:Default)?Value="(https?:\/\/[^"]*)"/g)].map((m) => m[1]);
    // icons (2 + 3), task pane, functions script, metadata, SupportUrl, LearnMoreUrl, SourceLocation; and the French
    // overrides (fr-FR, fr-BE) of metadata, SupportUrl and LearnMoreUrl
    expect(urls.length).toBeGreaterThanOrEqual(17);
    for (const url of urls) {
      expect(url.startsWith(`${BASE}/`)).toBe(true);
      expect(fs.existsSync(fileOf(url))).toBe(true);
    }
    expect(manifest).toContain(`<SupportUrl DefaultValue="${BASE}/help.html">`);
    expect(manifest).toContain(`<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${BASE}/help.html">`);
    expect(manifest).toContain(`<Override Locale="fr-BE" Value="${BASE}/help.fr.html"/>`);
  });

  test("every function's helpUrl points at its own section of help.html under ADDIN_URL", () => {
    expect(metadata.functions.length).toBeGreaterThanOrEqual(10);
    for (const fn of metadata.functions) {
      expect(fn.helpUrl).toMatch(new RegExp(`^${BASE.replace(/[.]/g, "\\.")}/help\\.html#[a-z0-9-]+$`));
      const section = page.getElementById(fn.helpUrl!.split("#")[1]);
      expect(section?.tagName).toBe("SECTION");
      expect(section?.querySelector("h3")?.textContent).toBe(`OCMW.${fn.name}`);
    }
    expect(new Set(metadata.functions.map((f) => f.helpUrl)).size).toBe(metadata.functions.length);
  });

  test("functions.fr.json (French, named by the manifest for fr-FR and fr-BE) has the ids of functions.json and help links into help.fr.html", () => {
    expect(manifest).toContain(`<bt:Override Locale="fr-BE" Value="${BASE}/functions.fr.json"/>`);
    expect(manifest).toContain(`<bt:Override Locale="fr-FR" Value="${BASE}/functions.fr.json"/>`);
    const fr = JSON.parse(fs.readFileSync(path.join(out, "functions.fr.json"), "utf8")) as typeof metadata;
    expect(fr.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    const french = new JSDOM(fs.readFileSync(path.join(out, "help.fr.html"), "utf8")).window.document;
    expect(french.documentElement.lang).toBe("fr-BE");
    for (const fn of fr.functions) {
      expect(fn.helpUrl).toBe(metadata.functions.find((f) => f.id === fn.id)!.helpUrl!.replace("/help.html#", "/help.fr.html#"));
      expect(french.getElementById(fn.helpUrl!.split("#")[1])?.querySelector("h3")?.textContent).toBe(`OCMW.${fn.name}`);
    }
  });

  test("help.html is Dutch, shows examples and the sources of the amounts, and no file names or parameter ids", () => {
    expect(page.documentElement.lang).toBe("nl-BE");
    const kindsdeel = page.getElementById("ocmw-kindsdeel")!;
    const example = [...kindsdeel.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
    expect(example[0].slice(0, 2)).toEqual(["=OCMW.KINDSDEEL(643,25; 2)", "321,62"]);
    expect(page.getElementById("bronnen")?.textContent).toBe("Waar de bedragen vandaan komen");
    // the zakgeld and the exemption with their dates (Belgian form)
    expect(help).toContain("01/07/2016");
    expect(help).toMatch(/20\.335,00/);
    expect(help).not.toMatch(/seeds\/|\.json|\.txt|\.ts\b|SPEC|plaatshouder/);
    // no parameter id: the `name` of every parameter in the data files
    const ids: string[] = [];
    const walk = (node: unknown): void => {
      if (node === null || typeof node !== "object") return;
      const rec = node as Record<string, unknown>;
      if (Array.isArray(rec.values) && typeof rec.name === "string") ids.push(rec.name);
      Object.values(rec).forEach(walk);
    };
    const files = (d: string): string[] =>
      fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(d, e.name)) : e.name.endsWith(".json") ? [path.join(d, e.name)] : []));
    for (const file of files(path.join(ROOT, "src/rules/parameters"))) walk(JSON.parse(fs.readFileSync(file, "utf8")));
    expect(ids.length).toBeGreaterThan(3);
    const text = page.body.textContent!;
    for (const id of ids) if (id.includes("_")) expect(text).not.toContain(id);
  });
});

describe("npm run build without ADDIN_URL", () => {
  test("stops before building, with a Dutch message saying how to set it", async () => {
    const env = { ...process.env };
    delete env.ADDIN_URL;
    const failed = await run(process.execPath, [WEBPACK, "--mode", "production", "--env", "release", "--output-path", path.join(out, "nee")], { cwd: ROOT, env }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed).toBeDefined();
    expect(failed!.code).toBe(1);
    expect(failed!.stderr).toMatch(/ADDIN_URL ontbreekt/);
    expect(failed!.stderr).toMatch(/ADDIN_URL=https:\/\/\S+ npm run build/);
    expect(fs.existsSync(path.join(out, "nee"))).toBe(false);
  });
});
