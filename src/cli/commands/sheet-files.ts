import { createHash } from "node:crypto";

/**
 * The files of `lm-workbench sheet <kind> --all -o <folder>`: one per loan, named by the kind and the
 * loan id (`evaluation-notice-7000100000.xlsx`), and the run's two lists beside them.
 *
 * A loan id is kept in the name as it is when it holds only letters, digits, `.`, `_` and `-` and
 * does not start with `.` or `-`. Any other id (a `/`, `..`, `:`, a space, text that looks like a
 * formula) has every other character replaced by `_`, and eight characters of a fingerprint of the
 * exact id are added, so the name stays inside the folder and valid on every system, and two ids
 * never share a file. Ids that differ only in upper and lower case (one file on Windows and macOS)
 * get a fingerprint too. The id itself is in the worksheet, as text.
 */

const KEPT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
/** Characters of the id kept in a name; the rest of a long id is in its fingerprint. */
const MAX_ID_CHARS = 64;

function fingerprint(id: string): string {
  return createHash("sha256").update(id, "utf8").digest("hex").slice(0, 8);
}

function cleanPart(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^[.-]/, "_");
  return safe.slice(0, MAX_ID_CHARS) || "_";
}

/** Whether an id can be a file name as it is. */
export function idIsFileSafe(id: string): boolean {
  return KEPT.test(id) && id.length <= MAX_ID_CHARS;
}

/**
 * The file names of a run's loan ids, decided together: an id's name (without the folder) by id.
 * `repayment-plan-7000100000.xlsx`; `repayment-plan-_HYPERLINK__x__-1b2c3d4e.xlsx`.
 */
export function sheetFileNames(kind: string, ids: Iterable<string>): Map<string, string> {
  const byFolded = new Map<string, string[]>();
  for (const id of new Set(ids)) {
    const folded = cleanPart(id).toLowerCase();
    const group = byFolded.get(folded);
    if (group) group.push(id);
    else byFolded.set(folded, [id]);
  }
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const group of byFolded.values())
    for (const id of group) {
      const mark = group.length > 1 || !idIsFileSafe(id) ? `-${fingerprint(id)}` : "";
      let name = `${kind}-${cleanPart(id)}${mark}`;
      // A fingerprinted name that an id of the same spelling already has: numbered.
      for (let n = 2; taken.has(name.toLowerCase()); n++)
        name = `${kind}-${cleanPart(id)}${mark}-${n}`;
      taken.add(name.toLowerCase());
      names.set(id, `${name}.xlsx`);
    }
  return names;
}

/** The run's lists, named by the kind so runs of several kinds can share a folder. */
export function listFileNames(kind: string): { exceptions: string; notMade: string } {
  return { exceptions: `${kind}-exceptions.csv`, notMade: `${kind}-not-made.csv` };
}
