/**
 * The Chromium that the browser tests drive (playwright-core only drives a browser, it brings none).
 *
 * Two sources, chosen by the environment variable OCMW_BROWSER:
 * - `system`: Debian's chromium (/usr/bin/chromium), when installed; a normal multi-process browser that starts at
 *   once.
 * - `npm`: the Chromium inside the npm package @sparticuz/chromium (pinned by package-lock.json), unpacked once into
 *   the temporary directory (`<tmp>/ocmw-chromium-<version>/`, about 210 MB, a few seconds), with the shared libraries
 *   the package carries for it (NSS, NSPR, expat: `al2023/lib`, put first on LD_LIBRARY_PATH). It needs no system
 *   package beyond glibc, so `npm ci && npm test` works on a machine without any browser.
 * - not set (or `auto`): the system browser when present, else the npm one.
 *
 * test/e2e/browser.test.ts always launches the npm one: the proof that the browser tests do not need a system
 * browser. `OCMW_BROWSER=npm npx jest test/e2e` runs the whole browser suite on it.
 */
import { execFile } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { promisify } from "util";
import { chromium, type Browser } from "playwright-core";

const ROOT = path.resolve(__dirname, "../..");
export const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export type BrowserSource = "system" | "npm";

export interface ChromiumExecutable {
  source: BrowserSource;
  executablePath: string;
  /** extra environment for the browser process */
  env: Record<string, string>;
}

function systemChromium(): string | undefined {
  return SYSTEM_CHROMIUM.find((file) => fs.existsSync(file));
}

/** The source asked for by OCMW_BROWSER (`npm`, `system`, `auto` or empty). */
export function chosenSource(setting: string | undefined = process.env.OCMW_BROWSER): BrowserSource {
  const value = (setting ?? "").trim().toLowerCase();
  if (value === "npm" || value === "system") return value;
  if (value === "" || value === "auto") return systemChromium() === undefined ? "npm" : "system";
  throw new Error(`OCMW_BROWSER="${setting}": kies npm, system of auto.`);
}

function npmPackageDir(): string {
  // the package's only export is its ESM entry (build/index.js): its directory's parent is the package
  return path.dirname(path.dirname(require.resolve("@sparticuz/chromium", { paths: [ROOT] })));
}

/**
 * Unpacks the npm Chromium (once) and returns where it is. The package unpacks into os.tmpdir(); it is run in a child
 * process with TMPDIR set to a fresh staging directory, which is then renamed into place: two test runs at the same
 * time never see a half-written browser, and a /tmp/chromium of another version is never picked up.
 */
/** The package's own shared libraries (NSS, NSPR, expat), unpacked beside the browser. */
const LIBRARIES = path.join("al2023", "lib");

/** Runs `script` (an ES module expression over `m`, the package) in a child process that unpacks into `staging`. */
async function unpackInto(staging: string, script: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ["-e", `import('@sparticuz/chromium').then((m) => ${script}).then((p) => process.stdout.write(p))`], {
    cwd: ROOT,
    env: { ...process.env, TMPDIR: staging, TMP: staging, TEMP: staging },
    timeout: 120_000,
  });
  return stdout;
}

export async function npmChromium(): Promise<ChromiumExecutable> {
  const pkgDir = npmPackageDir();
  const version = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8")).version as string;
  const dir = path.join(os.tmpdir(), `ocmw-chromium-${version}`);
  const executablePath = path.join(dir, "chromium");
  const libraries = path.join(dir, LIBRARIES);
  const librariesArchive = JSON.stringify(path.join(pkgDir, "bin", "al2023.tar.br"));
  if (!fs.existsSync(executablePath)) {
    const staging = fs.mkdtempSync(path.join(os.tmpdir(), `ocmw-chromium-${version}-`));
    try {
      const stdout = await unpackInto(staging, "m.default.executablePath()");
      if (stdout !== path.join(staging, "chromium")) throw new Error(`@sparticuz/chromium pakte uit naar ${stdout}, niet naar ${staging}`);
      await unpackInto(staging, `m.inflate(${librariesArchive})`);
      // the package's fonts.conf points at /tmp/fonts: write one that points at this directory's fonts
      fs.writeFileSync(
        path.join(staging, "fonts.conf"),
        [
          '<?xml version="1.0"?>',
          '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
          "<fontconfig>",
          `  <dir>${path.join(dir, "fonts")}</dir>`,
          "  <dir>/usr/share/fonts</dir>",
          `  <cachedir>${path.join(dir, "fonts-cache")}</cachedir>`,
          "</fontconfig>",
          "",
        ].join("\n"),
      );
      fs.renameSync(staging, dir);
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      // another run renamed its copy into place first: use that one
      if (!fs.existsSync(executablePath)) throw error;
    }
  }
  if (!fs.existsSync(path.join(libraries, "libnss3.so"))) {
    // a browser unpacked by an older version of this file, without its libraries: add them the same safe way
    const staging = fs.mkdtempSync(path.join(os.tmpdir(), `ocmw-chromium-${version}-lib-`));
    try {
      await unpackInto(staging, `m.inflate(${librariesArchive})`);
      fs.renameSync(path.join(staging, "al2023"), path.join(dir, "al2023"));
    } catch (error) {
      if (!fs.existsSync(path.join(libraries, "libnss3.so"))) throw error;
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }
  const searchPath = [libraries, process.env.LD_LIBRARY_PATH].filter((p) => p !== undefined && p !== "").join(path.delimiter);
  return { source: "npm", executablePath, env: { FONTCONFIG_FILE: path.join(dir, "fonts.conf"), LD_LIBRARY_PATH: searchPath } };
}

/** Where the browser of `source` is (unpacking the npm one if needed). */
export async function chromiumExecutable(source: BrowserSource = chosenSource()): Promise<ChromiumExecutable> {
  if (source === "npm") return npmChromium();
  const executablePath = systemChromium();
  if (executablePath === undefined) {
    throw new Error(`OCMW_BROWSER=system, maar er is geen Chromium in ${SYSTEM_CHROMIUM.join(" of ")}; gebruik OCMW_BROWSER=npm.`);
  }
  return { source: "system", executablePath, env: {} };
}

/** Launches headless Chromium from `source` (default: OCMW_BROWSER, else the system one when present, else npm). */
export async function launchChromium(source: BrowserSource = chosenSource()): Promise<Browser> {
  const { executablePath, env } = await chromiumExecutable(source);
  const environment: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) environment[key] = value;
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, env: { ...environment, ...env } });
}
