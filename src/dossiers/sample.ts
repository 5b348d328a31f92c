/**
 * Made-up dossier lists for tests, benchmarks, the sample workbook and the task pane's preview mode.
 * Deterministic: the same arguments give the same list. No real persons.
 */

export const SAMPLE_HEADERS = [
  "Dossier",
  "Kind",
  "Inkomen",
  "Partner inkomen",
  "Personen ten laste",
  "Ligdagprijs",
  "Dagen",
  "Bijkomende kosten",
  "Inkomsten",
  "Datum",
  "Kadastraal inkomen",
] as const;

export const SAMPLE_HEADERS_TEKORT = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort", "Datum"] as const;

/** A small fast PRNG (mulberry32), so lists are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = ["An", "Bart", "Chris", "Dirk", "Els", "Filip", "Greet", "Hilde", "Ilse", "Jan", "Karel", "Lies", "Marc", "Nele", "Oscar", "Piet", "Rita", "Sofie", "Tom", "Veerle"];

export interface SampleOptions {
  seed?: number;
  /** use a `Tekort` column instead of Ligdagprijs + Dagen + Bijkomende kosten + Inkomsten */
  tekortColumn?: boolean;
  /** the first serial of the Datum column (default 45352 = 2024-03-01) */
  datum?: number;
}

/**
 * A header row and about `rows` data rows, 1 to 4 rows (children) per dossier; every value is valid.
 * Amounts are numbers with cents; dates are serials.
 */
export function sampleDossierList(rows: number, options: SampleOptions = {}): (string | number | null)[][] {
  const random = prng(options.seed ?? 1);
  const datum = options.datum ?? 45_352;
  const header = options.tekortColumn ? [...SAMPLE_HEADERS_TEKORT] : [...SAMPLE_HEADERS];
  const matrix: (string | number | null)[][] = [header];
  let dossier = 0;
  while (matrix.length - 1 < rows) {
    dossier++;
    const children = Math.min(1 + Math.floor(random() * 4), rows - (matrix.length - 1));
    const id = `D-${String(dossier).padStart(6, "0")}`;
    const ligdagprijs = Math.round((55 + random() * 30) * 100) / 100;
    const dagen = 28 + Math.floor(random() * 4);
    const kosten = Math.round(random() * 20000) / 100;
    const inkomsten = Math.round((1200 + random() * 900) * 100) / 100;
    const tekort = Math.round((200 + random() * 1500) * 100) / 100;
    for (let c = 0; c < children; c++) {
      const inkomen = Math.round((12000 + random() * 50000) * 100) / 100;
      const partner = random() < 0.5 ? Math.round(random() * 40000 * 100) / 100 : null;
      const ptl = Math.floor(random() * 4);
      const ki = random() < 0.2 ? Math.round(random() * 3500) : null;
      const kind = `${FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]} ${dossier}.${c + 1}`;
      matrix.push(
        options.tekortColumn
          ? [id, kind, inkomen, partner, ptl, tekort, datum]
          : [id, kind, inkomen, partner, ptl, ligdagprijs, dagen, kosten, inkomsten, datum, ki],
      );
    }
  }
  return matrix;
}
