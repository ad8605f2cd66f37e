// The add-in's URLs: every file in the repository (manifest.xml, the @helpurl tags, hence
// functions.json) names the development origin https://localhost:3000/. A production build for a
// real server replaces that origin everywhere with the hosting URL given by the person building.
"use strict";

const DEV_ORIGIN = "https://localhost:3000/";
const DEV_ORIGIN_PATTERN = /https:\/\/localhost:3000\//g;

/**
 * Checks and normalizes a hosting URL: https only, no query or fragment, ends with "/".
 * Throws an Error that says what to pass when the value is unusable.
 * @param {string} raw
 * @returns {string}
 */
function normalizeHostingUrl(raw) {
  const text = String(raw).trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `Hosting URL "${text}" is not a URL. Pass the folder the add-in is served from, e.g. ` +
        `npm run build -- --env url=https://addin.example.com/lm/`
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(`Hosting URL "${text}" must use https (Office loads add-ins only over https).`);
  }
  if (url.search || url.hash) {
    throw new Error(`Hosting URL "${text}" must not have a query string or a fragment.`);
  }
  if (url.username || url.password) {
    throw new Error(`Hosting URL "${text}" must not contain credentials.`);
  }
  let href = url.href;
  if (!href.endsWith("/")) href += "/";
  return href;
}

/**
 * The hosting URL for this build, or null to keep the development origin.
 * Taken from webpack's `--env url=...`, else the LM_HOSTING_URL environment variable.
 * @param {Record<string, unknown>} [env] webpack's env object
 * @param {NodeJS.ProcessEnv} [processEnv]
 * @returns {string | null}
 */
function resolveHostingUrl(env = {}, processEnv = process.env) {
  const raw = typeof env.url === "string" && env.url ? env.url : processEnv.LM_HOSTING_URL;
  return raw ? normalizeHostingUrl(raw) : null;
}

/**
 * Replaces every occurrence of the development origin in `text` with `hostingUrl`.
 * @param {string} text
 * @param {string} hostingUrl a value returned by normalizeHostingUrl
 * @returns {string}
 */
function rewriteDevUrls(text, hostingUrl) {
  return text.replace(DEV_ORIGIN_PATTERN, () => hostingUrl);
}

module.exports = { DEV_ORIGIN, normalizeHostingUrl, resolveHostingUrl, rewriteDevUrls };
