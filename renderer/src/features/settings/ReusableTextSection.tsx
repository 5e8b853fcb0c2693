/**
 * Réglages › Textes réutilisables: the workspace's snippets and hashtag groups (inserted from the
 * composer with « Insérer » or Ctrl+Maj+K) and each account's signature (added after every variant
 * it publishes, and counted). Each list is edited in place and saved with its own button.
 */
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, HashtagGroup, Snippet } from '../../../../core/model/index.js';
import { actions } from '../../state/useCalepin.js';
import { NetworkMark } from '../../ui/AccountBadge.js';
import { useIsReadOnly, useWorkspace } from '../../ui/useWorkspace.js';
import { NamedListEditor } from './NamedListEditor.js';

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

/** A text field with its label, inside one item of a list editor. */
function LabelledField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  );
}

/** The name of a snippet or of a hashtag group. */
function NameField(props: { id: string; label: string; value: string; onChange: (name: string) => void }) {
  return (
    <LabelledField id={props.id} label={props.label}>
      <input
        id={props.id}
        className="input"
        value={props.value}
        maxLength={100}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </LabelledField>
  );
}

function SnippetsEditor({ snippets, readOnly }: { snippets: readonly Snippet[]; readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <NamedListEditor<Snippet, Snippet>
      saved={snippets}
      readOnly={readOnly}
      labels={{
        title: t('snippets.snippetsTitle'),
        empty: t('snippets.none'),
        newName: t('snippets.newName'),
        add: t('snippets.add'),
        save: t('snippets.save'),
      }}
      blank={{ text: '' }}
      clean={(item) => {
        const name = item.name.trim();
        return name === '' || item.text.trim() === '' ? null : { ...item, name };
      }}
      onSave={(items) => actions().saveSnippets(items)}
    >
      {(item, edit, fieldId) => (
        <>
          <NameField
            id={fieldId('name')}
            label={t('snippets.name')}
            value={item.name}
            onChange={(name) => edit({ name })}
          />
          <LabelledField id={fieldId('text')} label={t('snippets.text')}>
            <textarea
              id={fieldId('text')}
              className="input"
              rows={2}
              value={item.text}
              maxLength={5000}
              onChange={(event) => edit({ text: event.target.value })}
            />
          </LabelledField>
        </>
      )}
    </NamedListEditor>
  );
}

function GroupsEditor({ groups, readOnly }: { groups: readonly HashtagGroup[]; readOnly: boolean }) {
  const { t } = useTranslation();
  const drafts = useMemo(() => groups.map(toGroupDraft), [groups]);
  return (
    <NamedListEditor<GroupDraft, HashtagGroup>
      saved={drafts}
      readOnly={readOnly}
      labels={{
        title: t('snippets.groupsTitle'),
        empty: t('snippets.noGroups'),
        newName: t('snippets.newGroup'),
        add: t('snippets.addGroup'),
        save: t('snippets.saveGroups'),
      }}
      blank={{ hashtags: '' }}
      clean={(item) => {
        const cleaned = { id: item.id, name: item.name.trim(), hashtags: parseHashtags(item.hashtags) };
        return cleaned.name === '' || cleaned.hashtags.length === 0 ? null : cleaned;
      }}
      onSave={(items) => actions().saveHashtagGroups(items)}
    >
      {(item, edit, fieldId) => (
        <>
          <NameField
            id={fieldId('name')}
            label={t('snippets.groupName')}
            value={item.name}
            onChange={(name) => edit({ name })}
          />
          <LabelledField id={fieldId('tags')} label={t('snippets.hashtags')}>
            <input
              id={fieldId('tags')}
              className="input"
              value={item.hashtags}
              onChange={(event) => edit({ hashtags: event.target.value })}
            />
          </LabelledField>
        </>
      )}
    </NamedListEditor>
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
