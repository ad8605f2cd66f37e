// Offline structural check of the add-in manifest (Microsoft's validator is an online service).
// Runs on manifest.xml in the repository and on dist/manifest.xml from the build, and checks that
// a production build for a hosting URL leaves no development URL behind.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const DEV_ORIGIN = "https://localhost:3000";
const hosting = require("../../scripts/hosting-url.cjs") as {
  normalizeHostingUrl(raw: string): string;
  resolveHostingUrl(
    env?: Record<string, unknown>,
    processEnv?: Record<string, string | undefined>
  ): string | null;
  rewriteDevUrls(text: string, hostingUrl: string): string;
};

type Attrs = Record<string, string>;
interface Element {
  tag: string;
  attrs: Attrs;
  text: string;
  children: Element[];
}

/** The parsed manifest as a plain element tree (fast-xml-parser with preserveOrder). */
function parseXml(text: string): Element {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    preserveOrder: true,
    trimValues: true,
  });
  const nodes = parser.parse(text) as Array<Record<string, unknown>>;
  const convert = (node: Record<string, unknown>): Element | null => {
    const tag = Object.keys(node).find((k) => k !== ":@");
    if (!tag || tag === "#text" || tag === "?xml" || tag === "#comment") return null;
    const rawChildren = (node[tag] as Array<Record<string, unknown>>) || [];
    const children = rawChildren.map(convert).filter((c): c is Element => c !== null);
    const text = rawChildren
      .filter((c) => "#text" in c)
      .map((c) => String(c["#text"]))
      .join("");
    return { tag, attrs: (node[":@"] as Attrs) || {}, text, children };
  };
  const root = nodes.map(convert).find((e): e is Element => e !== null);
  assert.ok(root, "no root element");
  return root;
}

function* walk(e: Element): Generator<Element> {
  yield e;
  for (const c of e.children) yield* walk(c);
}

function child(e: Element | undefined, tag: string): Element | undefined {
  return e?.children.find((c) => c.tag === tag);
}

function path_(e: Element, ...tags: string[]): Element | undefined {
  let cur: Element | undefined = e;
  for (const t of tags) cur = child(cur, t);
  return cur;
}

interface Manifest {
  root: Element;
  resources: Map<string, { kind: string; value: string }>;
  resids: string[];
}

function readManifest(text: string): Manifest {
  const root = parseXml(text);
  const resources = new Map<string, { kind: string; value: string }>();
  const res = path_(root, "VersionOverrides", "Resources");
  for (const group of res?.children ?? []) {
    for (const item of group.children) {
      assert.ok(!resources.has(item.attrs.id), `resource id ${item.attrs.id} is defined twice`);
      resources.set(item.attrs.id, { kind: group.tag, value: item.attrs.DefaultValue });
    }
  }
  const resids = [...walk(root)].map((e) => e.attrs.resid).filter((r): r is string => Boolean(r));
  return { root, resources, resids };
}

function url(m: Manifest, resid: string | undefined): string {
  assert.ok(resid, "missing resid");
  const r = m.resources.get(resid);
  assert.ok(r, `resid ${resid} is not defined`);
  return r.value;
}

function customFunctionsPoint(m: Manifest): Element {
  const point = [...walk(m.root)].find(
    (e) => e.tag === "ExtensionPoint" && e.attrs["xsi:type"] === "CustomFunctions"
  );
  assert.ok(point, "no CustomFunctions extension point");
  return point;
}

/** Every URL the manifest gives Office: DefaultValue attributes and AppDomain text. */
function manifestUrls(m: Manifest): string[] {
  const urls: string[] = [];
  for (const e of walk(m.root)) {
    const v = e.attrs.DefaultValue;
    if (v && /^[a-z]+:\/\//i.test(v)) urls.push(v);
    if (e.tag === "AppDomain") urls.push(e.text);
  }
  return urls;
}

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  assert.ok(
    b.length > 24 && b.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])),
    `${file} is not a PNG`
  );
  assert.equal(b.toString("latin1", 12, 16), "IHDR", `${file} has no IHDR chunk first`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function versionAtLeast(actual: string, wanted: string): boolean {
  const a = actual.split(".").map(Number);
  const w = wanted.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, w.length); i++) {
    const x = a[i] ?? 0;
    const y = w[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** The structural checks, for one manifest text served from `origin`. */
function describeManifest(
  label: string,
  load: () => string,
  origin: string,
  filesDir: string | null
) {
  describe(label, () => {
    let text: string;
    let m: Manifest;
    before(function () {
      text = load();
      m = readManifest(text);
    });

    it("is well-formed XML", () => {
      assert.equal(XMLValidator.validate(text), true);
    });

    it("passes xmllint when it is installed", function () {
      const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
      if (probe.error) this.skip();
      const tmp = path.join(os.tmpdir(), `lm-manifest-${process.pid}.xml`);
      fs.writeFileSync(tmp, text);
      try {
        const r = spawnSync("xmllint", ["--noout", tmp], { encoding: "utf8" });
        assert.equal(r.status, 0, r.stderr);
      } finally {
        fs.rmSync(tmp, { force: true });
      }
    });

    it("is a task-pane add-in for Excel with a GUID id, a 4-part version and the provider name", () => {
      assert.equal(m.root.tag, "OfficeApp");
      assert.equal(m.root.attrs["xsi:type"], "TaskPaneApp");
      assert.match(
        child(m.root, "Id")!.text,
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
      );
      assert.match(child(m.root, "Version")!.text, /^\d+\.\d+\.\d+\.\d+$/);
      assert.equal(child(m.root, "ProviderName")!.text, "LM Workbench");
      const hosts = child(m.root, "Hosts")!.children.map((h) => h.attrs.Name);
      assert.deepEqual(hosts, ["Workbook"]);
      const vHosts = path_(m.root, "VersionOverrides", "Hosts")!.children.map(
        (h) => h.attrs["xsi:type"]
      );
      assert.deepEqual(vHosts, ["Workbook"]);
    });

    it("requires CustomFunctionsRuntime 1.2 or later and does not use the shared runtime", () => {
      const sets = [...walk(m.root)].filter((e) => e.tag === "Set");
      const cf = sets.find((s) => s.attrs.Name === "CustomFunctionsRuntime");
      assert.ok(cf, "CustomFunctionsRuntime requirement missing");
      assert.ok(
        versionAtLeast(cf.attrs.MinVersion, "1.2"),
        `CustomFunctionsRuntime ${cf.attrs.MinVersion} < 1.2`
      );
      assert.ok(
        !sets.some((s) => s.attrs.Name === "SharedRuntime"),
        "SharedRuntime must not be required"
      );
      assert.ok(
        ![...walk(m.root)].some((e) => e.tag === "Runtimes"),
        "no <Runtimes> in the JavaScript-only runtime"
      );
    });

    it("defines every resid it references, each at most 32 characters", () => {
      assert.ok(m.resids.length > 0);
      for (const id of m.resids) {
        assert.ok(m.resources.has(id), `resid "${id}" is referenced but not defined`);
        assert.ok(id.length <= 32, `resid "${id}" is longer than 32 characters`);
      }
      for (const id of m.resources.keys()) {
        assert.ok(id.length <= 32, `resource id "${id}" is longer than 32 characters`);
        assert.ok(m.resids.includes(id), `resource "${id}" is defined but never used`);
      }
    });

    it("keeps strings within Office's limits", () => {
      for (const [id, r] of m.resources) {
        if (r.kind === "bt:ShortStrings") assert.ok(r.value.length <= 125, `${id} longer than 125`);
        if (r.kind === "bt:LongStrings") assert.ok(r.value.length <= 250, `${id} longer than 250`);
        if (r.kind === "bt:Urls" || r.kind === "bt:Images")
          assert.ok(r.value.length <= 2048, `${id} longer than 2048`);
      }
      assert.ok(child(m.root, "DisplayName")!.attrs.DefaultValue.length <= 125);
      assert.ok(child(m.root, "Description")!.attrs.DefaultValue.length <= 250);
    });

    it("names the custom-function namespace LM", () => {
      const ns = child(customFunctionsPoint(m), "Namespace");
      assert.ok(ns, "no <Namespace>");
      const r = m.resources.get(ns.attrs.resid);
      assert.ok(r, "namespace resid undefined");
      assert.equal(r.kind, "bt:ShortStrings");
      assert.equal(r.value, "LM");
    });

    it(`serves every URL over https from one origin (${origin})`, () => {
      const urls = manifestUrls(m);
      assert.ok(urls.length >= 8, "expected the icon, page and resource URLs");
      for (const u of urls) {
        assert.ok(u.startsWith("https://"), `${u} is not https`);
        assert.equal(new URL(u).origin, origin, `${u} is not on ${origin}`);
      }
      // Only XML namespace names may use http://.
      const stray = text.replace(/xmlns(:\w+)?="[^"]*"/g, "").match(/http:\/\/[^\s"<]*/g);
      assert.equal(stray, null, `http URLs: ${stray}`);
    });

    it("points Script, Metadata and Page at functions.js, functions.json and functions.html", () => {
      const point = customFunctionsPoint(m);
      assert.match(
        url(m, path_(point, "Script", "SourceLocation")?.attrs.resid),
        /\/functions\.js$/
      );
      assert.match(
        url(m, path_(point, "Metadata", "SourceLocation")?.attrs.resid),
        /\/functions\.json$/
      );
      assert.match(
        url(m, path_(point, "Page", "SourceLocation")?.attrs.resid),
        /\/functions\.html$/
      );
    });

    it("opens taskpane.html from a Home-tab button and by default", () => {
      assert.match(
        path_(m.root, "DefaultSettings", "SourceLocation")!.attrs.DefaultValue,
        /\/taskpane\.html$/
      );
      const tab = [...walk(m.root)].find((e) => e.tag === "OfficeTab");
      assert.equal(tab?.attrs.id, "TabHome");
      const action = [...walk(tab!)].find(
        (e) => e.tag === "Action" && e.attrs["xsi:type"] === "ShowTaskpane"
      );
      assert.ok(action, "no ShowTaskpane button on the Home tab");
      assert.match(url(m, child(action, "SourceLocation")?.attrs.resid), /\/taskpane\.html$/);
    });

    it("references icons that exist in assets/ with the stated pixel sizes", () => {
      const assetsDir = path.join(filesDir ?? ROOT, "assets");
      const fileOf = (u: string) => {
        const name = new URL(u).pathname.split("/").pop()!;
        const file = path.join(assetsDir, name);
        assert.ok(fs.existsSync(file), `${u} → ${file} is missing`);
        return file;
      };
      const square = (file: string, size: number) =>
        assert.deepEqual(pngSize(file), { width: size, height: size }, file);
      square(fileOf(child(m.root, "IconUrl")!.attrs.DefaultValue), 32);
      square(fileOf(child(m.root, "HighResolutionIconUrl")!.attrs.DefaultValue), 64);
      let checked = 0;
      for (const img of [...walk(m.root)].filter((e) => e.tag === "bt:Image" && e.attrs.size)) {
        square(fileOf(url(m, img.attrs.resid)), Number(img.attrs.size));
        checked++;
      }
      assert.ok(checked >= 3, "ribbon icons missing");
      for (const size of [16, 32, 64, 80, 128])
        square(path.join(assetsDir, `icon-${size}.png`), size);
    });

    if (filesDir) {
      it("names only files that the build produced", () => {
        for (const u of manifestUrls(m)) {
          const rel = decodeURIComponent(new URL(u).pathname).replace(/^\/+/, "");
          assert.ok(fs.existsSync(path.join(filesDir, rel)), `${u}: ${rel} is not in ${filesDir}`);
        }
      });
    }
  });
}

function distManifest(): string {
  const file = path.join(DIST, "manifest.xml");
  assert.ok(fs.existsSync(file), "dist/manifest.xml missing: run `npm run build` first");
  return fs.readFileSync(file, "utf8");
}

describe("manifest", () => {
  describeManifest(
    "manifest.xml (repository)",
    () => fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"),
    DEV_ORIGIN,
    null
  );
  describeManifest("dist/manifest.xml (build)", distManifest, DEV_ORIGIN, DIST);
  describeManifest(
    "manifest.xml rewritten for https://addin.example.com/lm/",
    () =>
      hosting.rewriteDevUrls(
        fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"),
        "https://addin.example.com/lm/"
      ),
    "https://addin.example.com",
    null
  );

  describe("hosting URL", () => {
    it("accepts https URLs and adds the trailing slash", () => {
      assert.equal(
        hosting.normalizeHostingUrl("https://addin.example.com/lm"),
        "https://addin.example.com/lm/"
      );
      assert.equal(
        hosting.normalizeHostingUrl(" https://addin.example.com "),
        "https://addin.example.com/"
      );
    });

    it("rejects http, queries, fragments, credentials and non-URLs", () => {
      for (const bad of [
        "http://addin.example.com/",
        "https://x.example/?a=1",
        "https://x.example/#f",
        "https://u:p@x.example/",
        "addin.example.com",
      ]) {
        assert.throws(() => hosting.normalizeHostingUrl(bad), Error, bad);
      }
    });

    it("comes from --env url, else LM_HOSTING_URL, else stays on localhost", () => {
      assert.equal(
        hosting.resolveHostingUrl(
          { url: "https://a.example/x" },
          { LM_HOSTING_URL: "https://b.example/" }
        ),
        "https://a.example/x/"
      );
      assert.equal(
        hosting.resolveHostingUrl({}, { LM_HOSTING_URL: "https://b.example/" }),
        "https://b.example/"
      );
      assert.equal(hosting.resolveHostingUrl({}, {}), null);
    });

    it("rewrites every development URL in manifest.xml and dist/functions.json", () => {
      const target = "https://addin.example.com/lm/";
      const manifest = hosting.rewriteDevUrls(
        fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"),
        target
      );
      assert.doesNotMatch(manifest, /localhost/i);
      const metaFile = path.join(DIST, "functions.json");
      assert.ok(fs.existsSync(metaFile), "dist/functions.json missing: run `npm run build` first");
      const meta = hosting.rewriteDevUrls(fs.readFileSync(metaFile, "utf8"), target);
      assert.doesNotMatch(meta, /localhost/i);
      for (const fn of JSON.parse(meta).functions) {
        assert.equal(fn.helpUrl, `${target}help/${String(fn.id).toLowerCase()}.html`);
      }
    });

    it("a production build with --env url leaves no localhost in any page, manifest or metadata", async function () {
      this.timeout(180_000);
      const out = fs.mkdtempSync(path.join(os.tmpdir(), "lm-build-"));
      try {
        const webpack = require("webpack");
        const makeConfig = require("../../webpack.config.js");
        const config = await makeConfig(
          { url: "https://addin.example.com/lm", outDir: out, functionsOnly: true },
          { mode: "production" }
        );
        // The rewrite is what is under test, not the minifier: skip minification to keep this quick.
        config.optimization = { ...config.optimization, minimize: false };
        config.performance = { hints: false };
        const stats = await new Promise<{ hasErrors(): boolean; toString(o: unknown): string }>(
          (resolve, reject) =>
            webpack(config).run(
              (err: Error | null, s: { hasErrors(): boolean; toString(o: unknown): string }) =>
                err ? reject(err) : resolve(s)
            )
        );
        assert.ok(!stats.hasErrors(), stats.toString("errors-only"));
        const texts = fs
          .readdirSync(out, { recursive: true })
          .map(String)
          .filter((f) => /\.(xml|json|html)$/.test(f));
        assert.ok(
          texts.includes("manifest.xml") && texts.includes("functions.json"),
          texts.join(", ")
        );
        for (const f of texts) {
          const body = fs.readFileSync(path.join(out, f), "utf8");
          assert.doesNotMatch(body, /localhost/i, `${f} still names localhost`);
        }
        const manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
        for (const u of manifestUrls(readManifest(manifest)))
          assert.ok(u.startsWith("https://addin.example.com/lm/"), u);
      } finally {
        fs.rmSync(out, { recursive: true, force: true });
      }
    });
  });
});
