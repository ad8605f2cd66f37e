import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { fetchCatalogue } from "./catalogue";
import { whenOfficeReady } from "./host";

/* global document, fetch */

const loadCatalogue = () => fetchCatalogue((url) => fetch(url, { cache: "no-cache" }));

const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  void whenOfficeReady().then((host) => {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} loadCatalogue={loadCatalogue} />
      </FluentProvider>
    );
  });
}
