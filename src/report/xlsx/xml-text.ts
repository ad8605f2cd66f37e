/**
 * Text inside SpreadsheetML parts. XML cannot hold most control characters and turns a carriage
 * return into a line feed, so those go as OOXML's _xHHHH_ escapes (an underscore sequence that
 * could be read as one is escaped too); &, < and > as entities.
 */

const NEEDS_WORK = /[&<>"\u0000-\u0008\u000b-\u001f\ufffe\uffff\ud800-\udfff]|_x[0-9A-Fa-f]{4}_/;

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, "0");
}

/** Escapes text for an element's content (and for a double-quoted attribute). */
export function xmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (ch === "&") out += "&amp;";
    else if (ch === "<") out += "&lt;";
    else if (ch === ">") out += "&gt;";
    else if (ch === '"') out += "&quot;";
    else if (ch === "_" && /^_x[0-9A-Fa-f]{4}_/.test(text.slice(i, i + 7))) out += "_x005F_";
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + text[i + 1];
        i++;
      } else out += `_x${hex4(code)}_`;
    } else if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a) ||
      code === 0xfffe ||
      code === 0xffff ||
      (code >= 0xdc00 && code <= 0xdfff)
    )
      out += `_x${hex4(code)}_`;
    else out += ch;
  }
  return out;
}

/** An inline-string cell's <is> content: whitespace at either end is kept. */
export function inlineText(text: string): string {
  const keep = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<is><t${keep}>${xmlText(text)}</t></is>`;
}
