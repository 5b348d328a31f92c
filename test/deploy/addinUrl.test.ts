/** ADDIN_URL: checked, and the manifest's development URLs all moved under it (scripts/build/addin-url.js). */
import fs from "fs";
import path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinBase, rewriteManifest, DEV_BASE } = require("../../scripts/build/addin-url");

const manifest = fs.readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
/** every http(s) URL in an attribute value: the default values and their localised overrides (Value="...") */
const urlsIn = (xml: string) => [...xml.matchAll(/\b(?:Default)?Value="(https?:\/\/[^"]*)"/g)].map((m) => m[1]);

describe("addinBase", () => {
  test("takes an https address, without the trailing slash", () => {
    expect(addinBase("https://rekenhulp.ocmw-gent.be/excel/", true)).toBe("https://rekenhulp.ocmw-gent.be/excel");
    expect(addinBase("  https://ocmw.example.be  ", true)).toBe("https://ocmw.example.be");
    expect(addinBase("https://ocmw.example.be:8443/a/b", true)).toBe("https://ocmw.example.be:8443/a/b");
  });

  test("the production build refuses a missing address, in Dutch, saying how to set it", () => {
    expect(() => addinBase(undefined, true)).toThrow(/ADDIN_URL ontbreekt[\s\S]*ADDIN_URL=https:\/\/[\s\S]*npm run build/);
    expect(() => addinBase("", true)).toThrow(/ADDIN_URL ontbreekt/);
  });

  test("other builds fall back to the development server", () => {
    expect(addinBase(undefined, false)).toBe("https://localhost:3000");
    expect(DEV_BASE).toBe("https://localhost:3000");
  });

  test("refuses http, this computer (for production), a query or a fragment, and text that is no address", () => {
    expect(() => addinBase("http://ocmw.example.be", true)).toThrow(/moet met https:\/\/ beginnen/);
    expect(() => addinBase("https://localhost:3000", true)).toThrow(/wijst naar deze computer/);
    expect(() => addinBase("https://ocmw.example.be/?x=1", true)).toThrow(/zonder \?, #/);
    expect(() => addinBase("https://ocmw.example.be/#a", true)).toThrow(/zonder \?, #/);
    expect(() => addinBase("rekenhulp", true)).toThrow(/geen geldig webadres/);
    // characters that would break the manifest's XML
    expect(() => addinBase("https://h.be/a&b", true)).toThrow(/mag geen &, ', ", < of > bevatten/);
    expect(() => addinBase("https://h.be/o'neill", true)).toThrow(/mag geen &/);
  });
});

describe("rewriteManifest", () => {
  test("the repository's manifest points at the development server, help.html included", () => {
    const urls = urlsIn(manifest);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(url.startsWith("https://localhost:3000/")).toBe(true);
    expect(manifest).toContain('<SupportUrl DefaultValue="https://localhost:3000/help.html">');
    expect(manifest).toContain('<Override Locale="fr-BE" Value="https://localhost:3000/help.fr.html"/>');
  });

  test("moves every URL under ADDIN_URL and leaves no localhost", () => {
    const base = "https://rekenhulp.ocmw-gent.be/excel";
    const out = rewriteManifest(manifest, base);
    expect(out).not.toMatch(/localhost/);
    const before = urlsIn(manifest);
    const after = urlsIn(out);
    expect(after).toHaveLength(before.length);
    after.forEach((url, i) => expect(url).toBe(before[i].replace("https://localhost:3000/", `${base}/`)));
    // nothing else changed
    expect(out.replace(/https:\/\/rekenhulp\.ocmw-gent\.be\/excel\//g, "")).toBe(manifest.replace(/https:\/\/localhost:3000\//g, ""));
  });

  test("a localhost URL that is not on the development server is an error, not silently left", () => {
    const odd = manifest.replace("https://localhost:3000/help.html", "https://localhost:8080/help.html");
    expect(() => rewriteManifest(odd, "https://ocmw.example.be")).toThrow(/localhost/);
  });
});
