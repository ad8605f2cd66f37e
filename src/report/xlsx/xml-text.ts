/**
 * Text inside SpreadsheetML parts. XML cannot hold most control characters and turns a carriage
 * return into a line feed, so in cell text those go as OOXML's _xHHHH_ escapes (and an underscore
 * sequence that could be read as one is itself escaped), which Excel, LibreOffice and openpyxl
 * decode; &, <, > and " go as entities.
 */

// eslint-disable-next-line no-control-regex -- control characters are what this escapes
const OOXML_WORK = /[\u0000-\u0008\u000b-\u001f\u007f\ufffe\uffff\ud800-\udfff]|_x[0-9A-Fa-f]{4}_/;
// eslint-disable-next-line no-control-regex -- control characters are what this escapes
const XML_WORK = /[&<>"\u0000-\u0008\u000b-\u001f\ufffe\uffff\ud800-\udfff]/;

function hex4(code: number): string {
  return `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;
}

/** Cell text with OOXML's escapes for what XML cannot carry; XML entities still to be applied. */
export function ooxmlEscape(text: string): string {
  if (!OOXML_WORK.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5f && /^_x[0-9A-Fa-f]{4}_/.test(text.slice(i, i + 7))) out += "_x005F_";
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) out += text[i] + text[++i];
      else out += hex4(code);
    } else if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a) ||
      code === 0x7f ||
      code === 0xfffe ||
      code === 0xffff ||
      (code >= 0xdc00 && code <= 0xdfff)
    )
      out += hex4(code);
    else out += text[i];
  }
  return out;
}

/** Entities for &, <, >, "; characters XML cannot hold at all are dropped (use ooxmlEscape first
 * for cell text, where they must survive). */
export function xmlText(text: string): string {
  if (!XML_WORK.test(text)) return text;
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(
      // eslint-disable-next-line no-control-regex -- control characters are what this escapes
      /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      ""
    );
}

const PLAIN_CELL_TEXT =
  // eslint-disable-next-line no-control-regex -- control characters are what this escapes
  /^\s|\s$|[&<>"\u0000-\u001f\u007f\ufffe\uffff\ud800-\udfff]|_x[0-9A-Fa-f]{4}_/;

/** An inline-string cell's <is> content: whitespace at either end is kept. */
export function inlineText(text: string): string {
  if (!PLAIN_CELL_TEXT.test(text)) return `<is><t>${text}</t></is>`;
  const keep = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<is><t${keep}>${xmlText(ooxmlEscape(text))}</t></is>`;
}
