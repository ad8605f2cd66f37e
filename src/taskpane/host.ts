/**
 * The task pane's only contact with Office.js. Everything else gets what it needs from here as
 * plain values, so components and their tests never see the `Office` global.
 */

/* global Office */

export interface HostInfo {
  /** Office's host name ("Excel"), or null outside Office. */
  readonly host: string | null;
  /** Office's platform name ("PC", "Mac", "OfficeOnline", ...), or null outside Office. */
  readonly platform: string | null;
}

const OUTSIDE_OFFICE: HostInfo = { host: null, platform: null };

/**
 * Resolves once Office has initialised the page. When office.js could not be loaded (the page
 * opened in a plain browser offline), it resolves at once with no host, so the pane still renders.
 */
export function whenOfficeReady(): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return Promise.resolve(OUTSIDE_OFFICE);
  }
  return new Promise((resolve) => {
    Office.onReady((info) => {
      // The typings declare enums, but at run time both are strings ("Excel", "PC") or null.
      resolve({
        host: info?.host == null ? null : String(info.host),
        platform: info?.platform == null ? null : String(info.platform),
      });
    });
  });
}
