import * as React from "react";
import type { PageId } from "../pages/page-table";

export interface Navigation {
  readonly page: PageId;
  go(page: PageId): void;
}

const NavigationContext = React.createContext<Navigation | undefined>(undefined);

export const NavigationProvider: React.FC<{
  value: Navigation;
  children: React.ReactNode;
}> = ({ value, children }) => (
  <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>
);

export function useNavigation(): Navigation {
  const n = React.useContext(NavigationContext);
  if (!n) throw new Error("useNavigation outside NavigationProvider");
  return n;
}
