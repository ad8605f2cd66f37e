/**
 * The pane outside Excel: a workbook held in the page with the bundled sample loans, settings kept
 * in this browser, and each worksheet downloaded as an .xlsx file written by the exceljs writer.
 */
import type {
  Host,
  HostInfo,
  ReportDocument,
  ReportWriteOptions,
  SettingsValues,
  WorksheetDocument,
  WriteOptions,
  WriteOutcome,
} from "./host-types";
import { MemoryWorkbook } from "./memory-workbook";
import { memoryHost } from "./memory-host";
import { loadSampleLoans } from "./sample-loans";
import { SAMPLE_MARKET_SETTINGS } from "../settings/market-defaults";
import { loadXlsxWriter, type ModelDocument, type XlsxFileWriter } from "../write/report-writers";
import { errorText } from "../write/write-worksheet";

/* global window, document, Blob, URL */

const STORAGE_KEY = "lm-workbench.sample-workbook.settings";

function storedSettings(): SettingsValues | undefined {
  try {
    const text = window.localStorage.getItem(STORAGE_KEY);
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    if (!parsed || typeof parsed !== "object") return undefined;
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).filter(([, v]) => typeof v === "string")
    ) as SettingsValues;
  } catch {
    return undefined;
  }
}

function keepSettings(values: SettingsValues): WriteOutcome {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(values));
    return { ok: true, written: "the sample workbook's settings (kept in this browser)" };
  } catch {
    return { ok: true, written: "the sample workbook's settings (until this page is closed)" };
  }
}

/** A file name for the worksheet: its sheet name without the characters file systems refuse. */
export function xlsxFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|[\]]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return `${cleaned || "Worksheet"}.xlsx`;
}

/** Hands the bytes to the browser as a downloaded file. */
function save(fileName: string, bytes: Uint8Array): WriteOutcome {
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true, written: `${fileName} (downloaded)` };
}

/** A sheet model as the bytes of an .xlsx file, by the exceljs writer (loaded on demand). */
async function xlsxBytes(
  document_: ModelDocument,
  onStep: (step: string) => void,
  signal?: ReportWriteOptions["signal"]
): ReturnType<XlsxFileWriter> {
  onStep("Loading the .xlsx writer");
  let writer: XlsxFileWriter;
  try {
    writer = await loadXlsxWriter();
  } catch (error) {
    return {
      ok: false,
      reason: `The .xlsx writer could not be loaded: ${errorText(error)}.`,
    };
  }
  onStep(`Writing ${document_.name}`);
  return writer(document_, { signal });
}

/** A worksheet as an .xlsx file named for its sheet, downloaded. */
async function download(
  document_: WorksheetDocument,
  options?: WriteOptions
): Promise<WriteOutcome> {
  const written = await xlsxBytes(document_, (step) => options?.onProgress?.(step));
  if (!written.ok) return written;
  return save(xlsxFileName(written.sheetNames[0] ?? document_.name), written.bytes);
}

/** A report as one .xlsx file named for the report, downloaded (none once cancelled). */
async function downloadReport(
  report: ReportDocument,
  options: ReportWriteOptions = {}
): Promise<WriteOutcome> {
  const written = await xlsxBytes(report, () => undefined, options.signal);
  if (!written.ok) return written;
  return save(xlsxFileName(report.name), written.bytes);
}

export async function browserHost(info: HostInfo): Promise<Host> {
  const workbook = new MemoryWorkbook(
    [await loadSampleLoans()],
    storedSettings() ?? SAMPLE_MARKET_SETTINGS
  );
  return memoryHost({
    kind: "browser",
    info,
    workbook,
    writeWorksheet: download,
    writeReport: downloadReport,
    settingsSaved: keepSettings,
    browsable: true,
  });
}
