/**
 * The state of the development certificates as npm start judges it (scripts/certificates.js), on real certificates
 * made by office-addin-dev-certs' own generator (30 days, like npm start) in a temporary directory.
 */
import crypto from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import { generateCertificates } from "office-addin-dev-certs";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { certificateFileState } = require("../../scripts/certificates");

const DAY = 24 * 60 * 60 * 1000;
let dir: string;
let paths: { ca: string; cert: string; key: string };
let other: { ca: string; cert: string; key: string };

jest.setTimeout(60_000);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocmw-certs-"));
  const files = (name: string) => ({ ca: path.join(dir, name, "ca.crt"), cert: path.join(dir, name, "localhost.crt"), key: path.join(dir, name, "localhost.key") });
  paths = files("a");
  other = files("b");
  // office-addin-dev-certs reports in English on the console: keep the test output clean
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  await generateCertificates(paths.ca, paths.cert, paths.key, 30);
  await generateCertificates(other.ca, other.cert, other.key, 30);
  log.mockRestore();
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("certificateFileState", () => {
  test("fresh certificates are valid until their end date, 30 days from now", () => {
    const now = new Date();
    const state = certificateFileState(paths, now);
    expect(state.status).toBe("valid");
    const end = new crypto.X509Certificate(fs.readFileSync(paths.cert)).validTo;
    expect(state.validTo.getTime()).toBeLessThanOrEqual(Date.parse(end));
    const days = (state.validTo.getTime() - now.getTime()) / DAY;
    expect(days).toBeGreaterThan(29);
    expect(days).toBeLessThanOrEqual(31);
  });

  test("within a day of the end they are renewed; after it they are expired", () => {
    const { validTo } = certificateFileState(paths, new Date());
    expect(certificateFileState(paths, new Date(validTo.getTime() - 2 * DAY)).status).toBe("valid");
    expect(certificateFileState(paths, new Date(validTo.getTime() - 60 * 60 * 1000)).status).toBe("expiring");
    expect(certificateFileState(paths, new Date(validTo.getTime() + 1000)).status).toBe("expired");
    expect(certificateFileState(paths, new Date(Date.now() + 31 * DAY)).status).toBe("expired");
  });

  test("a missing file, a key of another pair, or a certificate of another CA is not usable", () => {
    expect(certificateFileState({ ...paths, key: path.join(dir, "nergens.key") }).status).toBe("missing");
    expect(certificateFileState({ ...paths, key: other.key }).status).toBe("invalid");
    expect(certificateFileState({ ...paths, ca: other.ca }).status).toBe("invalid");
    const garbage = path.join(dir, "kapot.crt");
    fs.writeFileSync(garbage, "geen certificaat");
    expect(certificateFileState({ ...paths, cert: garbage }).status).toBe("invalid");
  });
});
