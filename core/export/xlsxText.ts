/**
 * Text that an xlsx cell can hold unchanged. XML 1.0 has no place for most control characters
 * (U+0000–U+001F but tab and line feed), nor for a carriage return that survives parsing, nor for
 * a lone surrogate: exceljs silently drops them. Office Open XML's own escape writes such a
 * character as _xHHHH_ (ECMA-376 §22.4.2.4), which Excel and LibreOffice decode when they read
 * the file (exceljs too); a literal "_xHHHH_" in the text is itself escaped as "_x005F_xHHHH_".
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding these is the point
  /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

export function encodeXlsxText(text: string): string {
  return text.replace(UNSAFE, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}
