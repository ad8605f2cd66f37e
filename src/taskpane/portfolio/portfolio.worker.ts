/**
 * The Portfolio page's worker: runs a table of loans through the engine and builds the report off
 * the pane's thread, so the pane answers while it works and Cancel can stop it at once.
 */
import type { PortfolioMessage, PortfolioRequest } from "./protocol";
import { runPortfolio } from "./run-portfolio";

const scope = self as unknown as {
  onmessage: ((event: { data: PortfolioRequest }) => void) | null;
  postMessage(message: PortfolioMessage): void;
};

scope.onmessage = (event) => {
  try {
    const outcome = runPortfolio(event.data, (done, total) =>
      scope.postMessage({ kind: "progress", done, total })
    );
    scope.postMessage(
      outcome.ok
        ? { kind: "done", result: outcome.result }
        : { kind: "failed", reason: outcome.reason }
    );
  } catch (error) {
    scope.postMessage({
      kind: "failed",
      reason: `The portfolio could not be evaluated: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
};
