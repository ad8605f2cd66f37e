/**
 * The LM function catalogue as the task pane shows it.
 *
 * The list is read at run time from `functions.json`, the metadata the build generates from the
 * functions' JSDoc, so the pane never drifts from what Excel registers. Nothing here touches Office
 * or the DOM; `fetchCatalogue` takes the fetch function it should use.
 */

/* global Response */

/** The custom-function namespace declared in the manifest. */
export const NAMESPACE = "LM";

/** Where the generated metadata is served: beside taskpane.html. */
export const METADATA_URL = "functions.json";

export interface CatalogueParameter {
  readonly name: string;
  readonly description: string;
  readonly optional: boolean;
  /** Repeating parameters take any number of further arguments. */
  readonly repeating: boolean;
}

export interface CatalogueFunction {
  /** Excel's id: uppercase, fixed once released. */
  readonly id: string;
  /** The name typed after `LM.` in a formula. */
  readonly name: string;
  readonly description: string;
  readonly parameters: readonly CatalogueParameter[];
}

export type CatalogueLoad =
  | { readonly ok: true; readonly functions: readonly CatalogueFunction[] }
  | { readonly ok: false; readonly reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/**
 * Reads the parsed contents of functions.json, sorted by name as Excel's own function lists are.
 * A malformed file gives a reason, not an exception.
 */
export function readCatalogue(json: unknown): CatalogueLoad {
  if (!isRecord(json) || !Array.isArray(json.functions)) {
    return { ok: false, reason: 'functions.json has no "functions" list.' };
  }
  const functions: CatalogueFunction[] = [];
  for (const [index, entry] of json.functions.entries()) {
    if (!isRecord(entry) || typeof entry.id !== "string" || entry.id === "") {
      return { ok: false, reason: `functions.json entry ${index + 1} has no id.` };
    }
    const rawParameters = Array.isArray(entry.parameters) ? entry.parameters : [];
    const parameters: CatalogueParameter[] = [];
    for (const p of rawParameters) {
      if (!isRecord(p) || typeof p.name !== "string") {
        return {
          ok: false,
          reason: `functions.json entry ${entry.id} has a parameter without a name.`,
        };
      }
      parameters.push({
        name: p.name,
        description: text(p.description),
        optional: p.optional === true,
        repeating: p.repeating === true,
      });
    }
    functions.push({
      id: entry.id,
      name: text(entry.name) || entry.id,
      description: text(entry.description),
      parameters,
    });
  }
  functions.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { ok: true, functions };
}

/** Fetches and reads the metadata; every failure (network, HTTP status, bad JSON) becomes a reason. */
export async function fetchCatalogue(
  fetchFn: (url: string) => Promise<Response>,
  url: string = METADATA_URL
): Promise<CatalogueLoad> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch {
    return { ok: false, reason: `${url} could not be fetched.` };
  }
  if (!response.ok) {
    return { ok: false, reason: `${url} returned HTTP ${response.status}.` };
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return { ok: false, reason: `${url} is not valid JSON.` };
  }
  return readCatalogue(json);
}

/** `LM.PAYMENT` */
export function formulaName(fn: CatalogueFunction): string {
  return `${NAMESPACE}.${fn.name}`;
}

/** One argument as Excel's own help writes it: optional ones in brackets, repeating ones with "...". */
export function argumentLabel(p: CatalogueParameter): string {
  const name = p.repeating ? `${p.name}, ...` : p.name;
  return p.optional ? `[${name}]` : name;
}

/** `LM.MODPAYMENT(upb, annual_rate, term_months, [capitalized_arrears], [forbearance])` */
export function signature(fn: CatalogueFunction): string {
  return `${formulaName(fn)}(${fn.parameters.map(argumentLabel).join(", ")})`;
}

/** The function's help page, relative to taskpane.html. */
export function helpPath(fn: Pick<CatalogueFunction, "id">): string {
  return `help/${fn.id.toLowerCase()}.html`;
}

/**
 * True when every word of the query appears in the function's name (with or without `LM.`) or in
 * its description, ignoring case. An empty query matches everything.
 */
export function matchesQuery(fn: CatalogueFunction, query: string): boolean {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  const haystack = `${formulaName(fn)} ${fn.id} ${fn.description}`.toLowerCase();
  return words.every((w) => haystack.includes(w));
}

export function filterCatalogue(
  functions: readonly CatalogueFunction[],
  query: string
): CatalogueFunction[] {
  return functions.filter((fn) => matchesQuery(fn, query));
}
