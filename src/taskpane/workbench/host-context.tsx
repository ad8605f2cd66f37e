import * as React from "react";
import type { Host } from "../workbook/host-types";

/** The workbook the pane works in (Excel, the in-browser workbook, or the test stand-in). */
const HostContext = React.createContext<Host | undefined>(undefined);

export const HostProvider: React.FC<{ host: Host; children: React.ReactNode }> = ({
  host,
  children,
}) => <HostContext.Provider value={host}>{children}</HostContext.Provider>;

export function useHost(): Host {
  const host = React.useContext(HostContext);
  if (!host) throw new Error("useHost outside HostProvider");
  return host;
}
