import { cents, dec, Decimal, formatAmount, formatEuro, formatNumber, maxDec, minDec, toExcelNumber, ZERO } from "../../src/rules/money";

describe("money: cents, half away from zero", () => {
  // [input as exact decimal text, expected cents]
  const cases: [string, string][] = [
    ["1.005", "1.01"], // half -> up
    ["1.004999", "1"],
    ["2.675", "2.68"], // 2.675 is 2.67499.. as a float; decimal arithmetic must give 2.68
    ["1.015", "1.02"],
    ["0.005", "0.01"],
    ["0.0049", "0"],
    ["-1.005", "-1.01"], // half away from zero, also below zero
    ["-2.345", "-2.35"],
    ["-0.005", "-0.01"],
    ["-1.004", "-1"],
    ["118.62916666666", "118.63"],
    ["1423.55", "1423.55"],
    ["0", "0"],
  ];
  test.each(cases)("cents(%s) = %s", (input, expected) => {
    expect(cents(new Decimal(input)).toString()).toBe(new Decimal(expected).toString());
  });

  test("toExcelNumber rounds to cents and gives a plain number", () => {
    expect(toExcelNumber(new Decimal("2.675"))).toBe(2.68);
    expect(toExcelNumber(new Decimal("-2.675"))).toBe(-2.68);
    expect(toExcelNumber(new Decimal("0.1").plus("0.2"))).toBe(0.3);
  });

  test("dec keeps a number's shortest decimal form (0.1 + 0.2 = 0.3 exactly)", () => {
    expect(dec(0.1).plus(dec(0.2)).equals(new Decimal("0.3"))).toBe(true);
    expect(dec("20335.00").toFixed(2)).toBe("20335.00");
    const d = new Decimal(5);
    expect(dec(d)).toBe(d);
  });

  test("maxDec / minDec", () => {
    expect(maxDec(ZERO, new Decimal(-3)).toNumber()).toBe(0);
    expect(maxDec(new Decimal(2), new Decimal(1)).toNumber()).toBe(2);
    expect(minDec(new Decimal(2), new Decimal(1)).toNumber()).toBe(1);
  });
});

describe("money: Belgian formatting", () => {
  const cases: [string, string][] = [
    ["1234.56", "1.234,56"],
    ["0", "0,00"],
    ["5", "5,00"],
    ["12.3", "12,30"],
    ["999.995", "1.000,00"], // rounded first, then grouped
    ["1234567.891", "1.234.567,89"],
    ["100000", "100.000,00"],
    ["-1234.5", "-1.234,50"],
    ["-0.001", "0,00"], // rounds to zero: no minus sign
    ["-0.005", "-0,01"],
  ];
  test.each(cases)("formatAmount(%s) = %s", (input, expected) => {
    expect(formatAmount(new Decimal(input))).toBe(expected);
  });

  test("formatEuro puts the euro sign in front", () => {
    expect(formatEuro(new Decimal("1234.56"))).toBe("€ 1.234,56");
  });

  test("formatNumber uses the fewest decimals", () => {
    expect(formatNumber(2.5)).toBe("2,5");
    expect(formatNumber(1000)).toBe("1.000");
    expect(formatNumber(-5)).toBe("-5");
    expect(formatNumber(new Decimal("20335.1"))).toBe("20.335,1");
  });
});
