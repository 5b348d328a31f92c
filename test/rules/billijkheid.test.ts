/** Billijkheid (seed 004): a decided amount replaces the computed contribution, within 0..kindsdeel, with a reason. */
import { dec, metBillijkheid, RuleError, type Result, type Decimal } from "../../src/rules";

const computed: Result<Decimal> = { value: dec("120.50"), steps: [{ label: "Bijdrage", amount: dec("120.50") }] };

test("without a decided amount the computed contribution stands", () => {
  const r = metBillijkheid(computed, dec("300"), null, null);
  expect(r.value.toFixed(2)).toBe("120.50");
  expect(r.billijkheid).toBe(false);
});

test.each([
  [50, "50.00"],
  [0, "0.00"],
  [300, "300.00"], // exactly the kindsdeel is allowed
])("a decided amount of %s replaces it, and the trace says why", (beslist, expected) => {
  const r = metBillijkheid(computed, dec("300"), beslist as number, "zware ziektekosten");
  expect(r.value.toFixed(2)).toBe(expected);
  expect(r.billijkheid).toBe(true);
  expect(r.steps[r.steps.length - 1].label).toContain("billijkheid");
  expect(r.steps[r.steps.length - 1].label).toContain("zware ziektekosten");
});

test.each([
  [300.01, "zware ziektekosten", "billijkheid", /niet hoger zijn dan het kindsdeel/],
  [-1, "zware ziektekosten", "billijkheid", /negatief/],
  [50, "", "reden", /motivering/],
  [50, null, "reden", /motivering/],
  ["veel", "x", "billijkheid", /./],
])("%s with reason %s is refused naming %s", (beslist, reden, argument, message) => {
  let error: unknown;
  try {
    metBillijkheid(computed, dec("300"), beslist as number, reden as string);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(RuleError);
  expect((error as RuleError).argument).toBe(argument);
  expect((error as RuleError).message).toMatch(message);
});
