import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Files the command line ships with, found from wherever its code runs (the bundle in .cache/cli, or
 * the sources under src/cli): the project folder is the nearest one above with this package.json.
 */
function findRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, "utf8")).name === "lm-workbench") return dir;
      } catch {
        // not ours: keep looking
      }
    }
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

let root: string | undefined;

export function projectRoot(): string {
  return (root ??= findRoot());
}

/** The bundled sample tape. */
export function sampleTapePath(): string {
  return join(projectRoot(), "assets", "sample-tape.csv");
}

/** The version in package.json: the add-in version the outputs name. */
export function projectVersion(): string {
  try {
    return String(JSON.parse(readFileSync(join(projectRoot(), "package.json"), "utf8")).version);
  } catch {
    return "unknown";
  }
}
