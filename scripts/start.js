/* npm start: development certificates, then the add-in served on https://localhost:3000 (webpack-dev-server),
 * with Dutch instructions for loading it in Excel. */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");

const PORT = Number(process.env.PORT || 3000);
const certDir = path.join(os.homedir(), ".office-addin-dev-certs");
const certFiles = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => path.join(certDir, f));

async function ensureCertificates() {
  if (certFiles.every((f) => fs.existsSync(f))) return true;
  try {
    const devCerts = require("office-addin-dev-certs");
    await devCerts.generateCertificates();
  } catch (error) {
    console.error(`Ontwikkelcertificaten maken mislukt: ${error.message}`);
  }
  // office-addin-dev-certs reports success even when it could not do its work: check the files themselves.
  return certFiles.every((f) => fs.existsSync(f));
}

function instructions(https) {
  const base = `${https ? "https" : "http"}://localhost:${PORT}`;
  return [
    "",
    "OCMW Rekenhulp draait op " + base,
    "",
    "Laden in Excel:",
    "  Excel op het web: open een werkmap, kies Start > Invoegtoepassingen > Meer invoegtoepassingen >",
    "    Mijn invoegtoepassingen > Mijn invoegtoepassing uploaden, en kies manifest.xml uit deze map.",
    "  Excel voor Windows (sideload): zet manifest.xml in een gedeelde netwerkmap, voeg die map toe als",
    "    vertrouwde catalogus (Bestand > Opties > Vertrouwenscentrum > Vertrouwde invoegtoepassingscatalogi),",
    "    herstart Excel en kies Start > Invoegtoepassingen > Gedeelde map > OCMW Rekenhulp.",
    "  Excel voor Mac: kopieer manifest.xml naar ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef",
    "    en herstart Excel.",
    "Daarna: knop 'Rekenhulp' op het tabblad Start, en typ =OCMW. in een cel voor de functies.",
    "Proefopname zonder Excel: open " + base + "/taskpane.html in een browser (Voorbeeldmodus).",
    https
      ? `Vertrouw het ontwikkelcertificaat ${certFiles[0]} in uw systeem of browser als Excel de pagina weigert.`
      : "Let op: zonder certificaten draait de server op http; Excel vraagt https.",
    "Stoppen: Ctrl+C.",
    "",
  ].join("\n");
}

(async () => {
  const https = await ensureCertificates();
  if (!https) console.error("Geen ontwikkelcertificaten gevonden in " + certDir + "; de server start op http.");
  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], { stdio: ["inherit", "pipe", "inherit"] });
  let shown = false;
  child.stdout.on("data", (data) => {
    process.stdout.write(data);
    if (!shown && /compiled/i.test(String(data))) {
      shown = true;
      console.log(instructions(https));
    }
  });
  const stop = () => child.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
})();
