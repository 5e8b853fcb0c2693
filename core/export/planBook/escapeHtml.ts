/**
 * Everything a post holds reaches the plan book through here. Text is escaped for HTML (so a
 * post that says `<script>` prints those characters), and characters that would print nothing
 * or misbehave are made visible or harmless:
 *  - C0/C1 control characters (except line feed and tab) become their Unicode "control picture"
 *    (U+0007 → ␇), so a stray escape code is seen, not swallowed;
 *  - a lone surrogate (half an emoji cut by a bad copy) becomes U+FFFD;
 * Direction marks and overrides are kept (they are the writer's), but every text block is
 * isolated with `dir="auto"` and `unicode-bidi: isolate` in the markup, so right-to-left text or
 * an override never reorders what follows it.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function controlPicture(char: string): string {
  const code = char.charCodeAt(0);
  if (code <= 0x1f) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/** Text made safe to print: controls visible, lone surrogates replaced. Not yet HTML-escaped. */
export function printable(text: string): string {
  return text.replace(CONTROL, controlPicture).replace(LONE_SURROGATE, '\ufffd');
}

/** Escapes for HTML text and attribute values (double- or single-quoted). */
export function escapeHtml(text: string): string {
  return printable(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
