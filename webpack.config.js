// Builds the add-in into dist/:
//   functions.js + functions.html + functions.json   custom functions (JavaScript-only runtime)
//   taskpane.js + taskpane.html                      the task pane (React, Fluent UI); its pages,
//   chunks/*.js                                      the engine and the sample loans load on demand
//   commands.html                                    the ribbon's function file (no commands yet)
//   manifest.xml, assets/, help/<id>.html            manifest, icons, one help page per function
//
//   npm run build                                     production build for https://localhost:3000/
//   npm run build -- --env url=https://host/lm/       production build for a server: every
//   LM_HOSTING_URL=https://host/lm/ npm run build     https://localhost:3000/ in manifest.xml,
//                                                     functions.json and the pages becomes that URL
//   npm run build:dev                                 development build (source maps)
//   npm start                                         development build served on https://localhost:3000
"use strict";

const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const {
  HelpPagesPlugin,
  HostingUrlPlugin,
  FunctionsIsolationPlugin,
} = require("./scripts/webpack-plugins.cjs");
const { resolveHostingUrl } = require("./scripts/hosting-url.cjs");

const ROOT = __dirname;
const DEV_PORT = 3000;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Size budgets (bytes, minified, before gzip). Raise them on purpose, never by accident. */
const BUDGET = {
  // The largest single asset: taskpane.js (React + Fluent UI v9). The pane's initial JavaScript is
  // also held under 200 KB gzipped by test/browser/bundle-size.test.ts.
  asset: 512 * 1024,
  entrypoint: 512 * 1024,
  // functions.js is loaded by Excel at start-up; keep it small (decimal.js + core + adapters).
  functions: 168 * 1024,
};

/**
 * Every custom-function source: src/functions/*.ts except the shared adapter cells.ts (which holds
 * no @customfunction). The same list is the functions entry and the metadata plugin's input.
 */
function functionSources(dir = path.join(ROOT, "src", "functions")) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts") && !name.endsWith(".test.ts"))
    .filter((name) => name !== "cells.ts")
    .sort()
    .map((name) => `./src/functions/${name}`);
}

const TASKPANE = { script: "./src/taskpane/index.tsx", page: "./src/taskpane/taskpane.html" };

function pageHtml(title, bodyScripts = "") {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<title>${title}</title>
<script src="${OFFICE_JS}"></script>
</head>
<body>${bodyScripts}</body>
</html>
`;
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || process.env.NODE_ENV || "production";
  const dev = mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const hostingUrl = dev ? null : resolveHostingUrl(env);
  const outputPath = path.resolve(ROOT, env.outDir || "dist");

  const functions = functionSources();
  if (functions.length === 0) {
    throw new Error("No custom-function sources in src/functions (other than cells.ts)");
  }
  const hasTaskpane =
    fs.existsSync(path.join(ROOT, TASKPANE.script)) &&
    fs.existsSync(path.join(ROOT, TASKPANE.page));
  // `--env functionsOnly` builds the custom functions, manifest and help pages only (fast checks).
  const withTaskpane = hasTaskpane && !env.functionsOnly;

  const entry = { functions };
  if (withTaskpane) entry.taskpane = TASKPANE.script;

  const plugins = [
    new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functions }),
    new HtmlWebpackPlugin({
      filename: "functions.html",
      chunks: ["functions"],
      inject: "body",
      scriptLoading: "blocking",
      templateContent: pageHtml("LM Workbench functions"),
      minify: false,
    }),
    new HtmlWebpackPlugin({
      filename: "commands.html",
      chunks: [],
      templateContent: pageHtml(
        "LM Workbench commands",
        "<script>Office.onReady(function () {});</script>"
      ),
      minify: false,
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        { from: "manifest.xml", to: "manifest.xml" },
      ],
    }),
    new HelpPagesPlugin(),
    new HostingUrlPlugin({ hostingUrl }),
    new FunctionsIsolationPlugin({ maxBytes: BUDGET.functions }),
  ];
  if (withTaskpane) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: TASKPANE.page,
        chunks: ["taskpane"],
      })
    );
  }

  const config = {
    mode,
    context: ROOT,
    target: ["web", "es2019"],
    devtool: dev ? "source-map" : false,
    entry,
    output: {
      path: outputPath,
      filename: "[name].js",
      // The task pane's pages, the engine, the sample loans and the worksheet writers, loaded on demand.
      chunkFilename: dev ? "chunks/[name].js" : "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck` (tsc); the bundle only needs the emit.
            options: { transpileOnly: true, configFile: path.join(ROOT, "tsconfig.json") },
          },
        },
        // The sample loan tape, bundled as text for the pane's in-browser workbook.
        { test: /\.csv$/, type: "asset/source" },
      ],
    },
    optimization: {
      // Each entry is self-contained: Excel loads functions.js without the task pane's chunks. Only
      // the task pane's on-demand chunks share modules among themselves (the engine, Fluent parts).
      splitChunks: {
        chunks: "async",
        cacheGroups: {
          // exceljs's browser build (about 1 MB minified) and JSZip stay in the "xlsx-writer" chunk
          // of src/report/xlsx: loaded only when the pane downloads a worksheet outside Excel.
          defaultVendors: {
            test: /[\\/]node_modules[\\/](?!(exceljs|jszip)[\\/])/,
            priority: -10,
            reuseExistingChunk: true,
          },
        },
      },
      runtimeChunk: false,
    },
    performance: {
      hints: dev ? false : "error",
      maxAssetSize: BUDGET.asset,
      maxEntrypointSize: BUDGET.entrypoint,
      // The .xlsx writer (exceljs) is loaded only to download a worksheet outside Excel: it has no
      // budget. Every other asset has, and the pane's initial JavaScript is held under 200 KB
      // gzipped by test/browser/bundle-size.test.ts.
      assetFilter: (name) => name.endsWith(".js") && !/(^|\/)xlsx-writer\./.test(name),
    },
    plugins,
    infrastructureLogging: { level: "warn" },
  };

  if (!withTaskpane && !env.functionsOnly) {
    // Until src/taskpane exists the build still produces the functions; the manifest test fails
    // because taskpane.html is missing, which is the right signal.
    console.warn(
      "webpack.config.js: src/taskpane/index.tsx or taskpane.html is missing; taskpane.html not built"
    );
  }

  if (serving) {
    const { ensureDevCertificates } = require("./scripts/dev-certs.cjs");
    const certs = await ensureDevCertificates({ log: (line) => console.log(line) });
    config.devServer = {
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port) || DEV_PORT,
      server: { type: "https", options: { ca: certs.ca, cert: certs.cert, key: certs.key } },
      headers: { "Access-Control-Allow-Origin": "*" },
      // No client script injected: functions.js must stay plain for Excel's functions runtime.
      // Reload the task pane by hand after a change (right-click > Reload).
      hot: false,
      liveReload: false,
      client: false,
      webSocketServer: false,
      static: false,
      allowedHosts: ["localhost"],
      devMiddleware: { stats: "errors-warnings" },
    };
  }

  return config;
};

module.exports.functionSources = functionSources;
