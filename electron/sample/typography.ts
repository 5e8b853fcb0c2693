/**
 * The sample is written with plain keyboard spaces and quotes, which read better in source; this
 * sets them the French way before they reach the workspace: a narrow no-break space (U+202F)
 * before ; : ! ? and inside « », and the typographic apostrophe. Links are left untouched.
 */
const NNBSP = '\u202F';
const LINK = /(https?:\/\/\S+)/;

export function frenchTypography(text: string): string {
  return text
    .split(LINK)
    .map((part, index) => (index % 2 === 1 ? part : setPart(part)))
    .join('');
}

function setPart(text: string): string {
  return text
    .replace(/'/g, '’')
    .replace(/(^|\S)[ \u00A0\u202F]*([;:!?]+)/g, `$1${NNBSP}$2`)
    .replace(/«[ \u00A0\u202F]*/g, `«${NNBSP}`)
    .replace(/[ \u00A0\u202F]*»/g, `${NNBSP}»`);
}

/** What the unit test checks on every text of the sample. */
export function typographyProblems(text: string): string[] {
  const problems: string[] = [];
  text.split(LINK).forEach((part, index) => {
    if (index % 2 === 1) return;
    if (/[^\u202F;:!?\n][;:!?]/.test(part)) problems.push('missing narrow no-break space before ; : ! ?');
    if (/«(?!\u202F)|(?<!\u202F)»/.test(part)) problems.push('guillemets without a narrow no-break space');
    if (part.includes("'")) problems.push('straight apostrophe');
  });
  return problems;
}
