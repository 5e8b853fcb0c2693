/** The sentences of `calepin validate`, one per problem code, in French (with its typography) and English. */
import {
  formatName,
  formatRatio,
  formatRatioRange,
  formatSeconds,
  formatSizeAgainst,
} from '../../core/media/measures.js';
import type { Problem, ProblemCode, ProblemParams } from '../../core/validate/index.js';
import type { CliLanguage } from './io.js';

const NB = '\u202F';
type Sentence = (p: ProblemParams) => string;

const num = (p: ProblemParams, key: string): number => (typeof p[key] === 'number' ? p[key] : 0);
const str = (p: ProblemParams, key: string): string => (p[key] === undefined ? '' : String(p[key]));
/** Media and characters are numbered from 1 for people. */
const nth = (p: ProblemParams, key: string): number => num(p, key) + 1;

const KINDS: Record<string, Record<CliLanguage, string>> = {
  image: { fr: 'images', en: 'pictures' },
  video: { fr: 'vidéos', en: 'videos' },
  animation: { fr: 'GIF', en: 'GIFs' },
};
const kinds = (list: string, language: CliLanguage) =>
  list
    .split(', ')
    .map((k) => KINDS[k]?.[language] ?? k)
    .join(language === 'fr' ? ' et ' : ' and ');

/** « Le média 2 « vitrine.jpg » » reads badly: the item's number, then its name in the language's quotes. */
const item = {
  fr: (p: ProblemParams) => `Le média ${nth(p, 'index')} «${NB}${str(p, 'name')}${NB}»`,
  en: (p: ProblemParams) => `Media ${nth(p, 'index')} “${str(p, 'name')}”`,
};
const formats = (p: ProblemParams) => str(p, 'accepted').split(', ').map(formatName).join(', ');
const size = (p: ProblemParams, language: CliLanguage) =>
  formatSizeAgainst(num(p, 'bytes'), num(p, 'maxBytes'), language);
const pixels = (p: ProblemParams, language: CliLanguage) => {
  const n = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-US');
  return `${n.format(num(p, 'width'))}${NB}×${NB}${n.format(num(p, 'height'))}`;
};
const seconds = (p: ProblemParams, key: string, language: CliLanguage) => formatSeconds(num(p, key), language);

const over = {
  fr: (what: string) => (p: ProblemParams) =>
    `${what} dépasse la limite de ${num(p, 'over')} caractère(s) (${num(p, 'length')}/${num(p, 'limit')}).`,
  en: (what: string) => (p: ProblemParams) =>
    `${what} is ${num(p, 'over')} character(s) over the limit (${num(p, 'length')}/${num(p, 'limit')}).`,
};

const SENTENCES: Record<ProblemCode, Record<CliLanguage, Sentence>> = {
  text_too_long: { fr: over.fr('Le texte'), en: over.en('The text') },
  text_too_many_bytes: {
    fr: (p) => `Le texte dépasse ${num(p, 'maxBytes')} octets.`,
    en: (p) => `The text is over ${num(p, 'maxBytes')} bytes.`,
  },
  text_empty: {
    fr: () => 'Le texte est vide et aucun média n’est joint.',
    en: () => 'The text is empty and no media is attached.',
  },
  text_invalid_character: {
    fr: () => 'Le texte contient un caractère que ce réseau refuse.',
    en: () => 'The text holds a character this network refuses.',
  },
  too_many_hashtags: {
    fr: (p) => `${num(p, 'count')} hashtags, ${num(p, 'max')} au plus sur ce réseau.`,
    en: (p) => `${num(p, 'count')} hashtags, at most ${num(p, 'max')} on this network.`,
  },
  too_many_mentions: {
    fr: (p) => `${num(p, 'count')} mentions, ${num(p, 'max')} au plus sur ce réseau.`,
    en: (p) => `${num(p, 'count')} mentions, at most ${num(p, 'max')} on this network.`,
  },
  too_many_links: {
    fr: (p) => `${num(p, 'count')} liens différents, ${num(p, 'max')} au plus sur ce réseau.`,
    en: (p) => `${num(p, 'count')} different links, at most ${num(p, 'max')} on this network.`,
  },
  thread_not_supported: {
    fr: (p) => `Ce réseau n’a pas de fils${NB}: ${num(p, 'parts')} partie(s) de trop.`,
    en: (p) => `This network has no threads: ${num(p, 'parts')} part(s) too many.`,
  },
  thread_part_too_long: {
    fr: (p) => over.fr(`La partie ${num(p, 'part')} du fil`)(p),
    en: (p) => over.en(`Thread part ${num(p, 'part')}`)(p),
  },
  thread_part_too_many_bytes: {
    fr: (p) => `La partie ${num(p, 'part')} du fil dépasse ${num(p, 'maxBytes')} octets.`,
    en: (p) => `Thread part ${num(p, 'part')} is over ${num(p, 'maxBytes')} bytes.`,
  },
  first_comment_not_supported: {
    fr: () => 'Ce réseau n’a pas de premier commentaire.',
    en: () => 'This network has no first comment.',
  },
  first_comment_too_long: { fr: over.fr('Le premier commentaire'), en: over.en('The first comment') },
  first_comment_too_many_bytes: {
    fr: (p) => `Le premier commentaire dépasse ${num(p, 'maxBytes')} octets.`,
    en: (p) => `The first comment is over ${num(p, 'maxBytes')} bytes.`,
  },
  media_required: {
    fr: () => 'Ce réseau ne publie rien sans média.',
    en: () => 'This network publishes nothing without media.',
  },
  media_not_found: {
    fr: (p) => `Le média ${nth(p, 'index')} n’est plus dans la médiathèque.`,
    en: (p) => `Media ${nth(p, 'index')} is no longer in the library.`,
  },
  media_alt_missing: {
    fr: (p) => `Le média ${nth(p, 'index')} n’a pas de texte alternatif.`,
    en: (p) => `Media ${nth(p, 'index')} has no alt text.`,
  },
  media_alt_too_long: {
    fr: (p) =>
      `Le texte alternatif du média ${nth(p, 'index')} dépasse ${num(p, 'limit')} caractères (${num(p, 'length')}).`,
    en: (p) => `The alt text of media ${nth(p, 'index')} is over ${num(p, 'limit')} characters (${num(p, 'length')}).`,
  },
  too_many_media: {
    fr: (p) => `${num(p, 'count')} médias, ${num(p, 'max')} au plus sur ce réseau.`,
    en: (p) => `${num(p, 'count')} media, at most ${num(p, 'max')} on this network.`,
  },
  too_many_media_of_kind: {
    fr: (p) => `${num(p, 'count')} ${kinds(str(p, 'kind'), 'fr')}, ${num(p, 'max')} au plus sur ce réseau.`,
    en: (p) => `${num(p, 'count')} ${kinds(str(p, 'kind'), 'en')}, at most ${num(p, 'max')} on this network.`,
  },
  media_kinds_mixed: {
    fr: (p) => `Ce réseau ne mélange pas ${kinds(str(p, 'kinds'), 'fr')} dans une publication.`,
    en: (p) => `This network does not mix ${kinds(str(p, 'kinds'), 'en')} in one post.`,
  },
  media_kind_not_supported: {
    fr: (p) => `Ce réseau ne prend pas de ${kinds(str(p, 'kind'), 'fr')} (média ${nth(p, 'index')}).`,
    en: (p) => `This network takes no ${kinds(str(p, 'kind'), 'en')} (media ${nth(p, 'index')}).`,
  },
  media_format_not_supported: {
    fr: (p) => `${item.fr(p)}${NB}: format ${formatName(str(p, 'mime'))}, ce réseau n’accepte que ${formats(p)}.`,
    en: (p) => `${item.en(p)}: ${formatName(str(p, 'mime'))} format, this network takes only ${formats(p)}.`,
  },
  media_file_too_large: {
    fr: (p) => `${item.fr(p)} pèse ${size(p, 'fr').size}, ${size(p, 'fr').limit} au plus sur ce réseau.`,
    en: (p) => `${item.en(p)} weighs ${size(p, 'en').size}, at most ${size(p, 'en').limit} on this network.`,
  },
  media_ratio_not_supported: {
    fr: (p) =>
      `${item.fr(p)}${NB}: proportions ${formatRatio(num(p, 'ratio'), 'fr')} (${pixels(p, 'fr')}), ce réseau accepte de ${formatRatioRange(num(p, 'minRatio'), num(p, 'maxRatio'), 'fr')}.`,
    en: (p) =>
      `${item.en(p)}: ratio ${formatRatio(num(p, 'ratio'), 'en')} (${pixels(p, 'en')}), this network takes ${formatRatioRange(num(p, 'minRatio'), num(p, 'maxRatio'), 'en')}.`,
  },
  media_duration_too_short: {
    fr: (p) =>
      `${item.fr(p)} dure ${seconds(p, 'seconds', 'fr')}, ${seconds(p, 'minSeconds', 'fr')} au moins sur ce réseau.`,
    en: (p) =>
      `${item.en(p)} lasts ${seconds(p, 'seconds', 'en')}, at least ${seconds(p, 'minSeconds', 'en')} on this network.`,
  },
  media_duration_too_long: {
    fr: (p) =>
      `${item.fr(p)} dure ${seconds(p, 'seconds', 'fr')}, ${seconds(p, 'maxSeconds', 'fr')} au plus sur ce réseau.`,
    en: (p) =>
      `${item.en(p)} lasts ${seconds(p, 'seconds', 'en')}, at most ${seconds(p, 'maxSeconds', 'en')} on this network.`,
  },
  invisible_character: {
    fr: (p) => `Caractère invisible ${str(p, 'hex')} (${str(p, 'name')}) au caractère ${nth(p, 'index')}.`,
    en: (p) => `Invisible character ${str(p, 'hex')} (${str(p, 'name')}) at character ${nth(p, 'index')}.`,
  },
  account_not_found: {
    fr: (p) => `Le compte ${str(p, 'accountId')} n’existe plus dans l’espace de travail.`,
    en: (p) => `The account ${str(p, 'accountId')} is no longer in the workspace.`,
  },
};

/** Where the problem is, when it is not the text itself. */
function where(problem: Problem, language: CliLanguage): string {
  if (problem.code !== 'invisible_character') return '';
  if (problem.field === 'threadPart') {
    return language === 'fr'
      ? `Partie ${num(problem.params, 'part')} du fil${NB}: `
      : `Thread part ${num(problem.params, 'part')}: `;
  }
  if (problem.field === 'firstComment') return language === 'fr' ? `Premier commentaire${NB}: ` : 'First comment: ';
  return '';
}

export function problemMessage(problem: Problem, language: CliLanguage): string {
  const warning = problem.severity === 'warning' ? (language === 'fr' ? `avertissement${NB}: ` : 'warning: ') : '';
  return `${warning}${where(problem, language)}${SENTENCES[problem.code][language](problem.params)}`;
}
