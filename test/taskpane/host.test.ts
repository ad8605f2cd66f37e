import { strict as assert } from "node:assert";
import { whenOfficeReady } from "../../src/taskpane/host";
import { describeHost } from "../../src/taskpane/components/HostNote";

describe("taskpane/host", () => {
  const globals = globalThis as { Office?: unknown };
  afterEach(() => {
    delete globals.Office;
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

  it("treats a null host (office.js in a plain browser) as outside Office", async () => {
    globals.Office = {
      onReady: (cb: (info: unknown) => unknown) =>
        Promise.resolve(cb({ host: null, platform: null })),
    };
    assert.deepEqual(await whenOfficeReady(), { host: null, platform: null });
  });

  it("describes where the pane runs", () => {
    assert.equal(describeHost({ host: "Excel", platform: "PC" }), "Running in Excel on Windows.");
    assert.equal(
      describeHost({ host: "Excel", platform: "OfficeOnline" }),
      "Running in Excel on the web."
    );
    assert.equal(describeHost({ host: "Excel", platform: null }), "Running in Excel.");
    assert.equal(
      describeHost({ host: "Word", platform: "Mac" }),
      "Running in Word on Mac; LM Workbench needs Excel."
    );
    assert.match(describeHost({ host: null, platform: null }), /^Opened outside Office/);
  });
});
