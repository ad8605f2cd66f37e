// Build steps of the add-in that webpack has no plugin for:
//   HelpPagesPlugin         help/<id>.html for every function in functions.json, and help/index.html
//   HostingUrlPlugin        production: the development origin → the hosting URL, in every text asset
//   FunctionsIsolationPlugin the functions bundle stays free of React/Fluent/task-pane code, and small
"use strict";

const path = require("path");
const { Compilation, WebpackError, sources } = require("webpack");
const { renderHelpPages, loadExamples } = require("./help-pages.cjs");
const { rewriteDevUrls } = require("./hosting-url.cjs");

const GOLDEN_PATH = path.resolve(__dirname, "..", "test", "fixtures", "golden.json");
const EXAMPLES_PATH = path.resolve(__dirname, "..", "src", "taskpane", "examples.json");

class HelpPagesPlugin {
  /** @param {{ metadata?: string, folder?: string }} [options] */
  constructor(options = {}) {
    this.metadata = options.metadata || "functions.json";
    this.folder = options.folder || "help";
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("HelpPagesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        // After the metadata plugin has added functions.json, before the URL rewrite.
        { name: "HelpPagesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset(this.metadata);
          if (!asset) {
            compilation.errors.push(
              new WebpackError(
                `HelpPagesPlugin: ${this.metadata} was not generated, so no help pages were written`
              )
            );
            return;
          }
          compilation.fileDependencies.add(GOLDEN_PATH);
          compilation.fileDependencies.add(EXAMPLES_PATH);
          const pages = renderHelpPages(
            asset.source.source().toString(),
            loadExamples(GOLDEN_PATH)
          );
          for (const [name, html] of pages) {
            compilation.emitAsset(`${this.folder}/${name}`, new sources.RawSource(html));
          }
        }
      );
    });
  }
}

/** Text assets the rewrite touches: the manifest, the metadata and every page. */
const TEXT_ASSET = /\.(xml|json|html)$/;

class HostingUrlPlugin {
  /** @param {{ hostingUrl: string | null }} options */
  constructor(options) {
    this.hostingUrl = options.hostingUrl;
  }

  apply(compiler) {
    if (!this.hostingUrl) return;
    const hostingUrl = this.hostingUrl;
    compiler.hooks.thisCompilation.tap("HostingUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        // After copy-webpack-plugin, html-webpack-plugin and the help pages have emitted.
        { name: "HostingUrlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!TEXT_ASSET.test(name)) continue;
            const text = compilation.getAsset(name).source.source().toString();
            const rewritten = rewriteDevUrls(text, hostingUrl);
            if (rewritten !== text) compilation.updateAsset(name, new sources.RawSource(rewritten));
            if (/localhost/i.test(rewritten)) {
              compilation.errors.push(
                new WebpackError(
                  `HostingUrlPlugin: ${name} still mentions localhost after rewriting to ${hostingUrl}`
                )
              );
            }
          }
        }
      );
    });
  }
}

/** Modules that belong to the task pane only. */
const UI_MODULE =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui)[\\/]|[\\/]src[\\/]taskpane[\\/]/;

class FunctionsIsolationPlugin {
  /** @param {{ chunk?: string, asset?: string, maxBytes: number }} options */
  constructor(options) {
    this.chunk = options.chunk || "functions";
    this.asset = options.asset || "functions.js";
    this.maxBytes = options.maxBytes;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsIsolationPlugin", (compilation) => {
      compilation.hooks.afterSeal.tap("FunctionsIsolationPlugin", () => {
        for (const chunk of compilation.chunks) {
          if (chunk.name !== this.chunk) continue;
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            const resource = module.resource || module.nameForCondition?.() || "";
            if (UI_MODULE.test(resource)) {
              compilation.errors.push(
                new WebpackError(
                  `FunctionsIsolationPlugin: the ${this.chunk} bundle includes ${path.relative(
                    compiler.context,
                    resource
                  )}; custom functions must not import React, Fluent or task-pane code`
                )
              );
            }
          }
        }
        const asset = compilation.getAsset(this.asset);
        const minimized = compilation.compiler.options.optimization.minimize;
        if (asset && minimized && asset.source.size() > this.maxBytes) {
          compilation.errors.push(
            new WebpackError(
              `FunctionsIsolationPlugin: ${this.asset} is ${asset.source.size()} bytes, over its budget of ${this.maxBytes}`
            )
          );
        }
      });
    });
  }
}

module.exports = { HelpPagesPlugin, HostingUrlPlugin, FunctionsIsolationPlugin };
