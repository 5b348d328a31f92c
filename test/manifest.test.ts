/**
 * The manifest, checked offline (office-addin-manifest validate needs a web service): well-formed XML, Excel host,
 * shared runtime, namespace OCMW, every resid defined, every URL https on the dev server and served by the build.
 */
import fs from "fs";
import path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const root = path.join(__dirname, "..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: false });
const doc = parser.parse(xml);
const app = doc.OfficeApp;
const overrides = app.VersionOverrides;
const host = overrides.Hosts.Host;
const resources = overrides.Resources;

function list<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Every resid="..." attribute anywhere in the document. */
function residsUsed(): string[] {
  return [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
}

function defined(kind: "bt:Images" | "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings", child: string): Map<string, string> {
  return new Map(list(resources[kind][child]).map((e: Record<string, string>) => [e["@id"], e["@DefaultValue"]]));
}

const images = defined("bt:Images", "bt:Image");
const urls = defined("bt:Urls", "bt:Url");
const shortStrings = defined("bt:ShortStrings", "bt:String");
const longStrings = defined("bt:LongStrings", "bt:String");

describe("manifest.xml", () => {
  test("is well-formed XML of an Office task pane app for Excel", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(app["@xmlns"]).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(app["@xsi:type"]).toBe("TaskPaneApp");
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(list(app.Hosts.Host).map((h: Record<string, string>) => h["@Name"])).toEqual(["Workbook"]);
    expect(host["@xsi:type"]).toBe("Workbook");
    expect(app.DefaultLocale).toBe("nl-BE");
  });

  test("declares the custom functions namespace OCMW", () => {
    const cf = list(host.AllFormFactors.ExtensionPoint).find((e: Record<string, string>) => e["@xsi:type"] === "CustomFunctions");
    expect(cf).toBeDefined();
    expect(shortStrings.get(cf.Namespace["@resid"])).toBe("OCMW");
    expect(urls.get(cf.Metadata.SourceLocation["@resid"])).toBe("https://localhost:3000/functions.json");
    expect(urls.get(cf.Script.SourceLocation["@resid"])).toBe("https://localhost:3000/functions.js");
  });

  test("uses one shared runtime: the runtime, the functions page, the function file and the task pane are the same URL", () => {
    expect(list(app.Requirements.Sets.Set).map((s: Record<string, string>) => s["@Name"])).toContain("SharedRuntime");
    const runtime = host.Runtimes.Runtime;
    expect(runtime["@lifetime"]).toBe("long");
    const cf = list(host.AllFormFactors.ExtensionPoint).find((e: Record<string, string>) => e["@xsi:type"] === "CustomFunctions");
    const desktop = host.DesktopFormFactor;
    const button = desktop.ExtensionPoint.OfficeTab.Group.Control;
    const ids = [runtime["@resid"], cf.Page.SourceLocation["@resid"], desktop.FunctionFile["@resid"], button.Action.SourceLocation["@resid"]];
    expect(new Set(ids)).toEqual(new Set(["Taskpane.Url"]));
    expect(urls.get("Taskpane.Url")).toBe(app.DefaultSettings.SourceLocation["@DefaultValue"]);
  });

  test("has a task pane button on the ribbon with icons", () => {
    const group = host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group;
    const button = group.Control;
    expect(button["@xsi:type"]).toBe("Button");
    expect(button.Action["@xsi:type"]).toBe("ShowTaskpane");
    expect(shortStrings.get(button.Label["@resid"])).toBeTruthy();
    expect(longStrings.get(button.Supertip.Description["@resid"])).toBeTruthy();
    expect(list(button.Icon["bt:Image"]).map((i: Record<string, string>) => i["@size"])).toEqual(["16", "32", "80"]);
  });

  test("defines every resid it references, each id once, within the 32-character limit", () => {
    const all = [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()];
    expect(new Set(all).size).toBe(all.length);
    for (const id of residsUsed()) {
      expect(all).toContain(id);
      expect(id.length).toBeLessThanOrEqual(32);
    }
  });

  test("points every URL at https://localhost:3000 and at a file the build produces or copies", () => {
    expect(app.SupportUrl["@DefaultValue"]).toBe("https://localhost:3000/help.html");
    expect(urls.get("GetStarted.LearnMoreUrl")).toBe("https://localhost:3000/help.html");
    const referenced = [
      ...images.values(),
      ...urls.values(),
      app.IconUrl["@DefaultValue"],
      app.HighResolutionIconUrl["@DefaultValue"],
      app.SupportUrl["@DefaultValue"],
      app.DefaultSettings.SourceLocation["@DefaultValue"],
      ...[...xml.matchAll(/<(?:bt:)?Override Locale="[^"]+" Value="(https:[^"]+)"/g)].map((m) => m[1]),
    ];
    const produced = new Set(["taskpane.html", "functions.js", "functions.json", "help.html", "functions.fr.json", "help.fr.html"]);
    for (const url of referenced) {
      expect(url).toMatch(/^https:\/\/localhost:3000\//);
      const file = url.replace("https://localhost:3000/", "");
      if (file.startsWith("assets/")) expect(fs.existsSync(path.join(root, file))).toBe(true);
      else expect(produced.has(file)).toBe(true);
    }
  });

  test("keeps strings within the manifest's length limits", () => {
    expect(app.Description["@DefaultValue"].length).toBeLessThanOrEqual(250);
    expect(app.DisplayName["@DefaultValue"].length).toBeLessThanOrEqual(125);
    for (const s of shortStrings.values()) expect(s.length).toBeLessThanOrEqual(125);
    for (const s of longStrings.values()) expect(s.length).toBeLessThanOrEqual(250);
  });

  describe("in French (issue 13): Office's documented <Override Locale> for fr-FR and fr-BE", () => {
    const LOCALES = ["fr-FR", "fr-BE"];
    /** locale -> value of the Override children of an element parsed by fast-xml-parser. */
    const overridesOf = (element: Record<string, unknown>): Record<string, string> => {
      const found = list((element.Override ?? element["bt:Override"]) as Record<string, string>[] | undefined);
      return Object.fromEntries(found.map((o) => [o["@Locale"], o["@Value"]]));
    };
    const resource = (kind: "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings", child: string, id: string) =>
      list(resources[kind][child]).find((e: Record<string, string>) => e["@id"] === id) as Record<string, unknown>;

    test("the functions' metadata: functions.fr.json for both French locales, the Dutch functions.json by default", () => {
      const metadata = resource("bt:Urls", "bt:Url", "Functions.Metadata.Url");
      expect(metadata["@DefaultValue"]).toBe("https://localhost:3000/functions.json");
      expect(overridesOf(metadata)).toEqual({ "fr-FR": "https://localhost:3000/functions.fr.json", "fr-BE": "https://localhost:3000/functions.fr.json" });
      // the namespace is the same in both languages: no override
      expect(overridesOf(resource("bt:ShortStrings", "bt:String", "Functions.Namespace"))).toEqual({});
    });

    test("display name and description in French for both locales, within the limits", () => {
      for (const element of [app.DisplayName, app.Description]) {
        const fr = overridesOf(element);
        expect(Object.keys(fr).sort()).toEqual([...LOCALES].sort());
        expect(fr["fr-FR"]).toBe(fr["fr-BE"]);
      }
      expect(overridesOf(app.DisplayName)["fr-BE"]).toBe("Aide au calcul CPAS");
      expect(overridesOf(app.Description)["fr-BE"]).toMatch(/^Aide au calcul pour les CPAS : .*part d'enfant.*budget de soins flamand.*quote-part personnelle/);
      expect(overridesOf(app.Description)["fr-BE"].length).toBeLessThanOrEqual(250);
      expect(overridesOf(app.DisplayName)["fr-BE"]).not.toMatch(/OCMW|Rekenhulp/);
    });

    test("every text shown in Office (ribbon, get started) and the help links have both French overrides", () => {
      for (const [kind, child] of [["bt:ShortStrings", "bt:String"], ["bt:LongStrings", "bt:String"], ["bt:Urls", "bt:Url"]] as const) {
        for (const e of list(resources[kind][child]) as Record<string, unknown>[]) {
          const id = e["@id"] as string;
          if (id === "Functions.Namespace" || id === "Functions.Script.Url" || id === "Taskpane.Url") continue;
          expect([id, Object.keys(overridesOf(e)).sort()]).toEqual([id, [...LOCALES].sort()]);
        }
      }
      expect(overridesOf(app.SupportUrl)["fr-BE"]).toBe("https://localhost:3000/help.fr.html");
      expect(overridesOf(resource("bt:Urls", "bt:Url", "GetStarted.LearnMoreUrl"))["fr-FR"]).toBe("https://localhost:3000/help.fr.html");
      for (const id of ["GetStarted.Title", "TaskpaneButton.Label", "GetStarted.Description", "TaskpaneButton.Tooltip"]) {
        const kind = id.endsWith("Description") || id.endsWith("Tooltip") ? "bt:LongStrings" : "bt:ShortStrings";
        expect(overridesOf(resource(kind, "bt:String", id))["fr-BE"]).not.toMatch(/Rekenhulp|OCMW(?!\.)|\b(het|een|van|voor|geladen|typ|tabblad)\b/i);
      }
    });
  });
});
