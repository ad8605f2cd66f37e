import { stringify } from "csv-stringify/sync";
import { RESULT_COLUMNS } from "../../core/portfolio";
import { ResultsOutput } from "./results-output";
import { OutputTarget } from "./text-target";

/** UTF-8's byte-order mark: Excel reads a CSV file as UTF-8 only when it starts with one. */
const BOM = "\uFEFF";

/**
 * Results as CSV: a header row of the result field names, then one row per loan. A file starts with
 * a byte-order mark so Excel shows the reasons' ×, − and ≤ as written; standard output does not, for
 * the tools it is piped to.
 */
export function csvResults(path: string | undefined, force = false): ResultsOutput {
  const target = path === undefined ? OutputTarget.stdout() : OutputTarget.file(path, force);
  return {
    mode: "csv",
    path,
    async start() {
      await target.write((path ? BOM : "") + stringify([RESULT_COLUMNS.map((c) => c.name)]));
    },
    async write(r) {
      if (r.text) await target.write(r.text);
    },
    async finish() {
      await target.commit();
    },
    discard() {
      target.discard();
    },
  };
}
