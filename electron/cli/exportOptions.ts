/**
 * `calepin export` options turned into an export selection, each mistake reported in the user's
 * language before anything is read or written.
 */
import { POST_STATUSES, type PostStatus } from '../../core/model/index.js';
import type { ExportSelectionInput } from '../../core/export/selection.js';
import { UsageError } from './errors.js';
import type { Parsed } from './command.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function list(value: string | boolean | undefined): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function date(value: string | boolean | undefined, option: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const valid = DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
  const real = valid && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!real) {
    throw new UsageError(
      `--${option} attend une date AAAA-MM-JJ, pas «\u202F${value}\u202F».`,
      `--${option} takes a date YYYY-MM-DD, not "${value}".`,
    );
  }
  return value;
}

export function selectionFromOptions(values: Parsed['values']): ExportSelectionInput {
  const from = date(values.from, 'from');
  const to = date(values.to, 'to');
  if (from && to && from > to) {
    throw new UsageError(
      `la période finit (${to}) avant de commencer (${from}).`,
      `the period ends (${to}) before it starts (${from}).`,
    );
  }
  const statuses = list(values.status);
  for (const status of statuses ?? []) {
    if (!(POST_STATUSES as readonly string[]).includes(status)) {
      throw new UsageError(
        `statut inconnu «\u202F${status}\u202F» (${POST_STATUSES.join(', ')}).`,
        `unknown status "${status}" (${POST_STATUSES.join(', ')}).`,
      );
    }
  }
  const locale = values.locale;
  if (locale !== undefined && locale !== 'fr' && locale !== 'en') {
    throw new UsageError('--locale attend fr ou en.', '--locale takes fr or en.');
  }
  return {
    from,
    to,
    statuses: statuses && statuses.length > 0 ? (statuses as PostStatus[]) : undefined,
    accounts: list(values.accounts),
    labels: list(values.labels),
    campaigns: list(values.campaigns),
    locale,
  };
}

export function delimiterFromOption(value: string | boolean | undefined): ',' | ';' | undefined {
  if (value === undefined) return undefined;
  if (value === ',' || value === ';') return value;
  throw new UsageError('--delimiter attend «\u202F,\u202F» ou «\u202F;\u202F».', '--delimiter takes "," or ";".');
}

/** Ids on the command line that the workspace does not have: a typo, better said than ignored. */
export function checkKnownIds(
  wanted: readonly string[] | undefined,
  known: readonly { id: string }[],
  kind: { fr: string; en: string },
): void {
  const ids = new Set(known.map((k) => k.id));
  const unknown = (wanted ?? []).filter((id) => !ids.has(id));
  if (unknown.length > 0) {
    throw new UsageError(
      `${kind.fr} inconnu${unknown.length > 1 ? 's' : ''} dans cet espace de travail\u202F: ${unknown.join(', ')} (connus\u202F: ${[...ids].join(', ')}).`,
      `unknown ${kind.en} in this workspace: ${unknown.join(', ')} (known: ${[...ids].join(', ')}).`,
    );
  }
}
