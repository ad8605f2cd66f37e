import { Cell } from "../../core/record";

/** One row of a tape file: its number as the file or sheet shows it (the header is usually 1), and its cells. */
export interface TapeRow {
  readonly row: number;
  readonly cells: readonly Cell[];
  /** Why the reader could not split the row into cells (a quote never closed); the row is rejected. */
  readonly unreadable?: string;
}

/** A tape file, read from the start each time `rows()` is called: the header row first, then the data rows in order. */
export interface TapeFile {
  /** The path as the user gave it, or the sample's. */
  readonly path: string;
  readonly format: "csv" | "xlsx";
  /** The worksheet read (xlsx). */
  readonly sheet?: string;
  rows(): AsyncIterable<TapeRow>;
}

export const isBlankCell = (v: Cell) =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "");
