/**
 * Issue 13: one message catalogue per language for the rules. Every Dutch key has a French text and vice versa,
 * each French text uses exactly the named values its Dutch text uses, and no French text is left in Dutch.
 */
import { MESSAGE_CATALOGUES, currentLanguage, msg, withLanguage } from "../../src/rules";
import { DUTCH_WORD } from "../functions/dutchWords";

const { nl, fr } = MESSAGE_CATALOGUES;

/** Calls a message with a parameter object that records which named values it reads; returns them and the text. */
function render(text: (p: never) => string): { used: string[]; text: string } {
  const used = new Set<string>();
  const params = new Proxy({}, { get: (_target, name) => (used.add(String(name)), `{${String(name)}}`) });
  const rendered = (text as (p: unknown) => string)(params);
  return { used: [...used].sort(), text: rendered };
}

test("the same keys in Dutch and French", () => {
  expect(Object.keys(fr).sort()).toEqual(Object.keys(nl).sort());
  expect(Object.keys(nl).length).toBeGreaterThan(20);
});

test.each(Object.keys(nl))("%s: the same named values in both languages, a French text without Dutch words", (key) => {
  const dutch = render(nl[key as keyof typeof nl]);
  const french = render(fr[key as keyof typeof fr]);
  expect(french.used).toEqual(dutch.used);
  expect(french.text.trim()).not.toBe("");
  // the named values stand in braces in the rendered text; they are not words of either language
  expect(french.text.replace(/\{\w+\}/g, "")).not.toMatch(DUTCH_WORD);
});

test("withLanguage chooses the catalogue for one call and restores the previous language, also after an error", () => {
  expect(currentLanguage()).toBe("nl");
  expect(withLanguage("fr", () => msg("got.range"))).toBe("une plage");
  expect(msg("got.range")).toBe("een bereik");
  expect(() => withLanguage("fr", () => { throw new Error("x"); })).toThrow("x");
  expect(currentLanguage()).toBe("nl");
  expect(withLanguage("fr", () => withLanguage("nl", () => msg("got.range")) + " / " + msg("got.range"))).toBe("een bereik / une plage");
});
