/**
 * The pane's pages, one table: id, title, the short label of its tab, its icon, the component
 * (loaded on demand) and whether it works on the current loan. Navigation, headings, the
 * previous/next buttons and the tests are all read from it.
 */
import * as React from "react";
import type { FluentIcon } from "@fluentui/react-icons";
import {
  CalendarLtrRegular,
  DataPieRegular,
  DocumentEditRegular,
  HomePersonRegular,
  MailRegular,
  MathFormulaRegular,
  ScalesRegular,
  SettingsRegular,
  TagRegular,
} from "@fluentui/react-icons";

export interface PageEntry {
  readonly id: string;
  readonly title: string;
  /** The tab's label (the pane is 320 px wide). */
  readonly label: string;
  readonly icon: FluentIcon;
  readonly component: React.LazyExoticComponent<React.ComponentType>;
  /** A step of the specialist's work on one loan: shows the loan id beside the title. */
  readonly onLoan: boolean;
}

export const PAGES = [
  {
    id: "loan",
    title: "Loan",
    label: "Loan",
    icon: HomePersonRegular,
    component: React.lazy(() => import(/* webpackChunkName: "page-loan" */ "./LoanPage")),
    onLoan: true,
  },
  {
    id: "options",
    title: "Options",
    label: "Options",
    icon: ScalesRegular,
    component: React.lazy(() => import(/* webpackChunkName: "page-options" */ "./OptionsPage")),
    onLoan: true,
  },
  {
    id: "repayment",
    title: "Repayment plan",
    label: "Plan",
    icon: CalendarLtrRegular,
    component: React.lazy(() => import(/* webpackChunkName: "page-repayment" */ "./RepaymentPage")),
    onLoan: true,
  },
  {
    id: "offer",
    title: "Modification offer",
    label: "Offer",
    icon: DocumentEditRegular,
    component: React.lazy(() => import(/* webpackChunkName: "page-offer" */ "./OfferPage")),
    onLoan: true,
  },
  {
    id: "notice",
    title: "Notice and summary",
    label: "Notice",
    icon: MailRegular,
    component: React.lazy(() => import(/* webpackChunkName: "page-notice" */ "./NoticePage")),
    onLoan: true,
  },
  {
    id: "short-sale",
    title: "Short sale",
    label: "Short sale",
    icon: TagRegular,
    component: React.lazy(
      () => import(/* webpackChunkName: "page-short-sale" */ "./ShortSalePage")
    ),
    onLoan: true,
  },
  {
    id: "portfolio",
    title: "Portfolio",
    label: "Portfolio",
    icon: DataPieRegular,
    component: React.lazy(() => import(/* webpackChunkName: "page-portfolio" */ "./PortfolioPage")),
    onLoan: false,
  },
  {
    id: "settings",
    title: "Settings",
    label: "Settings",
    icon: SettingsRegular,
    component: React.lazy(() => import(/* webpackChunkName: "page-settings" */ "./SettingsPage")),
    onLoan: false,
  },
  {
    id: "functions",
    title: "Functions",
    label: "Functions",
    icon: MathFormulaRegular,
    component: React.lazy(() => import(/* webpackChunkName: "page-functions" */ "./FunctionsPage")),
    onLoan: false,
  },
] as const satisfies readonly PageEntry[];

export type PageId = (typeof PAGES)[number]["id"];

export function pageById(id: PageId): PageEntry {
  return PAGES.find((p) => p.id === id) ?? PAGES[0];
}

/** The loan steps before and after `id`, for the previous/next buttons. */
export function neighbours(id: PageId): { previous?: PageEntry; next?: PageEntry } {
  const steps: readonly PageEntry[] = PAGES.filter((p) => p.onLoan);
  const i = steps.findIndex((p) => p.id === id);
  if (i < 0) return {};
  return { previous: steps[i - 1], next: steps[i + 1] };
}
