
describe("a leading zero group is a decimal point, not thousands", () => {
  test.each([
    ["0.125", "0.125"],
    ["0.5", "0.5"],
    ["1.250", "1250"],
    ["12.345,67", "12345.67"],
  ])("%s -> %s", (text, expected) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { parseNumberText } = require("../../src/rules/numberText");
    expect(parseNumberText(text)?.toString()).toBe(expected);
  });
});
