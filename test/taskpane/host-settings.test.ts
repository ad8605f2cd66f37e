/**
 * The Excel host's settings (the workbook's own settings, Office's common API), its theme and its
 * start-up, with Office stood in for by plain objects, as that API needs no load or sync.
 */
import { strict as assert } from "node:assert";
import {
  SETTINGS_KEY,
  loadSettings,
  officeHost,
  saveSettings,
  themeOfBackground,
  whenOfficeReady,
} from "../../src/taskpane/host";
import { describeHost } from "../../src/taskpane/components/HostNote";

const globals = globalThis as { Office?: unknown };

describe("taskpane/host settings, theme and start-up", () => {
  afterEach(() => {
    delete globals.Office;
  });

  it("keeps the settings in the workbook's own settings and reads them back", async () => {
    const store = new Map<string, unknown>();
    let saves = 0;
    // The settings API is Office's common API (no load or sync): a plain object stands in for it.
    globals.Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        document: {
          settings: {
            get: (key: string) => store.get(key),
            set: (key: string, value: unknown) => void store.set(key, value),
            saveAsync: (callback: (r: { status: string }) => void) => {
              saves += 1;
              callback({ status: "succeeded" });
            },
          },
        },
      },
    };
    assert.deepEqual(await loadSettings(), {});
    const values = {
      pmms: "6.23%",
      mod_rate: "6.5%",
      as_of_date: "2026-11-16",
      preparer: "R. Diaz",
    };
    assert.deepEqual(await saveSettings(values), { ok: true, written: "this workbook's settings" });
    assert.equal(saves, 1);
    assert.deepEqual(store.get(SETTINGS_KEY), values);
    assert.deepEqual(await loadSettings(), values);
    // Anything that is not text is left out rather than passed on.
    store.set(SETTINGS_KEY, { pmms: 0.0623, preparer: "R. Diaz" });
    assert.deepEqual(await loadSettings(), { preparer: "R. Diaz" });
  });

  it("says why the settings could not be saved", async () => {
    globals.Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        document: {
          settings: {
            get: () => undefined,
            set: () => undefined,
            saveAsync: (callback: (r: { status: string; error: { message: string } }) => void) =>
              callback({ status: "failed", error: { message: "The document is read-only." } }),
          },
        },
      },
    };
    assert.deepEqual(await saveSettings({ pmms: "6%" }), {
      ok: false,
      reason: "Excel could not save the settings: The document is read-only.",
    });
  });

  it("follows the Office theme: dark when the body background is dark", () => {
    // Relative luminance (WCAG): #262626 is 0.019, #FFFFFF 1, #808080 0.216 (dark), #BFBFBF 0.521 (light).
    assert.equal(themeOfBackground("#262626"), "dark");
    assert.equal(themeOfBackground("#FFFFFF"), "light");
    assert.equal(themeOfBackground("808080"), "dark");
    assert.equal(themeOfBackground("#BFBFBF"), "light");
    assert.equal(themeOfBackground(undefined), undefined);
    assert.equal(themeOfBackground("white"), undefined);
    globals.Office = {
      context: { officeTheme: { bodyBackgroundColor: "#1F1F1F" } },
      EventType: {},
    };
    assert.equal(officeHost({ host: "Excel", platform: "PC" }).theme(), "dark");
  });

  it("resolves with no host when office.js is not loaded", async () => {
    delete globals.Office;
    assert.deepEqual(await whenOfficeReady(), { host: null, platform: null });
  });

  it("reports Office's host and platform once Office is ready", async () => {
    globals.Office = {
      onReady: (cb: (info: unknown) => unknown) =>
        Promise.resolve(cb({ host: "Excel", platform: "OfficeOnline" })),
    };
    assert.deepEqual(await whenOfficeReady(), { host: "Excel", platform: "OfficeOnline" });
  });

  it("describes where the pane runs", () => {
    assert.equal(describeHost({ host: "Excel", platform: "PC" }), "Running in Excel on Windows.");
    assert.equal(
      describeHost({ host: "Excel", platform: "OfficeOnline" }),
      "Running in Excel on the web."
    );
    assert.match(describeHost({ host: null, platform: null }, "browser"), /^Opened outside Excel/);
    assert.match(describeHost({ host: "Excel", platform: "PC" }, "stand-in"), /stand-in workbook/);
  });
});
