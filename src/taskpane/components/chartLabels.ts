/**
 * Where the bar chart's figures go (Verdeling.tsx): each part's figure inside its segment when it fits there, else
 * in a row of labels beside the bar (below it first, then above, then further rows), joined to the middle of its
 * segment by a leader line. Pure geometry on measured pixel widths: no DOM, no money (the figures are text here).
 *
 * Within a row, the labels keep the segments' order and are moved as little as possible so that none overlaps the
 * next nor leaves the bar's width (the classic one-dimensional label placement: clusters of touching labels sit at
 * the mean of their wished positions). Anchors and label centres then both increase from left to right, so the
 * straight leaders of one row never cross each other. A row is used only when its labels fit in the bar's width;
 * otherwise the outside labels are dealt over more rows (1st below, 2nd above, 3rd below, ...).
 */

/** Room left around a figure inside its segment (both sides together), px. */
export const INSIDE_PADDING = 8;
/** Least space between two labels of one row, px. */
export const LABEL_GAP = 6;

export interface LabelInput {
  key: string;
  /** the segment's left edge and width, px from the bar's left inner edge */
  start: number;
  width: number;
  /** the figure's width as written, px */
  labelWidth: number;
}

export type LabelPlace =
  | { key: string; where: "inside" }
  | {
      key: string;
      where: "outside";
      /** 0: first row below the bar, 1: first above, 2: second below, 3: second above, ... */
      row: number;
      /** the label's left edge, px from the bar's left inner edge */
      left: number;
      /** the label's width, px */
      width: number;
      /** the middle of the segment, where the leader starts, px */
      anchor: number;
    };

export interface LabelLayout {
  places: LabelPlace[];
  rowsBelow: number;
  rowsAbove: number;
}

/** Whether a row of labels of these widths fits side by side in `barWidth`. */
function fits(widths: readonly number[], barWidth: number): boolean {
  const total = widths.reduce((sum, w) => sum + w, 0) + LABEL_GAP * Math.max(0, widths.length - 1);
  return total <= barWidth;
}

/**
 * Left edges for one row: each label as near its wished left edge (centred on its anchor) as it can be, in order,
 * LABEL_GAP apart, inside [0, barWidth]. When the row is too wide for the bar, it starts at 0 (and overflows: the
 * caller only asks this for rows that fit, or for a single label wider than the bar).
 */
export function spreadRow(items: readonly { anchor: number; width: number }[], barWidth: number): number[] {
  interface Cluster {
    first: number;
    count: number;
    /** the cluster's width, gaps included */
    width: number;
    /** sum over its labels of (wished left - offset in the cluster) */
    sum: number;
    left: number;
  }
  const clamp = (c: Cluster) => Math.max(0, Math.min(barWidth - c.width, c.sum / c.count));
  const clusters: Cluster[] = [];
  items.forEach((item, i) => {
    let c: Cluster = { first: i, count: 1, width: item.width, sum: item.anchor - item.width / 2, left: 0 };
    c.left = clamp(c);
    for (let prev = clusters[clusters.length - 1]; prev !== undefined && prev.left + prev.width + LABEL_GAP > c.left; prev = clusters[clusters.length - 1]) {
      clusters.pop();
      // c's labels now sit after prev's: their offsets grow by prev's width and a gap
      const shift = prev.width + LABEL_GAP;
      c = { first: prev.first, count: prev.count + c.count, width: shift + c.width, sum: prev.sum + c.sum - shift * c.count, left: 0 };
      c.left = clamp(c);
    }
    clusters.push(c);
  });
  const lefts: number[] = [];
  for (const c of clusters) {
    let x = Math.max(0, c.left);
    for (let i = c.first; i < c.first + c.count; i++) {
      lefts.push(x);
      x += items[i].width + LABEL_GAP;
    }
  }
  return lefts;
}

/** The place of every part's figure on a bar `barWidth` px wide (the parts in the bar's order). */
export function placeLabels(parts: readonly LabelInput[], barWidth: number): LabelLayout {
  const inside = (p: LabelInput) => p.labelWidth + INSIDE_PADDING <= p.width;
  const outside = parts.filter((p) => !inside(p));
  // the fewest rows in which every row fits (dealt in turn, so neighbours land in different rows)
  let rows = 1;
  while (rows < outside.length && !Array.from({ length: rows }, (_, r) => outside.filter((_, i) => i % rows === r).map((p) => p.labelWidth)).every((w) => fits(w, barWidth))) {
    rows += 1;
  }
  const placed = new Map<string, LabelPlace>();
  for (let r = 0; r < rows; r++) {
    const row = outside.filter((_, i) => i % rows === r);
    const lefts = spreadRow(
      row.map((p) => ({ anchor: p.start + p.width / 2, width: p.labelWidth })),
      barWidth,
    );
    row.forEach((p, i) => placed.set(p.key, { key: p.key, where: "outside", row: r, left: lefts[i], width: p.labelWidth, anchor: p.start + p.width / 2 }));
  }
  const used = outside.length === 0 ? 0 : Math.min(rows, outside.length);
  return {
    places: parts.map((p) => placed.get(p.key) ?? { key: p.key, where: "inside" }),
    rowsBelow: Math.ceil(used / 2),
    rowsAbove: Math.floor(used / 2),
  };
}
