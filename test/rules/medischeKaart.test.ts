import { dayToIso } from "../../src/rules/excelDate";
import { medischeKaartEinde, medischeKaartTermijn } from "../../src/rules/medischeKaart";
import { serial } from "../helpers/excel";
import { ruleError } from "../helpers/rules";


describe("einde = EDATE(start; maanden) - 1 day (seed 000: 'telkens maximum 3 maanden geldig')", () => {
  // [start, maanden (null = default 3), last valid day]
  const cases: [string, number | null, string][] = [
    ["2024-01-15", 1, "2024-02-14"],
    ["2024-01-15", 2, "2024-03-14"],
    ["2024-01-15", 3, "2024-04-14"],
    ["2024-01-15", null, "2024-04-14"],
    ["2024-03-01", null, "2024-05-31"], // 45352 -> EDATE 2024-06-01 - 1
    ["2024-01-01", 1, "2024-01-31"],
    ["2024-01-31", 1, "2024-02-28"], // EDATE clamps to 2024-02-29, minus 1
    ["2024-01-31", 2, "2024-03-30"],
    ["2024-01-31", 3, "2024-04-29"],
    ["2024-11-30", 1, "2024-12-29"],
    ["2024-11-30", 2, "2025-01-29"], // across the year end
    ["2024-11-30", 3, "2025-02-27"], // EDATE 2025-02-28 (common year), minus 1
    ["2023-11-30", 3, "2024-02-28"], // EDATE 2024-02-29 (leap year), minus 1
    ["2023-11-30", 1, "2023-12-29"],
    ["2024-12-31", 2, "2025-02-27"],
    ["2024-12-31", 3, "2025-03-30"],
    ["2024-02-29", 3, "2024-05-28"],
    ["9999-10-01", 3, "9999-12-31"], // the last date Excel can show
  ];
  test.each(cases)("start %s, %p months -> %s", (start, maanden, expected) => {
    expect(dayToIso(medischeKaartEinde(serial(start), maanden).value)).toBe(expected);
  });
  test("empty maanden ('' / undefined) is the default 3", () => {
    expect(dayToIso(medischeKaartEinde(serial("2024-01-15"), "").value)).toBe("2024-04-14");
    expect(dayToIso(medischeKaartEinde(serial("2024-01-15")).value)).toBe("2024-04-14");
  });
  test.each([[0], [4], [2.5], [-1], ["drie"], [true]])("maanden %p is invalid", (m) => {
    const err = ruleError(() => medischeKaartEinde(serial("2024-01-15"), m as never));
    expect(err.kind).toBe("invalid");
    expect(err.argument).toBe("maanden");
  });
  test("a result after 9999-12-31 is invalid", () => {
    expect(ruleError(() => medischeKaartEinde(serial("9999-10-02"), 3)).kind).toBe("invalid");
  });
  test.each([[60], [0], [null], ["2024-01-15"], [Infinity]])("startdatum %p is invalid", (s) => {
    const err = ruleError(() => medischeKaartEinde(s as never));
    expect(err.kind).toBe("invalid");
    expect(err.argument).toBe("startdatum");
  });
});

describe("termijn = prestatiedatum + 30 days (seed 000: 'binnen de 30 dagen')", () => {
  const cases: [string, string][] = [
    ["2024-01-15", "2024-02-14"], // 16 days left in January + 14
    ["2024-01-31", "2024-03-01"], // leap year: 29 + 1
    ["2023-01-31", "2023-03-02"], // common year: 28 + 2
    ["2024-02-15", "2024-03-16"], // 14 days left in February 2024 + 16
    ["2023-02-15", "2023-03-17"], // 13 days left in February 2023 + 17
    ["2024-12-15", "2025-01-14"], // across the year end
    ["2024-12-31", "2025-01-30"],
    ["9999-12-01", "9999-12-31"],
  ];
  test.each(cases)("prestatie %s -> %s", (prestatie, expected) => {
    expect(dayToIso(medischeKaartTermijn(serial(prestatie)).value)).toBe(expected);
  });
  test("after 9999-12-31 is invalid", () => {
    expect(ruleError(() => medischeKaartTermijn(serial("9999-12-02"))).kind).toBe("invalid");
  });
  test.each([[60], [-5], ["morgen"], [null], [false]])("prestatiedatum %p is invalid", (s) => {
    const err = ruleError(() => medischeKaartTermijn(s as never));
    expect(err.kind).toBe("invalid");
    expect(err.argument).toBe("prestatiedatum");
  });
});
