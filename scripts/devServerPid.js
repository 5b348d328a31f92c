/* The pid file of npm start (.tmp/npm-start.json): which processes npm start started, so npm stop can stop them. */
"use strict";

const fs = require("fs");
const path = require("path");

// OCMW_PID_FILE: another place (the tests use it, so they never touch a real npm start's file)
const PID_FILE = process.env.OCMW_PID_FILE || path.join(__dirname, "..", ".tmp", "npm-start.json");

function readPids(file = PID_FILE) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function writePids(pids, file = PID_FILE) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(pids, null, 2) + "\n");
}

function removePids(file = PID_FILE, ownerPid = process.pid) {
  const pids = readPids(file);
  // only the npm start that wrote it removes it
  if (pids !== null && pids.start === ownerPid) fs.rmSync(file, { force: true });
}

function isRunning(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

module.exports = { PID_FILE, readPids, writePids, removePids, isRunning };
