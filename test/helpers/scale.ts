/**
 * A small official-looking scale (fictitious amounts) the pane's tests compute with by hand:
 * personen ten laste | inkomen van | inkomen tot | maandbedrag (empty inkomen_tot = no upper bound).
 */
export const TEST_SCALE_HEADER = ["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag"];
export const TEST_SCALE_ROWS: (number | string)[][] = [
  [0, 0, 25000, 0],
  [0, 25000, 35000, 60],
  [1, 0, 30000, 0],
  [1, 30000, 40000, 75],
  [1, 40000, "", 200],
  [2, 0, 33000, 0],
  [2, 33000, 45000, 90],
  [2, 45000, "", 220],
];
