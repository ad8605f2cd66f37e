/**
 * Print setup: orientation, paper, fit to pages, margins, header and footer (Excel's codes), print
 * area and repeated title rows. Both writers read it; the Office.js writer needs ExcelApi 1.9.
 */

export interface HeaderFooter {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

export interface PrintSetup {
  readonly orientation?: "portrait" | "landscape";
  readonly paper?: "letter" | "legal" | "a4";
  /** Fit to this many pages wide and tall; tall 0 means as many as needed. */
  readonly fitTo?: { readonly wide: number; readonly tall: number };
  /** Margins in inches. */
  readonly margins?: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
    readonly header: number;
    readonly footer: number;
  };
  readonly header?: HeaderFooter;
  readonly footer?: HeaderFooter;
  /** "A1:F40"; default: the sheet's used range. */
  readonly printArea?: string;
  /** Rows repeated at the top of every page, 1-based and inclusive, e.g. the table header row. */
  readonly titleRows?: { readonly first: number; readonly last: number };
  readonly centerHorizontally?: boolean;
}

/** Excel's header and footer codes. Text from data goes through `hf.text` (an & doubles). */
export const hf = {
  page: "&P",
  pages: "&N",
  date: "&D",
  time: "&T",
  sheet: "&A",
  file: "&F",
  bold: (text: string): string => `&B${text}&B`,
  text: (text: string): string => text.replace(/&/g, "&&"),
};

export const DEFAULT_MARGINS = {
  top: 0.75,
  bottom: 0.75,
  left: 0.6,
  right: 0.6,
  header: 0.3,
  footer: 0.3,
} as const;

export const PAPER_CODES = { letter: 1, legal: 5, a4: 9 } as const;
