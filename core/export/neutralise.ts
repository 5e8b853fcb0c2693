/**
 * Formula-injection guard for spreadsheet cells (CSV and xlsx). A cell that starts with = + - @,
 * a tab or a carriage return may be run as a formula by Excel or LibreOffice (OWASP "CSV
 * injection"), so it gets a leading apostrophe, which spreadsheets show as text.
 *
 * Our own import takes exactly one apostrophe off again. To keep that reversible, a cell that
 * already starts with apostrophes before such a character gets one more: "'=x" is written
 * "''=x" and read back as "'=x". Any other text is written unchanged.
 */
const RISKY = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

export function neutraliseCell(text: string): string {
  return RISKY.test(text) ? `'${text}` : text;
}

export function restoreCell(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

/**
 * True for a cell read from an import file that a spreadsheet would run as a formula: anything
 * starting with "=", or + - @ directly followed by a function call or a DDE link ("@SUM(",
 * "+cmd|", "-2+3+cmd|"). Plain text such as "- Venez (nombreux)", "@marie" or "+33 6…" is not.
 * An import refuses such a file rather than keep a formula that a later export could carry.
 */
export function looksLikeFormula(text: string): boolean {
  return /^=./s.test(text) || /^[+\-@][\w.+\-*/]*[A-Za-z_]\w*[(|]/.test(text);
}
