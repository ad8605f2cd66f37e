// npm run bench: bundles bench/run.ts the way the add-in ships its code (plain JavaScript, no
// development-time helpers), then runs it with Node. The bundle goes to .cache/ (not committed).
// It also measures dist/functions.js, the bundle Excel loads: built first when it is missing or
// older than the sources.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The newest modification time of the files under a folder. */
function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return t;
}

const dist = join(root, "dist", "functions.js");
if (!existsSync(dist) || statSync(dist).mtimeMs < newest(join(root, "src"))) {
  console.log("building dist/ (npm run build) ...");
  const built = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const outfile = join(root, ".cache", "bench.cjs");
await build({
  entryPoints: [join(root, "bench", "run.ts")],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile,
  logLevel: "warning",
});
const run = spawnSync(process.execPath, [outfile], { stdio: "inherit" });
process.exit(run.status ?? 1);
