/** The Office.js writer (with src/taskpane/host.ts, the only modules that touch Office.js). */
export { writeWorkbookModel } from "./write-workbook";
export type {
  ExcelRun,
  ExcelTarget,
  OfficeWriteOptions,
  OfficeWriteResult,
} from "./write-workbook";
export {
  REQUEST_BUDGET_BYTES,
  EXCEL_WEB_REQUEST_LIMIT_BYTES,
  CHUNK_BYTES,
  SYNCS_FIXED,
} from "./budget";
