/**
 * Forms whose hand-worked figures do not move when the parameter data change (a new index jump, a new published
 * amount): on 01/03/2022 the exemption threshold is its published value (25 284,89 + 3 539,89 per person ten laste,
 * in force that very day), and the zakgeld is typed (93,25) instead of taken from the data.
 * Worked example: 60 x 30 + 150 + 93,25 - 1 400 = 643,25; kindsdeel for two 321,625 -> 321,62 (down).
 * An: 38 000, 1 ptl: (38 000 - 28 824,78) x 25 % / 12 = 191,15. Bart: 24 500 + 12 000, 2 ptl:
 * (36 500 - 32 364,67) x 25 % / 12 = 86,15. Total 277,30; OCMW 643,25 - 277,30 = 365,95.
 */
import { emptyChild, emptyCost, emptyForm, type DossierForm } from "../../src/taskpane/model";
import { sampleForm } from "../../src/taskpane/sample";

export const FIXED_DATE = "01/03/2022";
export const FIXED_ZAKGELD = "93,25";

/** The preview's sample dossier (An and Bart Janssens) on the fixed date with the typed zakgeld. */
export function fixedSampleForm(): DossierForm {
  return { ...sampleForm(), datum: FIXED_DATE, zakgeld: FIXED_ZAKGELD };
}

/** The worked example's resident as a form, on the fixed date with the typed zakgeld, with the given children. */
export function workedExampleForm(kinderen: { naam: string; inkomen: string; partner?: string; ptl?: string; ki?: string }[] = []): DossierForm {
  return {
    ...emptyForm(new Date(2022, 2, 1)),
    datum: FIXED_DATE,
    zakgeld: FIXED_ZAKGELD,
    ligdagprijs: "60",
    dagen: "30",
    inkomsten: "1.400",
    kosten: [{ ...emptyCost(), omschrijving: "Medicatie en dokter", bedrag: "150" }],
    kinderen: kinderen.map((k) => ({
      ...emptyChild(),
      naam: k.naam,
      inkomen: k.inkomen,
      partnerInkomen: k.partner ?? "",
      personenTenLaste: k.ptl ?? "0",
      kadastraalInkomen: k.ki ?? "",
    })),
  };
}
