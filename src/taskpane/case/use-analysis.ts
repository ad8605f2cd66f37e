import * as React from "react";
import { useLoan } from "../workbench/loan-context";
import { analyse, type Analysis } from "./analysis";

/** The current loan's case, shared by every page (see analysis.ts). */
export function useAnalysis(): Analysis {
  const { reading, draft } = useLoan();
  const none = draft.source.kind === "none";
  return React.useMemo<Analysis>(() => {
    if (none) return { status: "no-loan" };
    if (!reading) return { status: "loading" };
    return analyse(reading);
  }, [none, reading]);
}
