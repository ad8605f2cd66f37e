import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { officeHost, whenOfficeReady } from "./host";
import type { Host, HostInfo } from "./workbook/host-types";

/* global document, window */

/**
 * The workbook the pane works in: Excel when Office says so; otherwise the in-browser workbook of
 * sample loans, or, when the page is opened with `?host=stand-in`, the test stand-in (each loaded
 * only when used).
 */
async function pickHost(info: HostInfo): Promise<Host> {
  if (info.host === "Excel") return officeHost(info);
  if (new URLSearchParams(window.location.search).get("host") === "stand-in") {
    const { standInHost } = await import(
      /* webpackChunkName: "stand-in-host" */ "./workbook/stand-in-host"
    );
    return standInHost(info);
  }
  const { browserHost } = await import(
    /* webpackChunkName: "browser-host" */ "./workbook/browser-host"
  );
  return browserHost(info);
}

const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  void whenOfficeReady()
    .then(pickHost)
    .then(
      (host) => root.render(<App host={host} />),
      (error: unknown) => {
        container.textContent = `LM Workbench could not start: ${error instanceof Error ? error.message : String(error)}`;
      }
    );
}
