/**
 * The rules' texts in Belgian French (issue 13), same keys and parameters as nl.ts. Codes the functions expect
 * (WAAR/ONWAAR, VT, thuis ...) stay as they are typed; French Excel hands booleans over as VRAI/FAUX values.
 */
import type { Messages } from "./nl";

export const fr: Messages = {
  "error": (p) => `${p.argument} : ${p.message}`,
  "error.unexpected": (p) => `Erreur inattendue : ${p.message}`,

  "expect.amount": () => "un montant en euros (un nombre, 0 ou plus)",
  "expect.countFrom": (p) => `un nombre entier de ${p.min} ou plus`,
  "expect.countRange": (p) => `un nombre entier de ${p.min} à ${p.max}`,
  "expect.score": () => "un score (un nombre, 0 ou plus)",
  "expect.date": () => "une date du 01/03/1900 au 31/12/9999 (une date Excel, numéro de série 61 à 2958465)",
  "expect.oneOf": (p) => `l'un des codes ${p.codes}`,

  "got.text": (p) => `le texte « ${p.text} »`,
  "got.true": () => "la valeur logique VRAI",
  "got.false": () => "la valeur logique FAUX",
  "got.invalidNumber": () => "un nombre non valide",
  "got.range": () => "une plage",
  "got.empty": () => "une valeur vide",

  "at.cell": (p) => `${p.argument} (ligne ${p.row}, colonne ${p.column})`,

  "input.multipleCells": () => "attend une seule valeur, mais a reçu une plage de plusieurs cellules.",
  "input.invalidNumber": (p) => `attend ${p.allowed}, mais a reçu un nombre non valide.`,
  "input.missing": (p) => `manquant ; attend ${p.allowed}.`,
  "input.wrong": (p) => `attend ${p.allowed}, mais a reçu ${p.got}.`,
  "input.negative": (p) => `ne peut pas être négatif (reçu ${p.got}) ; attend ${p.allowed}.`,
  "input.amountTooLarge": (p) => `est trop grand ; le maximum est de ${p.max} euros.`,
  "input.countTooLarge": (p) => `est trop grand ; le maximum est de ${p.max}.`,
  "input.invalidDate": (p) => `n'est pas une date valide (reçu ${p.got}) ; attend ${p.allowed}.`,
  "input.afterLastDay": () => "le résultat tombe après le 31/12/9999, la dernière date qu'Excel connaît.",
  "input.flag": (p) => `attend VRAI ou FAUX (ou vide), mais a reçu ${p.got}.`,
  "input.unknownCode": (p) => `code inconnu « ${p.code} » ; attend ${p.allowed}.`,
  "at.rowColumn": (p) => `${p.argument} (ligne ${p.row}, ${p.column})`,
  "at.row": (p) => `${p.argument} (ligne ${p.row})`,

  "schaal.col.personenTenLaste": () => "personnes_a_charge",
  "schaal.col.inkomenVan": () => "revenu_de",
  "schaal.col.inkomenTot": () => "revenu_jusqu_a",
  "schaal.col.maandbedrag": () => "montant_mensuel",
  "schaal.col.vanaf": () => "a_partir_du",
  "schaal.columns": () => "personnes_a_charge | revenu_de | revenu_jusqu_a | montant_mensuel | [a_partir_du]",
  "schaal.width": (p) => `attend 4 ou 5 colonnes (${p.columns}), mais la plage en a ${p.width}.`,
  "schaal.totNotAbove": (p) => `doit être supérieur à ${p.column} (${p.van}), ou vide s'il n'y a pas de limite supérieure.`,
  "schaal.overlap": (p) => `les lignes ${p.first} et ${p.second} se chevauchent (${p.n} personnes à charge).`,
  "schaal.overlapVersion": (p) => `les lignes ${p.first} et ${p.second} se chevauchent (${p.n} personnes à charge, version à partir du ${p.vanaf}).`,
  "schaal.notRange": (p) => `attend une plage de 4 ou 5 colonnes (${p.columns}).`,
  "schaal.noRows": (p) => `la plage ne contient aucune ligne de barème ; laissez ${p.argument} vide pour l'approximation intégrée.`,
  "schaal.noVersion": (p) => `le barème n'a aucune version applicable au ${p.day} ; la première version s'applique à partir du ${p.first}.`,
  "schaal.noGroup": (p) => `le barème n'a aucune ligne pour ${p.n} personnes à charge ou moins.`,
  "schaal.notCovered": (p) =>
    `le barème ne couvre pas ce revenu : aucune ligne pour un revenu du ménage de ${p.income} avec ${p.n} personnes à charge.`,

  "opnames.col.opnamedatum": () => "date_admission",
  "opnames.col.ontslagdatum": () => "date_sortie",
  "opnames.col.soort": () => "type",
  "opnames.col.overgeplaatst": () => "transfere",
  "opnames.col.onderzoeken": () => "examens",
  "opnames.columns": () => "date_admission | date_sortie | [type] | [transfere] | [examens]",
  "opnames.missing": (p) => `manquant ; attend une plage avec une admission par ligne : ${p.columns}.`,
  "opnames.wrong": (p) => `attend une plage avec une admission par ligne (${p.columns}), mais a reçu ${p.got}.`,
  "opnames.width": (p) => `a ${p.width} colonne(s) ; attend 2 à 5 colonnes : ${p.columns}.`,
  "opnames.ontslagBefore": (p) => `la date de sortie (${p.ontslag}) ne peut pas précéder la date d'admission (${p.opname}).`,
  "opnames.sameDay": (p) =>
    `deux hospitalisations complètes à la même date, le ${p.day} (lignes ${p.first} et ${p.second}) ; chaque hospitalisation doit avoir sa propre date d'admission.`,
  "opnames.overlap": (p) =>
    `l'admission du ${p.opname} commence avant la sortie du ${p.ontslag} de l'hospitalisation de la ligne ${p.row} : les hospitalisations ne peuvent pas se chevaucher.`,
  "opnames.afterLastDay": () => "tombe après le 31/12/9999, la dernière date qu'Excel connaît.",

  "remgeld.lastBeforeFirst": (p) => `doit être égal ou postérieur à ${p.firstArgument} (${p.first}), mais vaut ${p.last}.`,
  "remgeld.afterLastDay": (p) => `le jour ${p.day} d'une hospitalisation commencée le ${p.opname} tombe après le 31/12/9999, la dernière date qu'Excel connaît.`,

  "zorgbudget.percentage": (p) => `attend un pourcentage de 0 à 100 : tapez 66 pour 66 % (reçu ${p.got}).`,
  "zorgbudget.zelfredzaamheidMissing": (p) => `manquant : le handicap ne compte qu'avec les points d'autonomie (au moins ${p.min}).`,
  "zorgbudget.handicapMissing": (p) =>
    `manquant : les points d'autonomie ne comptent qu'avec le pourcentage de handicap (au moins ${p.min} ; tapez 66 pour 66 %).`,

  "aandeel.tooMuch": (p) =>
    `la somme des contributions (${p.totaal}) ne peut pas dépasser le déficit (${p.tekort}) ; une contribution ne dépasse jamais la part d'enfant.`,
  "billijkheid.aboveKindsdeel": (p) => `le montant décidé (${p.bedrag}) ne peut pas dépasser la part d'enfant (${p.kindsdeel}).`,
  "billijkheid.noReason": () => "manquant : une contribution pour raisons d'équité exige la motivation de la décision.",

  "parameter.unknownOn": (p) => `aucune valeur de « ${p.label} » n'est connue au ${p.day} ; la première valeur connue s'applique à partir du ${p.first}.`,
};
