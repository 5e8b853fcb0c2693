/**
 * A look-alike of the variant as its network will show it: the account's name and avatar, the text
 * folded where the network folds it, links, hashtags and mentions styled, thread parts one under
 * the other, the attached media and the first comment. Approximate by nature; it loads nothing.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../../../core/api.js';
import type { Account, MediaItem } from '../../../../../core/model/index.js';
import { RuleSource } from '../RuleSource.js';
import { foldOf, FOLDS } from './folds.js';
import { PreviewAvatar } from './PreviewAvatar.js';
import { PreviewMedia } from './PreviewMedia.js';
import { RichText } from './RichText.js';
import './previews.css';

interface Props {
  account: Account;
  /** What the variant publishes, signature included: one part, or the thread's parts. */
  parts: readonly string[];
  firstComment: string;
  media: readonly MediaItem[];
  host: AppStatus['host'];
}

/** Networks whose look-alike has media above the text (a caption under a picture). */
const MEDIA_FIRST = new Set(['instagram', 'tiktok', 'pinterest', 'youtube']);
/** Networks with « Afficher plus » text of their own; the others show all. */
type MoreNetwork = 'x' | 'linkedin' | 'instagram' | 'facebook';
const hasMore = (network: string): network is MoreNetwork => network in FOLDS;

function Body({ account, text }: { account: Account; text: string }) {
  const { t } = useTranslation();
  const fold = FOLDS[account.network];
  const { shownLength, folded } = foldOf(text, fold);
  if (text.trim() === '') return <p className="preview-text preview-empty">{t('previews.empty')}</p>;
  return (
    <p className="preview-text" data-folded={folded}>
      {account.network === 'instagram' ? (
        <strong className="preview-caption-handle">{account.handle.replace(/^@/u, '')} </strong>
      ) : null}
      <RichText text={text} network={account.network} end={shownLength} />
      {folded && hasMore(account.network) ? (
        <span className="preview-more" data-fold={fold?.chars}>
          {account.network === 'linkedin' || account.network === 'instagram' ? ' ' : '… '}
          {t(`previews.more.${account.network}`)}
        </span>
      ) : null}
    </p>
  );
}

function Header({ account }: { account: Account }) {
  const { t } = useTranslation();
  return (
    <header className="preview-header">
      <PreviewAvatar account={account} round={account.network !== 'linkedin'} />
      <span className="preview-names">
        <span className="preview-name">{account.displayName}</span>
        <span className="preview-handle">{account.handle}</span>
      </span>
      <span className="preview-time">{t('previews.now')}</span>
    </header>
  );
}

// Memoised: the composer re-renders on every keystroke, the preview only when what it shows settles.
export const NetworkPreview = memo(function NetworkPreview({ account, parts, firstComment, media, host }: Props) {
  const { t } = useTranslation();
  const network = account.network;
  const fold = FOLDS[network];
  const mediaFirst = MEDIA_FIRST.has(network);
  return (
    <article
      className={`preview preview-${network}`}
      data-network={network}
      aria-label={t('previews.label', { network: t(`networks.${network}`) })}
    >
      {parts.map((part, index) => (
        <section key={index} className="preview-post" data-part={index + 1}>
          <Header account={account} />
          {parts.length > 1 ? (
            <span className="preview-part">{t('previews.partOf', { part: index + 1, total: parts.length })}</span>
          ) : null}
          {mediaFirst && index === 0 ? <PreviewMedia items={media} host={host} single /> : null}
          <Body account={account} text={part} />
          {!mediaFirst && index === 0 ? <PreviewMedia items={media} host={host} /> : null}
          <footer className="preview-actions" aria-hidden="true">
            <span>{t('previews.like')}</span>
            <span>{t('previews.comment')}</span>
            <span>{t('previews.share')}</span>
          </footer>
        </section>
      ))}
      {firstComment.trim() !== '' ? (
        <section className="preview-post preview-reply" data-part="comment">
          <span className="preview-part">{t('previews.firstComment')}</span>
          <Header account={account} />
          <p className="preview-text">
            <RichText text={firstComment} network={network} />
          </p>
        </section>
      ) : null}
      <p className="preview-notice">
        {!fold
          ? t('previews.noFold', { network: t(`networks.${network}`) })
          : fold.lines === null
            ? t('previews.folded', { chars: fold.chars, network: t(`networks.${network}`) })
            : t('previews.foldedLines', { chars: fold.chars, lines: fold.lines, network: t(`networks.${network}`) })}
        {fold ? <RuleSource rule={{ source: fold.source, checked: fold.checked, confidence: 'secondary' }} /> : null}
      </p>
    </article>
  );
});
