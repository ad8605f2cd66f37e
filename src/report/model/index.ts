/** The sheet model: every worksheet described once as data, for the Office.js and exceljs writers. */
export * from "./values";
export * from "./formats";
export * from "./styles";
export * from "./cells";
export * from "./table";
export * from "./chart";
export * from "./print";
export * from "./blocks";
export * from "./worksheet";
export * from "./addresses";
export * from "./sheet-names";
export * from "./placed";
export * from "./layout";
export * from "./references";
export * from "./prepare";
export * from "./audit";
export * from "./text-fit";
