// `npm start`: development build of the add-in, served over HTTPS on https://localhost:3000 (this
// machine only), with development certificates generated offline on first use. Prints the address
// of the task pane in a plain browser (it runs on the bundled sample loans there), and how to trust
// the certificate and sideload manifest.xml in Excel on Windows, on Mac and on the web.
// Stop with Ctrl+C.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const makeConfig = require(join(root, "webpack.config.js"));
const { ensureDevCertificates } = require(join(root, "scripts", "dev-certs.cjs"));

const certs = await ensureDevCertificates({ log: (line) => console.log(line) });
const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
const origin = `https://localhost:${config.devServer.port}/`;
const manifestPath = join(root, "manifest.xml");
const addinId =
  (/<Id>([^<]+)<\/Id>/.exec(readFileSync(manifestPath, "utf8")) || [])[1] || "LMWorkbench";

function instructions() {
  const ca = certs.paths.ca;
  return `
LM Workbench is served at ${origin} (this machine only).

Without Excel: open ${origin}taskpane.html in a browser on this machine. The task pane runs on a
workbook of sample loans held in the page (every investor); pick a loan and work it page by page.
Worksheets download as .xlsx files. Trust the certificate first (step 1) or accept the browser's
warning once. What each page does: docs/taskpane.md.

  Check:  ${origin}functions.json   ${origin}taskpane.html   ${origin}help/index.html
  Development CA certificate: ${ca}  (expires ${certs.expires ? certs.expires.toISOString().slice(0, 10) : "?"})

1. Trust the CA certificate once (Office refuses an untrusted https page):
   Windows (current user, no admin):  certutil -user -addstore Root "${ca}"
   Mac (login keychain):              security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db "${ca}"
   Linux, Chromium/Chrome (for Excel on the web; needs libnss3-tools):
     mkdir -p ~/.pki/nssdb && certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n lm-workbench-dev -i "${ca}"
   Firefox: Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import.
   curl:    curl --cacert "${ca}" ${origin}functions.json

2. Sideload the manifest: ${manifestPath}
   Excel on Windows: register it, then restart Excel:
     reg add "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer" /v ${addinId} /t REG_SZ /d "${manifestPath}" /f
     Then Home > Add-ins (or Insert > My Add-ins > Developer Add-ins) > LM Workbench.
     To remove: reg delete "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer" /v ${addinId} /f
   Excel on Mac: copy it into Excel's sideload folder, then restart Excel:
     mkdir -p ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef
     cp "${manifestPath}" ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
     Then Home > Add-ins > (Developer add-ins) LM Workbench.
   Excel on the web (Microsoft 365 account, in a browser on this machine that trusts the CA):
     Open a workbook > Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in > Browse to manifest.xml > Upload.
     The upload lasts until the browser cache is cleared; upload again after manifest changes.

3. Type =LM. in a cell to see the functions; Home > LM Workbench opens the task pane. Select a
   row of your loan table and the pane reads it.
   After a code change the server rebuilds; reload the task pane (right-click > Reload) or
   re-open the workbook to reload the functions. Stop the server with Ctrl+C.
`;
}

const compiler = webpack(config);
let printed = false;
compiler.hooks.done.tap("lm-start", (stats) => {
  if (stats.hasErrors()) {
    console.error(stats.toString({ all: false, errors: true, errorDetails: false, colors: false }));
    return;
  }
  if (!printed) {
    printed = true;
    // After the dev server's own build summary.
    setImmediate(() => console.log(instructions()));
  } else {
    console.log(`Rebuilt in ${stats.endTime - stats.startTime} ms.`);
  }
});

const server = new WebpackDevServer(config.devServer, compiler);
let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the server.`);
  await server.stop();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));

await server.start();
