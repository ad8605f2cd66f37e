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

/* global window */

export interface StandInWorkbook {
  readonly tables: readonly LoanTable[];
  readonly selection?: Selection;
  readonly settings?: SettingsValues;
  readonly theme?: ThemeName;
  /** When set, every worksheet write is refused with this reason (as a protected workbook would). */
  readonly refuseWrites?: string;
  /** Offer the tables in the pane, as the browser mode does. */
  readonly browsable?: boolean;
}

export interface StandInRecord {
  readonly written: WorksheetDocument[];
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
    writeWorksheet: async (document) => {
      if (config.refuseWrites) return { ok: false, reason: config.refuseWrites } as WriteOutcome;
      record.written.push(document);
      return { ok: true, written: `sheet ${document.name}` };
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
