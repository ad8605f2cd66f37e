// npm run bench: bundles bench/run.ts the way the add-in ships its code (plain JavaScript, no
// development-time helpers), then runs it with Node. The bundle goes to .cache/ (not committed).
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
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
