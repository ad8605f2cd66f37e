/**
 * A stand-in for Excel in tests of the built pane: the test gives the workbook (tables, selection,
 * settings, theme) in `window.__LM_STAND_IN__` before the page loads, moves the selection and the
 * theme as a user in Excel would, and reads back everything the workbook received from
 * `window.__lmStandIn`.
 */
import type {
  Host,
  HostInfo,
  LoanTable,
  SettingsValues,
  ThemeName,
  WorksheetDocument,
  WriteOutcome,
} from "./host-types";
import { MemoryWorkbook, type Selection } from "./memory-workbook";
import { memoryHost } from "./memory-host";
import { freeSheetNames } from "../../report/model/sheet-names";
import type { WorkbookModel } from "../../report/model";

/* global window */

export interface StandInWorkbook {
  readonly tables: readonly LoanTable[];
  /** The workbook's other sheets, by name (a worksheet written gets a name none of them has). */
  readonly sheets?: readonly string[];
  readonly selection?: Selection;
  readonly settings?: SettingsValues;
  readonly theme?: ThemeName;
  /** When set, every worksheet write is refused with this reason (as a protected workbook would). */
  readonly refuseWrites?: string;
  /** Offer the tables in the pane, as the browser mode does. */
  readonly browsable?: boolean;
  /** How long each worksheet write takes, in milliseconds (to see the progress shown meanwhile). */
  readonly writeDelayMs?: number;
}

/** A worksheet the stand-in received, with the names it gave its sheets (free, as Excel's writer picks them). */
export interface StandInWrite extends WorksheetDocument {
  readonly sheetNames: readonly string[];
}

export interface StandInRecord {
  readonly written: StandInWrite[];
  /** Every sheet of the workbook: the tables' sheets, then each one written. */
  readonly sheets: string[];
  readonly settingsSaved: SettingsValues[];
  select(table: string, index: number): void;
  setTheme(theme: ThemeName): void;
}

type StandInWindow = typeof window & {
  __LM_STAND_IN__?: StandInWorkbook;
  __lmStandIn?: StandInRecord;
};

export function standInHost(info: HostInfo, given?: StandInWorkbook): Host {
  const w = window as StandInWindow;
  const config: StandInWorkbook = given ?? w.__LM_STAND_IN__ ?? { tables: [] };
  const workbook = new MemoryWorkbook(config.tables, config.settings, config.selection);
  let theme = config.theme;
  const themeListeners = new Set<(t: ThemeName) => void>();
  const record: StandInRecord = {
    written: [],
    sheets: [...new Set([...config.tables.map((t) => t.sheet), ...(config.sheets ?? [])])],
    settingsSaved: [],
    select: (table, index) => workbook.select(table, index),
    setTheme: (t) => {
      theme = t;
      for (const l of [...themeListeners]) l(t);
    },
  };
  w.__lmStandIn = record;
  return memoryHost({
    kind: "stand-in",
    info,
    workbook,
    browsable: config.browsable ?? false,
    writeWorksheet: async (document, options) => {
      options?.onProgress?.(`Writing ${document.name}`);
      if (config.writeDelayMs)
        await new Promise((resolve) => window.setTimeout(resolve, config.writeDelayMs));
      if (config.refuseWrites) return { ok: false, reason: config.refuseWrites } as WriteOutcome;
      const wished = (document.model as WorkbookModel).sheets.map((s) => s.name);
      const sheetNames = freeSheetNames(wished, record.sheets);
      record.sheets.push(...sheetNames);
      record.written.push({ ...document, sheetNames });
      return { ok: true, written: `sheet ${sheetNames.map((n) => `"${n}"`).join(", ")}` };
    },
    settingsSaved: (values) => {
      record.settingsSaved.push({ ...values });
      return { ok: true, written: "this workbook's settings" };
    },
    theme: () => theme,
    onThemeChanged: (listener) => {
      themeListeners.add(listener);
      return () => themeListeners.delete(listener);
    },
  });
}
