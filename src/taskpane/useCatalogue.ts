import { useCallback, useEffect, useState } from "react";
import type { CatalogueFunction, CatalogueLoad } from "./catalogue";

export type CatalogueState =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly functions: readonly CatalogueFunction[] }
  | { readonly status: "failed"; readonly reason: string };

/** Loads the catalogue once on mount; `retry` loads it again. */
export function useCatalogue(load: () => Promise<CatalogueLoad>): {
  state: CatalogueState;
  retry: () => void;
} {
  const [state, setState] = useState<CatalogueState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    load().then(
      (result) => {
        if (!current) return;
        setState(
          result.ok
            ? { status: "ready", functions: result.functions }
            : { status: "failed", reason: result.reason }
        );
      },
      () => {
        if (current) setState({ status: "failed", reason: "The function list could not be read." });
      }
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
