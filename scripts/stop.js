/* npm stop: stops what npm start started (the processes in .tmp/npm-start.json). */
const fs = require("fs");
const { PID_FILE, readPids, isRunning } = require("./devServerPid");

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function stopPid(pid) {
  if (!isRunning(pid)) return false;
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return false;
  }
  for (let i = 0; i < 50 && isRunning(pid); i++) await sleep(100);
  if (isRunning(pid)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  return true;
}

(async () => {
  const pids = readPids();
  if (pids === null) {
    console.log("OCMW Rekenhulp draait niet (geen npm start gevonden).");
    return;
  }
  const stopped = await stopPid(pids.start);
  fs.rmSync(PID_FILE, { force: true });
  console.log(stopped ? `OCMW Rekenhulp is gestopt (poort ${pids.port}).` : "OCMW Rekenhulp draaide niet meer.");
})();
