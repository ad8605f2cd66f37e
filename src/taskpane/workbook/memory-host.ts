/**
 * A Host over a MemoryWorkbook: what the browser mode and the test stand-in share. Each supplies how
 * a worksheet is written, how settings are kept and which theme the "host" asks for.
 */
import type {
  Host,
  HostInfo,
  ReportDocument,
  ReportWriteOptions,
  SettingsValues,
  ThemeName,
  WorksheetDocument,
  WriteOptions,
  WriteOutcome,
} from "./host-types";
import type { MemoryWorkbook } from "./memory-workbook";

export interface MemoryHostParts {
  readonly kind: "browser" | "stand-in";
  readonly info: HostInfo;
  readonly workbook: MemoryWorkbook;
  readonly writeWorksheet: (
    document: WorksheetDocument,
    options?: WriteOptions
  ) => Promise<WriteOutcome>;
  /** Writes a report of several sheets; without it, reports are refused in words. */
  readonly writeReport?: (
    report: ReportDocument,
    options?: ReportWriteOptions
  ) => Promise<WriteOutcome>;
  /** Called after the workbook's settings changed (to keep them beyond the page, or to record them). */
  readonly settingsSaved?: (values: SettingsValues) => WriteOutcome;
  readonly theme?: () => ThemeName | undefined;
  readonly onThemeChanged?: (listener: (theme: ThemeName) => void) => () => void;
  /** Whether the pane may offer the workbook's tables to pick a row from. */
  readonly browsable: boolean;
}

export function memoryHost(parts: MemoryHostParts): Host {
  const { workbook } = parts;
  return {
    kind: parts.kind,
    info: parts.info,
    readSelectedRow: async () => workbook.readSelectedRow(),
    readSelectedTable: async () => workbook.readSelectedTable(),
    onSelectionChanged: (listener) => workbook.onSelectionChanged(listener),
    browse: parts.browsable
      ? {
          tables: async () => workbook.tables,
          selectRow: async (table, index) => workbook.select(table, index),
        }
      : undefined,
    loadSettings: async () => ({ ...workbook.settings }),
    saveSettings: async (values) => {
      workbook.settings = { ...values };
      return parts.settingsSaved
        ? parts.settingsSaved(workbook.settings)
        : { ok: true, written: "this workbook's settings" };
    },
    theme: parts.theme ?? (() => undefined),
    onThemeChanged: parts.onThemeChanged ?? (() => () => undefined),
    writeWorksheet: parts.writeWorksheet,
    writeReport:
      parts.writeReport ??
      (async () => ({ ok: false, reason: "This workbook cannot take a report." })),
  };
}
