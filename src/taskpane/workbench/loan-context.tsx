import * as React from "react";
import {
  EMPTY_DRAFT,
  draftFromRow,
  loanIdOf,
  setField as setDraftField,
  type LoanDraft,
} from "../loan/loan-draft";
import type { Cell, FieldName } from "../loan/field-table";
import type { LoanReading } from "../loan/loan-reading";
import type { LoanRow } from "../workbook/host-types";
import { useHost } from "./host-context";
import { useSettings } from "./settings-context";

export type SelectionStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "reading" }
  | { readonly kind: "failed"; readonly reason: string }
  /** The selection moved while the loan had edits: the row waits for the user. */
  | { readonly kind: "waiting"; readonly row: LoanRow };

export type { LoanReading };

type Reader = typeof import("../loan/loan-reading");

/** The record parser and the engine, loaded once after the first screen. */
function useReader(): Reader | undefined {
  const [reader, setReader] = React.useState<Reader | undefined>(undefined);
  React.useEffect(() => {
    let current = true;
    void import(/* webpackChunkName: "loan-reading" */ "../loan/loan-reading").then(
      (m) => current && setReader(m)
    );
    return () => {
      current = false;
    };
  }, []);
  return reader;
}

export interface LoanState {
  readonly draft: LoanDraft;
  readonly loanId?: string;
  /** The record as the core reads it, with the settings' defaults; undefined before any loan (or before the parser loaded). */
  readonly reading?: LoanReading;
  readonly status: SelectionStatus;
  /** Whether a new selection in the workbook replaces the loan (never over the user's edits). */
  readonly follow: boolean;
  setFollow(follow: boolean): void;
  readSelection(): Promise<void>;
  takeRow(row: LoanRow): void;
  setField(field: FieldName | string, value: Cell, header?: string): void;
  startForm(): void;
  /** The rule set chosen for the offer; undefined: the recommended one. */
  readonly chosenOption?: string;
  chooseOption(ruleSet: string | undefined): void;
}

const LoanContext = React.createContext<LoanState | undefined>(undefined);

export const LoanProvider: React.FC<{ children: React.ReactNode }> = ({ children }) => {
  const host = useHost();
  const settings = useSettings();
  const [draft, setDraft] = React.useState<LoanDraft>(EMPTY_DRAFT);
  const [status, setStatus] = React.useState<SelectionStatus>({ kind: "idle" });
  // Excel: the pane follows the selected row. The in-browser workbook is picked from in the pane itself.
  const [follow, setFollow] = React.useState(!host.browse);
  const [chosenOption, chooseOption] = React.useState<string | undefined>(undefined);
  const draftRef = React.useRef(draft);
  draftRef.current = draft;

  const takeRow = React.useCallback((row: LoanRow) => {
    setDraft(draftFromRow(row));
    chooseOption(undefined);
    setStatus({ kind: "idle" });
  }, []);

  const read = React.useCallback(
    async (fromEvent: boolean) => {
      setStatus({ kind: "reading" });
      const r = await host.readSelectedRow();
      if (!r.ok) {
        // A selection moved to an empty cell is not an error worth shouting about.
        setStatus(fromEvent ? { kind: "idle" } : { kind: "failed", reason: r.reason });
        return;
      }
      const current = draftRef.current;
      const edited =
        current.source.kind === "form" || (current.source.kind === "row" && current.source.edited);
      if (fromEvent && edited) setStatus({ kind: "waiting", row: r.value });
      else takeRow(r.value);
    },
    [host, takeRow]
  );

  React.useEffect(() => {
    if (!follow) return undefined;
    return host.onSelectionChanged(() => void read(true));
  }, [host, follow, read]);

  // A row already selected when the pane opens is the loan to work on.
  React.useEffect(() => {
    if (!host.browse) void read(true);
  }, [host, read]);

  const setField = React.useCallback((field: FieldName | string, value: Cell, header?: string) => {
    setDraft((d) => setDraftField(d, field, value, header));
  }, []);

  const startForm = React.useCallback(() => {
    setDraft({ headers: [], values: [], source: { kind: "form" } });
    chooseOption(undefined);
    setStatus({ kind: "idle" });
  }, []);

  const reader = useReader();
  const reading = React.useMemo<LoanReading | undefined>(() => {
    if (draft.source.kind === "none" || !reader) return undefined;
    return reader.readDraft(draft, settings.values, settings.today);
  }, [reader, draft, settings.values, settings.today]);

  const state: LoanState = {
    draft,
    loanId: loanIdOf(draft),
    reading,
    status,
    follow,
    setFollow,
    readSelection: () => read(false),
    takeRow,
    setField,
    startForm,
    chosenOption,
    chooseOption,
  };
  return <LoanContext.Provider value={state}>{children}</LoanContext.Provider>;
};

export function useLoan(): LoanState {
  const s = React.useContext(LoanContext);
  if (!s) throw new Error("useLoan outside LoanProvider");
  return s;
}
