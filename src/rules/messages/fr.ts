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
};
