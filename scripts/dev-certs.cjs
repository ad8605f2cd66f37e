// Development HTTPS certificates for https://localhost:3000, generated offline with
// office-addin-dev-certs into ~/.office-addin-dev-certs (ca.crt, localhost.crt, localhost.key).
// Nothing is installed into a system or browser trust store here (that needs sudo on Linux);
// `npm start` prints how to trust ca.crt on each platform.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { X509Certificate } = require("crypto");

const CERT_DIR = process.env.LM_DEV_CERT_DIR || path.join(os.homedir(), ".office-addin-dev-certs");
const paths = {
  dir: CERT_DIR,
  ca: path.join(CERT_DIR, "ca.crt"),
  cert: path.join(CERT_DIR, "localhost.crt"),
  key: path.join(CERT_DIR, "localhost.key"),
};
const VALID_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Expiry of a PEM certificate file, or null when the file is missing or unreadable. */
function expiryOf(file) {
  try {
    return new Date(new X509Certificate(fs.readFileSync(file)).validTo);
  } catch {
    return null;
  }
}

/**
 * Makes sure a CA and a localhost certificate valid for at least one more day exist, generating
 * new ones when they are missing or about to expire, and returns them for an https server.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<{ ca: Buffer, cert: Buffer, key: Buffer, paths: typeof paths, generated: boolean, expires: Date }>}
 */
async function ensureDevCertificates(options = {}) {
  const log = options.log || (() => {});
  const soon = new Date(Date.now() + DAY_MS);
  const caExpiry = expiryOf(paths.ca);
  const certExpiry = expiryOf(paths.cert);
  const usable =
    caExpiry && certExpiry && fs.existsSync(paths.key) && caExpiry > soon && certExpiry > soon;
  let generated = false;
  if (!usable) {
    // generateCertificates writes nothing when ca.crt exists, so clear stale files first.
    for (const file of [paths.ca, paths.cert, paths.key]) fs.rmSync(file, { force: true });
    log(`Generating development certificates in ${paths.dir} (valid ${VALID_DAYS} days)...`);
    const { generateCertificates } = require("office-addin-dev-certs");
    await generateCertificates(paths.ca, paths.cert, paths.key, VALID_DAYS);
    generated = true;
  }
  return {
    ca: fs.readFileSync(paths.ca),
    cert: fs.readFileSync(paths.cert),
    key: fs.readFileSync(paths.key),
    paths,
    generated,
    expires: expiryOf(paths.cert),
  };
}

module.exports = { ensureDevCertificates, certificatePaths: paths };
