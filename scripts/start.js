/* npm start: development certificates (scripts/certificates.js: verified, renewed when expired, trusted when
 * possible), then the add-in served on https://localhost:3000 (webpack-dev-server), with Dutch instructions for
 * loading it in Excel. The server runs in this one process; its pid goes to .tmp/npm-start.json for npm stop. A stop
 * signal (Ctrl+C, SIGTERM to npm or to this process, closing the terminal) stops it, and so does the end of the
 * npm process that started it. */
const { ensureDevCertificates, PATHS } = require("./certificates");
const { readPids, writePids, removePids, isRunning } = require("./devServerPid");

const PORT = Number(process.env.PORT || 3000);

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
    "Proefopname zonder Excel: open " + base + "/taskpane.html in een browser (Voorbeeldmodus); hulp: " + base + "/help.html.",
    https
      ? `Weigert Excel de pagina, vertrouw dan het ontwikkelcertificaat ${PATHS.ca} (README, 'Ontwikkelcertificaten vertrouwen').`
      : "Let op: zonder certificaten draait de server op http; Excel vraagt https.",
    "Stoppen: Ctrl+C, of npm stop in een ander venster.",
    "",
  ].join("\n");
}

(async () => {
  const running = readPids();
  if (running !== null && isRunning(running.start)) {
    console.error(`OCMW Rekenhulp draait al (proces ${running.start}, poort ${running.port}). Stop het eerst met npm stop.`);
    process.exit(1);
  }
  const { https } = await ensureDevCertificates();
  // the server runs in this process (webpack-dev-server's API): one process to stop, nothing left behind
  process.env.OCMW_HTTPS = https ? "1" : "0";
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = require("../webpack.config.js")({}, { mode: "development" });
  config.mode = "development";
  const compiler = webpack(config);
  let shown = false;
  compiler.hooks.done.tap("ocmw-start", (stats) => {
    if (!shown && !stats.hasErrors()) {
      shown = true;
      setImmediate(() => console.log(instructions(https)));
    }
  });
  const server = new WebpackDevServer(config.devServer, compiler);
  writePids({ start: process.pid, port: PORT, startedAt: new Date().toISOString() });
  process.on("exit", () => removePids());

  let stopping = false;
  const stop = async (why) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nOCMW Rekenhulp stopt${why ? ` (${why})` : ""}...`);
    setTimeout(() => process.exit(0), 5000).unref();
    try {
      await server.stop();
    } finally {
      process.exit(0);
    }
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop());
  // npm passes a stop signal to its shell, which may not pass it on: stop when the process that started this one is gone
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop("npm is gestopt");
  }, 500).unref();

  await server.start();
})().catch((error) => {
  console.error(`npm start mislukt: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
