/**
 * npm start and npm stop: the development server stops with `npm stop`, and a stop signal to npm does not leave it
 * running. Runs with its own HOME (certificates made there), port and pid file, so it never touches a real npm start.
 */
import { spawn, execFile, type ChildProcess } from "child_process";
import fs from "fs";
import https from "https";
import os from "os";
import path from "path";
import { promisify } from "util";

const ROOT = path.resolve(__dirname, "../..");
jest.setTimeout(240_000);

let home: string;
beforeAll(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), "ocmw-start-"));
});
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(what: string, check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function get(url: string): Promise<number> {
  return new Promise((resolve) => {
    https.get(url, { rejectUnauthorized: false, timeout: 3000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on("error", () => resolve(0));
  });
}

interface Started {
  child: ChildProcess;
  output: () => string;
  pidFile: string;
  port: number;
}

async function start(command: string[], port: number): Promise<Started> {
  const pidFile = path.join(home, `start-${port}.json`);
  // OCMW_CERTS_NO_INSTALL: certificates are made, but the machine's trust store is left alone
  const env = { ...process.env, HOME: home, USERPROFILE: home, PORT: String(port), OCMW_PID_FILE: pidFile, OCMW_CERTS_NO_INSTALL: "1" };
  const child = spawn(command[0], command.slice(1), { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  await waitFor("the server", () => /OCMW Rekenhulp draait op https:\/\/localhost/.test(output), 180_000);
  expect(await get(`https://localhost:${port}/help.html`)).toBe(200);
  // the French metadata and help page that the manifest names for fr-FR and fr-BE
  expect(await get(`https://localhost:${port}/functions.fr.json`)).toBe(200);
  expect(await get(`https://localhost:${port}/help.fr.html`)).toBe(200);
  return { child, output: () => output, pidFile, port };
}

describe("npm start / npm stop", () => {
  test("npm stop stops the server that npm start started", async () => {
    const s = await start([process.execPath, "scripts/start.js"], 3931);
    const { start: pid } = JSON.parse(fs.readFileSync(s.pidFile, "utf8"));
    expect(pid).toBe(s.child.pid);
    const { stdout } = await promisify(execFile)(process.execPath, ["scripts/stop.js"], { cwd: ROOT, env: { ...process.env, OCMW_PID_FILE: s.pidFile } });
    expect(stdout).toMatch(/OCMW Rekenhulp is gestopt \(poort 3931\)/);
    await waitFor("the server to stop", () => !isRunning(pid), 10_000);
    expect(fs.existsSync(s.pidFile)).toBe(false);
    expect(await get("https://localhost:3931/help.html")).toBe(0);
    // the certificates were made in this HOME, with a Dutch word about trusting them
    expect(fs.existsSync(path.join(home, ".office-addin-dev-certs", "ca.crt"))).toBe(true);
    expect(s.output()).toMatch(/Er zijn nog geen ontwikkelcertificaten: ze worden gemaakt/);
    expect(s.output()).toMatch(/konden niet automatisch vertrouwd worden[\s\S]*Vertrouw het CA-certificaat .*ca\.crt met de hand/);
  });

  test("a stop signal to npm does not leave the server running", async () => {
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const s = await start([npm, "start"], 3932);
    const { start: pid } = JSON.parse(fs.readFileSync(s.pidFile, "utf8"));
    expect(pid).not.toBe(s.child.pid); // npm -> shell -> node scripts/start.js
    s.child.kill("SIGTERM");
    await waitFor("the server to stop", () => !isRunning(pid), 15_000);
    expect(await get("https://localhost:3932/help.html")).toBe(0);
    expect(fs.existsSync(s.pidFile)).toBe(false);
  });
});
