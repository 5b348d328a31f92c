/* Development certificates for https://localhost (npm start), through office-addin-dev-certs' own API:
 * verifyCertificates (the certificate and key belong together and the CA is trusted by the system),
 * ensureCertificatesAreInstalled (remove the old CA, make new certificates, trust the new CA) and installCaCertificate.
 * Their certificates live 30 days: an expired one (or one that expires within a day) is renewed. When the CA cannot be
 * trusted automatically (no administrator rights, no sudo, a refused prompt), the server still starts on https and
 * the user is told in Dutch how to trust ca.crt by hand (README, "Ontwikkelcertificaten vertrouwen"). */
"use strict";

const { X509Certificate, createPrivateKey } = require("crypto");
const fs = require("fs");
const defaults = require("office-addin-dev-certs/lib/defaults");

const DAY_MS = 24 * 60 * 60 * 1000;
/** renew when fewer than this many milliseconds of validity are left (office-addin-dev-certs checks one day too) */
const RENEW_BEFORE_MS = DAY_MS;

const PATHS = { ca: defaults.caCertificatePath, cert: defaults.localhostCertificatePath, key: defaults.localhostKeyPath };

function dutchDate(date) {
  return date.toLocaleString("nl-BE", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Brussels" });
}

/**
 * The state of the certificate files themselves (not of the system's trust):
 * missing | invalid (unreadable, or key and certificate do not belong together) | expired | expiring | valid.
 */
function certificateFileState(paths = PATHS, now = new Date()) {
  if (![paths.ca, paths.cert, paths.key].every((f) => fs.existsSync(f))) return { status: "missing" };
  let cert;
  let ca;
  try {
    cert = new X509Certificate(fs.readFileSync(paths.cert));
    ca = new X509Certificate(fs.readFileSync(paths.ca));
    if (!cert.checkPrivateKey(createPrivateKey(fs.readFileSync(paths.key)))) return { status: "invalid" };
    if (!cert.checkIssued(ca) || !cert.verify(ca.publicKey)) return { status: "invalid" };
  } catch {
    return { status: "invalid" };
  }
  const validTo = new Date(Math.min(Date.parse(cert.validTo), Date.parse(ca.validTo)));
  if (validTo.getTime() <= now.getTime()) return { status: "expired", validTo };
  if (validTo.getTime() - now.getTime() < RENEW_BEFORE_MS) return { status: "expiring", validTo };
  return { status: "valid", validTo };
}

function trustHelp() {
  const where = {
    win32: "Windows: dubbelklik op ca.crt > Certificaat installeren > Huidige gebruiker > 'Alle certificaten in het onderstaande archief opslaan' > Vertrouwde basiscertificeringsinstanties.",
    darwin: "macOS: open ca.crt in Sleutelhangertoegang (Keychain Access), dubbelklik 'Developer CA for Microsoft Office Add-ins' > Vertrouw > 'Altijd vertrouwen'.",
    linux: "Linux: sudo cp ca.crt /usr/local/share/ca-certificates/office-addin-dev-certs.crt && sudo update-ca-certificates.",
  }[process.platform];
  return [
    `Vertrouw het CA-certificaat ${PATHS.ca} met de hand (README, 'Ontwikkelcertificaten vertrouwen').`,
    where ?? "",
    "Zolang het niet vertrouwd wordt, weigert Excel de invoegtoepassing en waarschuwt de browser.",
  ]
    .filter(Boolean)
    .join("\n  ");
}

/** Quietly runs an office-addin-dev-certs call (it prints English progress lines of its own). */
async function quietly(run) {
  const log = console.log;
  console.log = () => undefined;
  try {
    return await run();
  } finally {
    console.log = log;
  }
}

/**
 * Makes sure there are usable certificates; returns { https: boolean, trusted: boolean }. Never throws: without
 * certificates the server starts on http (and says so).
 */
async function ensureDevCertificates(say = (line) => console.log(line), warn = (line) => console.warn(line)) {
  const devCerts = require("office-addin-dev-certs");
  // OCMW_CERTS_NO_INSTALL=1: make certificates but never touch the system's trust store (the tests use it)
  const mayInstall = process.env.OCMW_CERTS_NO_INSTALL !== "1";
  const before = certificateFileState();
  let trusted = false;
  try {
    trusted = before.status === "valid" && (await quietly(() => devCerts.verifyCertificates()));
  } catch {
    trusted = false;
  }
  if (trusted) {
    say(`Ontwikkelcertificaten in orde en vertrouwd (geldig tot ${dutchDate(before.validTo)}).`);
    return { https: true, trusted: true };
  }

  if (before.status === "valid") {
    // good files whose CA the system does not trust (yet): only (re)try to trust it, keep the files
    try {
      if (mayInstall) await quietly(() => devCerts.installCaCertificate(PATHS.ca));
      trusted = mayInstall && (await quietly(() => devCerts.verifyCertificates()));
    } catch {
      trusted = false;
    }
  } else {
    const why = {
      missing: "Er zijn nog geen ontwikkelcertificaten: ze worden gemaakt.",
      invalid: "De ontwikkelcertificaten zijn onbruikbaar (sleutel en certificaat horen niet bij elkaar): ze worden opnieuw gemaakt.",
      expired: `De ontwikkelcertificaten zijn verlopen (${before.validTo ? dutchDate(before.validTo) : ""}): ze worden vernieuwd.`,
      expiring: `De ontwikkelcertificaten verlopen binnen een dag (${before.validTo ? dutchDate(before.validTo) : ""}): ze worden vernieuwd.`,
    }[before.status];
    say(why);
    try {
      if (!mayInstall) throw new Error("OCMW_CERTS_NO_INSTALL=1");
      await quietly(() => devCerts.ensureCertificatesAreInstalled());
      trusted = true;
    } catch (error) {
      // office-addin-dev-certs makes the files before it tries to trust them: they may well be there
      trusted = false;
      if (certificateFileState().status !== "valid") {
        try {
          await quietly(() => devCerts.generateCertificates());
        } catch (generateError) {
          warn(`Ontwikkelcertificaten maken mislukt: ${generateError instanceof Error ? generateError.message : String(generateError)}`);
        }
      }
      if (process.env.DEBUG) warn(String(error instanceof Error ? error.message : error));
    }
  }

  const after = certificateFileState();
  if (after.status !== "valid") {
    warn(`Geen bruikbare ontwikkelcertificaten in ${defaults.certificateDirectory}: de server start op http, en Excel vraagt https.`);
    return { https: false, trusted: false };
  }
  if (trusted) {
    say(`Ontwikkelcertificaten in orde en vertrouwd (geldig tot ${dutchDate(after.validTo)}).`);
  } else {
    warn(
      `Let op: de ontwikkelcertificaten (geldig tot ${dutchDate(after.validTo)}) konden niet automatisch vertrouwd worden.\n  ${trustHelp()}`,
    );
  }
  return { https: true, trusted };
}

module.exports = { PATHS, certificateFileState, ensureDevCertificates, RENEW_BEFORE_MS };
