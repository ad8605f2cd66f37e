// Bundles the command line (src/cli/main.ts and its worker thread) with esbuild into .cache/cli/,
// which git ignores: run by `npm run build:cli`, by npm's `prepare` after `npm ci`, and by
// bin/lm-workbench.cjs whenever the sources are newer than the bundle. Dependencies stay in
// node_modules (not bundled). Each file is written under a temporary name and renamed into place,
// so a command starting meanwhile never loads half a bundle.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const outDir = path.join(root, ".cache", "cli");
const ENTRIES = {
  "lm-workbench": path.join(root, "src", "cli", "main.ts"),
  "evaluate-worker": path.join(root, "src", "cli", "pipeline", "worker.ts"),
};
const MAIN = path.join(outDir, "lm-workbench.cjs");

/** The newest modification time among the sources the bundle is built from. */
function newestSource() {
  let newest = 0;
  const visit = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p)) if (name !== "taskpane") visit(path.join(p, name));
    } else if (/\.(ts|tsx|json)$/.test(p)) {
      newest = Math.max(newest, st.mtimeMs);
    }
  };
  visit(path.join(root, "src"));
  visit(path.join(root, "package.json"));
  return newest;
}

function isFresh() {
  try {
    return fs.statSync(MAIN).mtimeMs >= newestSource();
  } catch {
    return false;
  }
}

function build() {
  const esbuild = require("esbuild");
  const temp = path.join(root, ".cache", `cli-build-${process.pid}`);
  esbuild.buildSync({
    entryPoints: ENTRIES,
    outdir: temp,
    outExtension: { ".js": ".cjs" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    logLevel: "warning",
  });
  fs.mkdirSync(outDir, { recursive: true });
  // The worker first, then the entry: the entry's newer time marks a complete bundle.
  for (const name of ["evaluate-worker.cjs", "lm-workbench.cjs"])
    fs.renameSync(path.join(temp, name), path.join(outDir, name));
  fs.rmSync(temp, { recursive: true, force: true });
}

/** The bundle's entry, built first when missing or older than the sources. */
function ensureBuilt() {
  if (!isFresh()) {
    try {
      build();
    } catch (e) {
      if (!fs.existsSync(MAIN)) {
        process.stderr.write(
          `lm-workbench: cannot build the command line (${e.message}); run \`npm ci\` in ${root} first\n`
        );
        process.exit(1);
      }
    }
  }
  return MAIN;
}

module.exports = { build, ensureBuilt, MAIN };

if (require.main === module) build();
