/**
 * The Resultaat's bar chart (issue 11 item 2, "the figures as labels"): every part's figure is drawn as a label tied
 * to its segment, inside it when it fits, else beside the bar with a leader from the middle of the segment.
 * jsdom has no layout, so the two things the chart measures are given as a browser at 320 px would give them: the
 * bar 286 px wide inside its border, and a figure 7 px per character plus 2 x 2 px padding.
 * Sample dossier on 01/03/2022 (fixtures.ts): 191,15 / 86,15 / 365,95 of 643,25 -> 29,716 % / 13,393 % / 56,891 %.
 */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import { dec } from "../../src/rules";
import { VerdelingChart, type Part } from "../../src/taskpane/components/Verdeling";
import { LanguageProvider } from "../../src/taskpane/i18n";
import { fixedSampleForm, renderApp, resultRegion } from "./helpers";

const BAR = 286;
const labelWidth = (text: string) => text.length * 7 + 4;

const realRect = HTMLElement.prototype.getBoundingClientRect;
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, "clientWidth", {
    configurable: true,
    get(this: HTMLElement) {
      return this.dataset.testid === "verdeling-balk" ? BAR : 0;
    },
  });
  HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    if (this.dataset.sizer === undefined) return realRect.call(this);
    const width = labelWidth(this.textContent ?? "");
    return { x: 0, y: 0, top: 0, left: 0, width, height: 18, right: width, bottom: 18, toJSON: () => ({}) } as DOMRect;
  };
});
afterAll(() => {
  delete (HTMLElement.prototype as unknown as { clientWidth?: number }).clientWidth;
  HTMLElement.prototype.getBoundingClientRect = realRect;
});

const px = (value: string) => parseFloat(value.replace(/px$/, ""));

/**
 * For every entry of the list under the chart (name, figure): its segment (title "name: figure"), and the one label
 * for that segment, with the figure as its text; a label outside the bar gets a leader that starts inside its segment
 * and ends inside the label; outside labels stay within the chart's width and do not overlap one another.
 */
function expectEveryFigureLabelled(figure: HTMLElement) {
  const bar = within(figure).getByTestId("verdeling-balk");
  const chart = within(figure).getByTestId("verdeling");
  const placed: { row: string; left: number; right: number; top: number }[] = [];
  const items = within(within(figure).getByRole("list")).getAllByRole("listitem");
  expect(items.length).toBeGreaterThan(0);
  let start = 0;
  for (const item of items) {
    const [, name, amount] = [...item.children].map((c) => c.textContent ?? "");
    const segment = [...bar.children].find((s) => s.getAttribute("title") === `${name}: ${amount}`) as HTMLElement;
    expect(segment).toBeDefined();
    const width = (px(segment.style.width.replace("%", "")) / 100) * BAR;
    const labels = chart.querySelectorAll<HTMLElement>(`[data-label-for="${segment.dataset.part}"]`);
    expect(labels).toHaveLength(1);
    const label = labels[0];
    expect({ name, label: label.textContent }).toEqual({ name, label: amount });
    if (label.dataset.place === "inside") {
      expect(segment).toContainElement(label);
      expect(labelWidth(amount) + 8).toBeLessThanOrEqual(width);
    } else {
      expect(segment).not.toContainElement(label);
      const left = px(label.style.left);
      const right = left + labelWidth(amount);
      expect(left).toBeGreaterThanOrEqual(1);
      expect(right).toBeLessThanOrEqual(BAR + 1); // within the bar's border: nothing wider than the pane
      const leader = chart.querySelector(`[data-leader-for="${segment.dataset.part}"]`)!;
      expect(leader).not.toBeNull();
      const x1 = Number(leader.getAttribute("x1"));
      const x2 = Number(leader.getAttribute("x2"));
      expect(x1).toBeGreaterThan(1 + start);
      expect(x1).toBeLessThan(1 + start + width);
      expect(x2).toBeGreaterThanOrEqual(left);
      expect(x2).toBeLessThanOrEqual(right);
      for (const other of placed.filter((p) => p.row === label.dataset.place && p.top === px(label.style.top))) {
        expect(left >= other.right || right <= other.left).toBe(true);
      }
      placed.push({ row: label.dataset.place!, left, right, top: px(label.style.top) });
    }
    start += width;
  }
}

describe("the bar's labels", () => {
  test("the sample: An's and the OCMW's figures inside their segments, Bart's below his, with a leader", () => {
    const { container } = renderApp({ form: fixedSampleForm() });
    const figure = within(resultRegion()).getByRole("figure", { name: "Verdeling van het tekort (€ 643,25 per maand)" });
    expectEveryFigureLabelled(figure);
    // by hand: An 29,716 % of 286 = 84,99 px >= 60 + 8: inside; Bart 13,393 % = 38,30 px < 53 + 8: outside; OCMW inside
    // in the bar's order (the segments' parts)
    const labels = [...screen.getByTestId("verdeling-balk").children].map((s) => container.querySelector<HTMLElement>(`[data-label-for="${(s as HTMLElement).dataset.part}"]`)!);
    expect(labels.map((l) => [l.textContent, l.dataset.place])).toEqual([
      ["€ 191,15", "inside"],
      ["€ 86,15", "below"],
      ["€ 365,95", "inside"],
    ]);
    // Bart's segment: 84,99 to 123,29 px, middle 104,14; his 53 px label centred on it: left 77,64 (+1 for the bar's border)
    const bart = labels[1];
    expect(px(bart.style.left)).toBeCloseTo(78.64, 1);
    expect(px(bart.style.top)).toBe(42); // under the 32 px bar and a 10 px leader
    const leader = container.querySelector("[data-leader-for] ")!;
    expect(Number(leader.getAttribute("x1"))).toBeCloseTo(105.14, 1);
    expect(Number(leader.getAttribute("x2"))).toBeCloseTo(105.14, 1);
    expect([leader.getAttribute("y1"), leader.getAttribute("y2")]).toEqual(["32", "42"]);
    // the room for the row below the bar is part of the chart (nothing is drawn over the list)
    expect(screen.getByTestId("verdeling").style.paddingBottom).toBe("28px");
  });

  test("in French, four children of whom three give little: every figure labelled, none overlapping", () => {
    // 20 / 30 / 50 / 400 of a deficit of 1 000, the OCMW 500: three narrow segments at the left edge
    const parts: Part[] = [
      { key: "a", label: "Anne", value: dec(20) },
      { key: "b", label: "Benoît", value: dec(30) },
      { key: "c", label: "Claire", value: dec(50) },
      { key: "d", label: "David", value: dec(400) },
      { key: "ocmw", label: "Part du CPAS", value: dec(500) },
    ];
    render(
      <LanguageProvider language="fr">
        <VerdelingChart tekort={dec(1000)} parts={parts} />
      </LanguageProvider>,
    );
    const figure = screen.getByRole("figure");
    expectEveryFigureLabelled(figure);
    const places = parts.map((p) => [p.key, figure.querySelector<HTMLElement>(`[data-label-for="${p.key}"]`)!.dataset.place]);
    expect(places).toEqual([
      ["a", "below"],
      ["b", "below"],
      ["c", "below"],
      ["d", "inside"],
      ["ocmw", "inside"],
    ]);
  });

  test("a part of 0,00 has no segment and no label; the list still names it", () => {
    const parts: Part[] = [
      { key: "a", label: "An", value: dec(0) },
      { key: "ocmw", label: "Aandeel OCMW", value: dec(300) },
    ];
    render(<VerdelingChart tekort={dec(300)} parts={parts} />);
    expect(screen.getByTestId("verdeling-balk").children).toHaveLength(1);
    expect(document.querySelector('[data-label-for="a"]')).toBeNull();
    expect(within(screen.getByRole("list")).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["An€ 0,00", "Aandeel OCMW€ 300,00"]);
  });
});
