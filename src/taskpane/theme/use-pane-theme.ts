import * as React from "react";
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { Host, ThemeName } from "../workbook/host-types";

const DARK_QUERY = "(prefers-color-scheme: dark)";

function systemTheme(): ThemeName {
  return typeof window !== "undefined" && window.matchMedia?.(DARK_QUERY).matches
    ? "dark"
    : "light";
}

/**
 * The theme the pane follows: the Office theme when the host gives one (dark when Office's body
 * background is dark), else the system's preference. Both are followed as they change.
 */
export function usePaneTheme(host: Host): { name: ThemeName; theme: Theme } {
  const [hostTheme, setHostTheme] = React.useState<ThemeName | undefined>(() => host.theme());
  const [system, setSystem] = React.useState<ThemeName>(systemTheme);

  React.useEffect(() => host.onThemeChanged(setHostTheme), [host]);
  React.useEffect(() => {
    const query = window.matchMedia?.(DARK_QUERY);
    if (!query) return undefined;
    const changed = () => setSystem(query.matches ? "dark" : "light");
    query.addEventListener("change", changed);
    return () => query.removeEventListener("change", changed);
  }, []);

  const name = hostTheme ?? system;
  React.useEffect(() => {
    // Scroll bars and form controls outside Fluent follow the same scheme.
    document.documentElement.style.colorScheme = name;
  }, [name]);
  return { name, theme: name === "dark" ? webDarkTheme : webLightTheme };
}
