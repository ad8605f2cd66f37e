/** What the browser test loads into Chromium: the headless writer as the task pane bundles it. */
export { writeXlsx } from "../../src/report/xlsx";
export { demoWorkbook } from "./demo";
