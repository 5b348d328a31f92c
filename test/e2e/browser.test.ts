/**
 * The browser tests need no system browser: the Chromium of the npm package @sparticuz/chromium (pinned by the
 * lockfile) is unpacked and launched, whatever is installed on the machine, and renders a page with text, layout and
 * a screenshot. (The task pane suite uses the same launcher; `OCMW_BROWSER=npm npx jest test/e2e` runs it on this
 * browser too.)
 */
import { execFile } from "child_process";
import os from "os";
import path from "path";
import { promisify } from "util";
import type { Browser } from "playwright-core";
import { chosenSource, chromiumExecutable, launchChromium, SYSTEM_CHROMIUM } from "./browser";

jest.setTimeout(180_000);

let browser: Browser | undefined;

afterAll(async () => {
  await browser?.close();
});

describe("the npm Chromium", () => {
  test("is unpacked from the npm package into the temporary directory, not taken from the system", async () => {
    const found = await chromiumExecutable("npm");
    expect(found.source).toBe("npm");
    expect(path.dirname(found.executablePath)).toMatch(new RegExp(`^${os.tmpdir().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/ocmw-chromium-\\d+\\.`));
    expect(SYSTEM_CHROMIUM).not.toContain(found.executablePath);
  });

  test("needs no shared library of a system browser: every library resolves to its own bundle or to glibc", async () => {
    // ldd lists what the dynamic loader would load; with the launcher's LD_LIBRARY_PATH, NSS, NSPR and expat (which
    // only a browser package brings on Debian) must come from the unpacked npm package, and nothing may be missing.
    const found = await chromiumExecutable("npm");
    const { stdout } = await promisify(execFile)("ldd", [found.executablePath], { env: { ...process.env, ...found.env } });
    const bundle = path.dirname(found.executablePath);
    const libraries = stdout
      .split("\n")
      .map((line) => /^\s*(\S+) => (\S+)/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ name: m[1], file: m[2] }));
    expect(stdout).not.toMatch(/not found/);
    expect(libraries.map((l) => l.name)).toEqual(expect.arrayContaining(["libnss3.so", "libnspr4.so", "libexpat.so.1"]));
    const glibc = /^(libc|libm|libdl|libpthread|librt|libgcc_s)\.so\.\d+$/;
    const fromSystem = libraries.filter((l) => !l.file.startsWith(bundle + path.sep) && !glibc.test(l.name));
    expect(fromSystem).toEqual([]);
  });

  test("launches headless and renders a page", async () => {
    browser = await launchChromium("npm");
    expect(browser.version()).toMatch(/^\d+\./);
    const page = await browser.newPage({ viewport: { width: 320, height: 200 } });
    await page.setContent('<main><h1 id="t">OCMW Rekenhulp</h1><p style="width:100px">€ 1.234,56</p></main>');
    expect(await page.locator("#t").textContent()).toBe("OCMW Rekenhulp");
    // real layout: the heading has a height, the paragraph has the width it was given
    const box = await page.locator("p").boundingBox();
    expect(box?.width).toBe(100);
    expect((await page.locator("h1").boundingBox())?.height).toBeGreaterThan(10);
    // and real pixels: a screenshot of a black square differs from one of a white square
    await page.setContent('<div id="sq" style="width:40px;height:40px;background:#000"></div>');
    const black = await page.locator("#sq").screenshot();
    await page.evaluate(() => ((document.getElementById("sq") as HTMLElement).style.background = "#fff"));
    const white = await page.locator("#sq").screenshot();
    expect(Buffer.compare(black, white)).not.toBe(0);
    await page.close();
  });
});

describe("OCMW_BROWSER", () => {
  test("npm and system are taken as asked; anything else is refused in Dutch", () => {
    expect(chosenSource("npm")).toBe("npm");
    expect(chosenSource(" NPM ")).toBe("npm");
    expect(chosenSource("system")).toBe("system");
    expect(() => chosenSource("firefox")).toThrow(/kies npm, system of auto/);
  });
});
