/**
 * The bar chart's label placement (issue 11 item 2, "the figures as labels"): every part's figure inside its segment
 * when it fits, else in a row beside the bar, where labels keep the segments' order, never overlap and never leave
 * the bar's width. Hand-worked cases, then the invariants as fast-check properties.
 */
import fc from "fast-check";
import { INSIDE_PADDING, LABEL_GAP, placeLabels, spreadRow, type LabelInput, type LabelPlace } from "../../src/taskpane/components/chartLabels";

type Outside = Extract<LabelPlace, { where: "outside" }>;
const outside = (places: LabelPlace[]) => places.filter((p): p is Outside => p.where === "outside");

describe("hand-worked placements", () => {
  test("the sample dossier on a 286 px bar: An and the OCMW inside, Bart's figure below, centred under his segment", () => {
    // 191,15 / 86,15 / 365,95 of 643,25 -> 29,716 % / 13,393 % / 56,891 % of 286 px = 84,99 / 38,30 / 162,71 px
    // labels 60, 53, 60 px: An 60 + 8 <= 84,99 inside; Bart 53 + 8 > 38,30 outside; OCMW inside
    const parts: LabelInput[] = [
      { key: "an", start: 0, width: 84.99, labelWidth: 60 },
      { key: "bart", start: 84.99, width: 38.3, labelWidth: 53 },
      { key: "ocmw", start: 123.29, width: 162.71, labelWidth: 60 },
    ];
    const layout = placeLabels(parts, 286);
    expect(layout.places.map((p) => p.where)).toEqual(["inside", "outside", "inside"]);
    // Bart's anchor 84,99 + 38,30 / 2 = 104,14; his label centred there: 104,14 - 53 / 2 = 77,64
    const bart = layout.places[1] as Outside;
    expect(bart.row).toBe(0);
    expect(bart.anchor).toBeCloseTo(104.14, 2);
    expect(bart.left).toBeCloseTo(77.64, 2);
    expect(bart.width).toBe(53);
    expect([layout.rowsBelow, layout.rowsAbove]).toEqual([1, 0]);
  });

  test("three narrow parts at the bar's left edge: pushed right in order, 6 px apart, from 0", () => {
    // 20 / 30 / 50 / 400 / 500 of 1 000 on 286 px: 5,72 / 8,58 / 14,30 / 114,40 / 143,00 px; labels 53 px (68 px for 400 and 500)
    // anchors 2,86 / 10,01 / 21,45: centred they would start left of 0, so the three form one cluster at 0: 0, 59, 118
    const parts: LabelInput[] = [
      { key: "a", start: 0, width: 5.72, labelWidth: 53 },
      { key: "b", start: 5.72, width: 8.58, labelWidth: 53 },
      { key: "c", start: 14.3, width: 14.3, labelWidth: 53 },
      { key: "d", start: 28.6, width: 114.4, labelWidth: 60 },
      { key: "ocmw", start: 143, width: 143, labelWidth: 60 },
    ];
    const layout = placeLabels(parts, 286);
    expect(layout.places.map((p) => p.where)).toEqual(["outside", "outside", "outside", "inside", "inside"]);
    expect(outside(layout.places).map((p) => [p.key, p.row, p.left])).toEqual([
      ["a", 0, 0],
      ["b", 0, 59],
      ["c", 0, 118],
    ]);
  });

  test("a narrow part at the right edge: its label ends at the bar's end", () => {
    // anchor 286 - 2 = 284; centred 284 - 26,5 = 257,5 would end at 310,5 > 286: clamped to 286 - 53 = 233
    const layout = placeLabels(
      [
        { key: "big", start: 0, width: 282, labelWidth: 60 },
        { key: "small", start: 282, width: 4, labelWidth: 53 },
      ],
      286,
    );
    expect(layout.places[1]).toMatchObject({ where: "outside", row: 0, left: 233, anchor: 284 });
  });

  test("too many for one row: dealt below and above (1st below, 2nd above, ...)", () => {
    // six parts of 40 px, labels 53 px: 6 x 53 + 5 x 6 = 348 > 240; two rows of 3: 3 x 53 + 2 x 6 = 171 <= 240
    const parts = Array.from({ length: 6 }, (_, i): LabelInput => ({ key: `k${i}`, start: 40 * i, width: 40, labelWidth: 53 }));
    const layout = placeLabels(parts, 240);
    expect(outside(layout.places).map((p) => p.row)).toEqual([0, 1, 0, 1, 0, 1]);
    expect([layout.rowsBelow, layout.rowsAbove]).toEqual([1, 1]);
    // row 0: anchors 20, 100, 180 -> wished lefts -6,5 / 73,5 / 153,5: the first clamped to 0, the others as wished
    expect(outside(layout.places).filter((p) => p.row === 0).map((p) => p.left)).toEqual([0, 73.5, 153.5]);
  });

  test("a figure exactly as wide as its segment less the padding still goes inside", () => {
    expect(placeLabels([{ key: "x", start: 0, width: 50 + INSIDE_PADDING, labelWidth: 50 }], 100).places[0].where).toBe("inside");
    expect(placeLabels([{ key: "x", start: 0, width: 49.9 + INSIDE_PADDING, labelWidth: 50 }], 100).places[0].where).toBe("outside");
  });

  test("spreadRow keeps labels that do not touch where they wish to be", () => {
    // anchors 50 and 200, widths 40: wished lefts 30 and 180, far apart
    expect(spreadRow([{ anchor: 50, width: 40 }, { anchor: 200, width: 40 }], 300)).toEqual([30, 180]);
    // anchors 100 and 110, widths 40: wished 80 and 90 overlap; the cluster (width 86) sits at the mean of 80 and 90 - 46 = 44: 62, 108
    expect(spreadRow([{ anchor: 100, width: 40 }, { anchor: 110, width: 40 }], 300)).toEqual([62, 108]);
  });
});

describe("properties", () => {
  /** parts of random shares of a bar, with random figure widths up to a third of the bar (as "€ 1.234,56" at 320 px) */
  const arbitraryChart = fc
    .record({
      barWidth: fc.integer({ min: 200, max: 600 }),
      shares: fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 9 }),
      labelWidths: fc.array(fc.integer({ min: 20, max: 66 }), { minLength: 9, maxLength: 9 }),
    })
    .map(({ barWidth, shares, labelWidths }) => {
      const total = shares.reduce((a, b) => a + b, 0);
      let start = 0;
      const parts = shares.map((share, i): LabelInput => {
        const width = (share / total) * barWidth;
        const part = { key: `p${i}`, start, width, labelWidth: labelWidths[i] };
        start += width;
        return part;
      });
      return { barWidth, parts };
    });

  test("every part gets exactly one place; inside only when it fits; outside labels stay within the bar's width", () => {
    fc.assert(
      fc.property(arbitraryChart, ({ barWidth, parts }) => {
        const { places } = placeLabels(parts, barWidth);
        expect(places.map((p) => p.key)).toEqual(parts.map((p) => p.key));
        places.forEach((place, i) => {
          const part = parts[i];
          if (place.where === "inside") expect(part.labelWidth + INSIDE_PADDING).toBeLessThanOrEqual(part.width);
          else {
            expect(place.left).toBeGreaterThanOrEqual(0);
            expect(place.left + place.width).toBeLessThanOrEqual(barWidth + 1e-9);
            // the leader starts in the middle of its own segment
            expect(place.anchor).toBeCloseTo(part.start + part.width / 2, 9);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  test("in a row, labels keep the segments' order and are at least the gap apart (so leaders never cross)", () => {
    fc.assert(
      fc.property(arbitraryChart, ({ barWidth, parts }) => {
        const { places } = placeLabels(parts, barWidth);
        const rows = new Map<number, Outside[]>();
        for (const p of outside(places)) rows.set(p.row, [...(rows.get(p.row) ?? []), p]);
        for (const row of rows.values()) {
          for (let i = 1; i < row.length; i++) {
            expect(row[i].anchor).toBeGreaterThan(row[i - 1].anchor);
            expect(row[i].left).toBeGreaterThanOrEqual(row[i - 1].left + row[i - 1].width + LABEL_GAP - 1e-9);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
