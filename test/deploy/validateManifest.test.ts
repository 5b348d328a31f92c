/** npm run validate (scripts/validate-manifest.js): the project's manifest passes; each kind of mistake is found. */
import fs from "fs";
import path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest, filesUnder } = require("../../scripts/validate-manifest");

const ROOT = path.resolve(__dirname, "../..");
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const files = filesUnder(ROOT, "https://localhost:3000");
const check = (xml: string, production = false): string[] => validateManifest(xml, { production, files });

function changed(from: string, to: string): string {
  expect(manifest).toContain(from);
  return manifest.replace(from, to);
}

describe("validate-manifest", () => {
  test("the project's manifest is in order (development: localhost allowed)", () => {
    expect(check(manifest)).toEqual([]);
  });

  test("as a production manifest, every localhost URL is reported", () => {
    const problems = check(manifest, true);
    // the default values and the French overrides (Value="...")
    const urls = [...manifest.matchAll(/\b(?:Default)?Value="https:\/\/localhost/g)].length;
    expect(problems.filter((p) => /wijst naar localhost/.test(p))).toHaveLength(urls);
  });

  test("XML that is not well-formed", () => {
    expect(check(manifest.replace("</Hosts>", "")).join()).toMatch(/geen geldige XML/);
    // a bare & (an address with a query written unescaped): fast-xml-parser's validator alone lets it through
    const bare = manifest.replace("https://localhost:3000/help.html", "https://localhost:3000/help.html?a=1&b=2");
    expect(check(bare)).toEqual([expect.stringMatching(/^geen geldige XML: een & die geen entiteit begint \(schrijf &amp;\) \(regel \d+\)$/)]);
    expect(check(bare.replace("?a=1&b=2", "?a=1&amp;b=2")).join()).not.toMatch(/geen geldige XML/);
  });

  test("elements out of the schema's order", () => {
    const swapped = changed('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', "").replace(
      "<AppDomains/>",
      '<AppDomains/>\n  <IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
    );
    expect(check(swapped)).toEqual([expect.stringMatching(/<IconUrl> staat te laat of te vroeg in <OfficeApp>/)]);
    const getStarted = changed("<FunctionFile resid=\"Taskpane.Url\"/>", "").replace("</GetStarted>", '</GetStarted>\n<Foo/>');
    expect(check(getStarted).join("\n")).toMatch(/<Foo> mag niet in <DesktopFormFactor>/);
  });

  test("a resid that is not defined, or points at the wrong kind of resource", () => {
    expect(check(changed('<Title resid="GetStarted.Title"/>', '<Title resid="GetStarted.Titel"/>'))).toEqual([
      expect.stringMatching(/resid "GetStarted.Titel" .* is niet gedefinieerd/),
    ]);
    expect(check(changed('<LearnMoreUrl resid="GetStarted.LearnMoreUrl"/>', '<LearnMoreUrl resid="GetStarted.Title"/>')).join()).toMatch(
      /moet naar bt:Urls wijzen/,
    );
  });

  test("a URL over http", () => {
    expect(check(changed('<SupportUrl DefaultValue="https://localhost:3000/help.html">', '<SupportUrl DefaultValue="http://ocmw.example.be/help.html">'))).toEqual([
      expect.stringMatching(/<SupportUrl>: "http:\/\/ocmw.example.be\/help.html" moet https gebruiken/),
    ]);
  });

  test("a shared runtime whose parts do not use the same page", () => {
    const split = changed("<FunctionFile resid=\"Taskpane.Url\"/>", '<FunctionFile resid="Functions.Script.Url"/>');
    expect(check(split)).toEqual([expect.stringMatching(/<FunctionFile> gebruikt resid "Functions.Script.Url", de runtime "Taskpane.Url"/)]);
    expect(check(changed('lifetime="long"', 'lifetime="short"'))).toEqual([expect.stringMatching(/lifetime="long"/)]);
    expect(check(changed('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""))).toEqual([expect.stringMatching(/SharedRuntime/)]);
  });

  test("an icon that does not exist, or has another size than declared", () => {
    const missing = check(changed('id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"', 'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-17.png"'));
    // once, though the resource and the image that uses it both name it
    expect(missing.filter((p) => /icon-17.png bestaat niet/.test(p))).toHaveLength(1);
    expect(check(changed('id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"', 'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"')).join()).toMatch(
      /is 64x64, verwacht 80x80/,
    );
  });

  test("a resource id of more than 32 characters, a text too long, an id defined twice", () => {
    const long = manifest.split('"Functions.Namespace"').join('"Functions.Namespace.Met.Een.Lange.Naam"');
    expect(check(long)).toEqual([expect.stringMatching(/resource-id "Functions.Namespace.Met.Een.Lange.Naam" is langer dan 32 tekens/)]);
    expect(check(changed('DefaultValue="Rekenhulp">', `DefaultValue="${"x".repeat(126)}">`)).join()).toMatch(/langer dan 125 tekens/);
    expect(check(changed('<bt:String id="Functions.Namespace" DefaultValue="OCMW"/>', '<bt:String id="Functions.Namespace" DefaultValue="OCMW"/><bt:String id="Functions.Namespace" DefaultValue="X"/>')).join()).toMatch(
      /twee keer gedefinieerd/,
    );
  });

  test("localised values: only where the schema allows them, one per locale, a real locale, not empty, within the limits", () => {
    const fr = '<Override Locale="fr-BE" Value="Aide au calcul CPAS"/>';
    expect(check(changed(fr, `${fr}\n    <Override Locale="fr-BE" Value="Encore"/>`))).toEqual([expect.stringMatching(/<DisplayName>: twee <Override> voor fr-BE/)]);
    expect(check(changed(fr, '<Override Locale="frans" Value="Aide au calcul CPAS"/>'))).toEqual([expect.stringMatching(/geen taalcode als fr-BE \("frans"\)/)]);
    expect(check(changed(fr, '<Override Locale="fr-BE" Value=" "/>'))).toEqual([expect.stringMatching(/<DisplayName>: <Override Locale="fr-BE"> is leeg/)]);
    expect(check(changed(fr, `<Override Locale="fr-BE" Value="${"x".repeat(126)}"/>`))).toEqual([expect.stringMatching(/<DisplayName>: <Override Locale="fr-BE"> is langer dan 125 tekens/)]);
    const tooltip = '<bt:Override Locale="fr-BE" Value="Ouvre l\'assistant';
    expect(check(changed(tooltip, `<bt:Override Locale="fr-BE" Value="${"x".repeat(251)}`))).toEqual([
      expect.stringMatching(/<bt:String id="TaskpaneButton.Tooltip">: <Override Locale="fr-BE"> is langer dan 250 tekens/),
    ]);
    expect(check(changed("<ProviderName>OCMW Rekenhulp</ProviderName>", '<ProviderName>OCMW Rekenhulp<Override Locale="fr-BE" Value="CPAS"/></ProviderName>'))).toEqual([
      expect.stringMatching(/<Override> mag niet in <ProviderName>/),
    ]);
  });

  test("a localised URL is checked like the default: https, and no localhost in production", () => {
    const fr = '<bt:Override Locale="fr-BE" Value="https://localhost:3000/functions.fr.json"/>';
    expect(check(changed(fr, '<bt:Override Locale="fr-BE" Value="http://ocmw.example.be/functions.fr.json"/>'))).toEqual([
      expect.stringMatching(/<bt:Url id="Functions.Metadata.Url"> \(fr-BE\): "http:\/\/ocmw.example.be\/functions.fr.json" moet https gebruiken/),
    ]);
    expect(check(manifest, true).join("\n")).toMatch(/<bt:Url id="Functions.Metadata.Url"> \(fr-FR\): "https:\/\/localhost:3000\/functions.fr.json" wijst naar localhost/);
  });
});
