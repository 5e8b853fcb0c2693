/**
 * Réglages › Textes réutilisables: the workspace's snippets and hashtag groups (inserted from the
 * composer with « Insérer » or Ctrl+Maj+K) and each account's signature (added after every variant
 * it publishes, and counted). Each list is edited in place and saved with its own button.
 */
import { nanoid } from 'nanoid';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, HashtagGroup, Snippet } from '../../../../core/model/index.js';
import { actions } from '../../state/useCalepin.js';
import { NetworkMark } from '../../ui/AccountBadge.js';
import { useIsReadOnly, useWorkspace } from '../../ui/useWorkspace.js';

interface GroupDraft {
  id: string;
  name: string;
  hashtags: string;
}

const toGroupDraft = (group: HashtagGroup): GroupDraft => ({
  id: group.id,
  name: group.name,
  hashtags: group.hashtags.map((tag) => `#${tag}`).join(' '),
});

/** "#Lyon #Boulangerie, pain" → ["Lyon", "Boulangerie", "pain"]. */
export function parseHashtags(text: string): string[] {
  return text
    .split(/[\s,;]+/u)
    .map((tag) => tag.replace(/^[#＃]+/u, '').trim())
    .filter((tag) => tag !== '');
}

function SnippetsEditor({ snippets, readOnly }: { snippets: readonly Snippet[]; readOnly: boolean }) {
  const { t } = useTranslation();
  const baseId = useId();
  const [items, setItems] = useState<Snippet[]>([...snippets]);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setItems([...snippets]), [snippets]);
  const changed = JSON.stringify(items) !== JSON.stringify(snippets);
  const edit = (id: string, change: Partial<Snippet>) =>
    setItems((list) => list.map((item) => (item.id === id ? { ...item, ...change } : item)));

  const save = async () => {
    const cleaned = items.map((item) => ({ ...item, name: item.name.trim() }));
    if (cleaned.some((item) => item.name === '' || item.text.trim() === '')) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    await actions().saveSnippets(cleaned);
  };

  return (
    <form
      className="reusable-list"
      aria-labelledby={`${baseId}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id={`${baseId}-title`} className="reusable-title">
        {t('snippets.snippetsTitle')}
      </h3>
      <fieldset className="plain-fieldset" disabled={readOnly}>
        <legend className="visually-hidden">{t('snippets.snippetsTitle')}</legend>
        {items.length === 0 ? <p className="field-hint">{t('snippets.none')}</p> : null}
        {items.map((item, index) => (
          <div key={item.id} className="reusable-item" data-snippet={item.id}>
            <div className="field">
              <label className="field-label" htmlFor={`${baseId}-name-${index}`}>
                {t('snippets.name')}
              </label>
              <input
                id={`${baseId}-name-${index}`}
                className="input"
                value={item.name}
                maxLength={100}
                onChange={(event) => edit(item.id, { name: event.target.value })}
              />
            </div>
            <div className="field">
              <label className="field-label" htmlFor={`${baseId}-text-${index}`}>
                {t('snippets.text')}
              </label>
              <textarea
                id={`${baseId}-text-${index}`}
                className="input"
                rows={2}
                value={item.text}
                maxLength={5000}
                onChange={(event) => edit(item.id, { text: event.target.value })}
              />
            </div>
            <button
              type="button"
              className="link-button reusable-remove"
              aria-label={t('snippets.removeLabel', { name: item.name || t('snippets.newName') })}
              onClick={() => setItems((list) => list.filter((other) => other.id !== item.id))}
            >
              {t('snippets.remove')}
            </button>
          </div>
        ))}
        {invalid ? (
          <p className="field-error" role="alert">
            {t('snippets.invalid')}
          </p>
        ) : null}
        <div className="settings-actions reusable-actions">
          <button
            type="button"
            className="button"
            onClick={() => setItems((list) => [...list, { id: nanoid(10), name: t('snippets.newName'), text: '' }])}
          >
            {t('snippets.add')}
          </button>
          <button type="submit" className="button button-primary" disabled={!changed}>
            {t('snippets.save')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

function GroupsEditor({ groups, readOnly }: { groups: readonly HashtagGroup[]; readOnly: boolean }) {
  const { t } = useTranslation();
  const baseId = useId();
  const [items, setItems] = useState<GroupDraft[]>(groups.map(toGroupDraft));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setItems(groups.map(toGroupDraft)), [groups]);
  const changed = JSON.stringify(items) !== JSON.stringify(groups.map(toGroupDraft));
  const edit = (id: string, change: Partial<GroupDraft>) =>
    setItems((list) => list.map((item) => (item.id === id ? { ...item, ...change } : item)));

  const save = async () => {
    const cleaned = items.map((item) => ({
      id: item.id,
      name: item.name.trim(),
      hashtags: parseHashtags(item.hashtags),
    }));
    if (cleaned.some((item) => item.name === '' || item.hashtags.length === 0)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    await actions().saveHashtagGroups(cleaned);
  };

  return (
    <form
      className="reusable-list"
      aria-labelledby={`${baseId}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id={`${baseId}-title`} className="reusable-title">
        {t('snippets.groupsTitle')}
      </h3>
      <fieldset className="plain-fieldset" disabled={readOnly}>
        <legend className="visually-hidden">{t('snippets.groupsTitle')}</legend>
        {items.length === 0 ? <p className="field-hint">{t('snippets.noGroups')}</p> : null}
        {items.map((item, index) => (
          <div key={item.id} className="reusable-item">
            <div className="field">
              <label className="field-label" htmlFor={`${baseId}-name-${index}`}>
                {t('snippets.groupName')}
              </label>
              <input
                id={`${baseId}-name-${index}`}
                className="input"
                value={item.name}
                maxLength={100}
                onChange={(event) => edit(item.id, { name: event.target.value })}
              />
            </div>
            <div className="field">
              <label className="field-label" htmlFor={`${baseId}-tags-${index}`}>
                {t('snippets.hashtags')}
              </label>
              <input
                id={`${baseId}-tags-${index}`}
                className="input"
                value={item.hashtags}
                onChange={(event) => edit(item.id, { hashtags: event.target.value })}
              />
            </div>
            <button
              type="button"
              className="link-button reusable-remove"
              aria-label={t('snippets.removeLabel', { name: item.name || t('snippets.newGroup') })}
              onClick={() => setItems((list) => list.filter((other) => other.id !== item.id))}
            >
              {t('snippets.remove')}
            </button>
          </div>
        ))}
        {invalid ? (
          <p className="field-error" role="alert">
            {t('snippets.invalid')}
          </p>
        ) : null}
        <div className="settings-actions reusable-actions">
          <button
            type="button"
            className="button"
            onClick={() =>
              setItems((list) => [...list, { id: nanoid(10), name: t('snippets.newGroup'), hashtags: '' }])
            }
          >
            {t('snippets.addGroup')}
          </button>
          <button type="submit" className="button button-primary" disabled={!changed}>
            {t('snippets.saveGroups')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

function SignatureField({ account, readOnly }: { account: Account; readOnly: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(account.style.signature);
  useEffect(() => setValue(account.style.signature), [account.style.signature]);
  const changed = value.trim() !== account.style.signature.trim();
  return (
    <form
      className="signature-row"
      onSubmit={(event) => {
        event.preventDefault();
        if (changed) void actions().setSignature(account.id, value);
      }}
    >
      <label className="signature-label" htmlFor={id}>
        <NetworkMark account={account} />
        <span>{account.handle}</span>
      </label>
      <input
        id={id}
        className="input"
        value={value}
        maxLength={1000}
        disabled={readOnly}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit" className="button" disabled={readOnly || !changed}>
        {t('snippets.saveSignature')}
      </button>
    </form>
  );
}

export function ReusableTextSection() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const readOnly = useIsReadOnly();
  if (!workspace) return null;
  return (
    <section className="settings-section" aria-labelledby="settings-reusable">
      <div className="settings-intro">
        <h2 id="settings-reusable">{t('snippets.title')}</h2>
        <p>{t('snippets.description')}</p>
      </div>
      <div className="settings-body reusable-body">
        <SnippetsEditor snippets={workspace.snippets ?? []} readOnly={readOnly} />
        <GroupsEditor groups={workspace.hashtagGroups ?? []} readOnly={readOnly} />
        <div className="reusable-list">
          <h3 className="reusable-title">{t('snippets.signaturesTitle')}</h3>
          <p className="field-hint">{t('snippets.signatureHint')}</p>
          {workspace.accounts.map((account) => (
            <SignatureField key={account.id} account={account} readOnly={readOnly} />
          ))}
        </div>
      </div>
    </section>
  );
}
