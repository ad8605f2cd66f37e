import { RESULT_COLUMNS } from "../../core/portfolio";
import { ResultsOutput, RunFacts } from "./results-output";
import { OutputTarget } from "./text-target";

/**
 * Results as one JSON document, streamed: the run's facts and the columns (name and kind) first, the
 * loans as they are evaluated, the counts last. Money is in dollars, dates ISO text, a blank null.
 */
export function jsonResults(path: string, facts: RunFacts, force: boolean): ResultsOutput {
  const target = OutputTarget.file(path, force);
  let first = true;
  return {
    mode: "json",
    path,
    async start() {
      const columns = RESULT_COLUMNS.map((c) => JSON.stringify({ name: c.name, kind: c.kind }));
      await target.write(
        `{\n "tape": ${JSON.stringify(facts.tape)},\n "sample_tape": ${facts.sample},\n "program": ${JSON.stringify(facts.program)},\n "columns": [\n  ${columns.join(",\n  ")}\n ],\n "results": [\n`
      );
    },
    async write(r) {
      if (!r.text) return;
      await target.write((first ? "" : ",\n") + r.text);
      first = false;
    },
    async finish(counts) {
      await target.write(`\n ],\n "counts": ${JSON.stringify(counts)}\n}\n`);
      await target.commit();
    },
    discard() {
      target.discard();
    },
  };
}
