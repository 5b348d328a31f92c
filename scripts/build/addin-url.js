/* Where the add-in is hosted. The manifest in the repository points at the development server
 * (https://localhost:3000/); the production build (npm run build) rewrites every URL to ADDIN_URL. */
"use strict";

const DEV_BASE = "https://localhost:3000";

const HOW_TO = [
  "Zet ADDIN_URL op het https-adres waar de inhoud van dist/ komt te staan, bijvoorbeeld:",
  "  ADDIN_URL=https://rekenhulp.ocmw-voorbeeld.be/excel npm run build          (Linux, macOS)",
  "  $env:ADDIN_URL=\"https://rekenhulp.ocmw-voorbeeld.be/excel\"; npm run build   (Windows PowerShell)",
  "  set ADDIN_URL=https://rekenhulp.ocmw-voorbeeld.be/excel&& npm run build      (Windows opdrachtprompt)",
  "Voor een proef op deze computer volstaat npm start (of npm run build:dev): die gebruiken https://localhost:3000.",
].join("\n");

/** A Dutch error for a missing or unusable ADDIN_URL. */
class AddinUrlError extends Error {}

/**
 * The base URL (no trailing slash) from ADDIN_URL. `required`: the production build (npm run build) cannot go without
 * one; other builds fall back to the development server.
 */
function addinBase(value, required) {
  const text = (value ?? "").trim();
  if (text === "") {
    if (required) throw new AddinUrlError(`De productieversie kan niet gebouwd worden: ADDIN_URL ontbreekt.\n${HOW_TO}`);
    return DEV_BASE;
  }
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new AddinUrlError(`ADDIN_URL "${text}" is geen geldig webadres.\n${HOW_TO}`);
  }
  const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
  if (url.protocol !== "https:") {
    throw new AddinUrlError(`ADDIN_URL "${text}" moet met https:// beginnen: Excel laadt invoegtoepassingen alleen via https.\n${HOW_TO}`);
  }
  if (required && local) {
    throw new AddinUrlError(`ADDIN_URL "${text}" wijst naar deze computer; de productieversie heeft het adres van de webserver nodig.\n${HOW_TO}`);
  }
  if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new AddinUrlError(`ADDIN_URL "${text}": geef alleen het adres van de map, zonder ?, # of gebruikersnaam.\n${HOW_TO}`);
  }
  if (/[&'"<>]/.test(url.pathname)) {
    throw new AddinUrlError(`ADDIN_URL "${text}": het pad mag geen &, ', ", < of > bevatten (die tekens breken de adressen in manifest.xml).\n${HOW_TO}`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

/** The manifest with every development-server URL moved under `base`; fails if any localhost URL is left. */
function rewriteManifest(xml, base) {
  const out = xml.split(`${DEV_BASE}/`).join(`${base}/`);
  if (base !== DEV_BASE && /localhost|127\.0\.0\.1/.test(out)) {
    throw new AddinUrlError("manifest.xml bevat nog een adres op localhost dat niet met https://localhost:3000/ begint.");
  }
  return out;
}

module.exports = { DEV_BASE, AddinUrlError, addinBase, rewriteManifest };
