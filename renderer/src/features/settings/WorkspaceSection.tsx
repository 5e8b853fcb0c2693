/** The workspace's name, time zone and document language, saved with an explicit button. */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../../core/model/index.js';
import { actions } from '../../state/useCalepin.js';
import { useIsReadOnly, useWorkspace } from '../../ui/useWorkspace.js';

function timeZones(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes(current) ? zones : [current, ...zones];
}

export function WorkspaceSection() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const readOnly = useIsReadOnly();
  const nameId = useId();
  const zoneId = useId();
  const localeId = useId();
  const [name, setName] = useState(workspace?.name ?? '');
  const [zone, setZone] = useState(workspace?.settings.zone ?? 'Europe/Paris');
  const [locale, setLocale] = useState<Locale>(workspace?.settings.locale ?? 'fr');
  const [busy, setBusy] = useState(false);
  const zones = useMemo(() => timeZones(zone), [zone]);

  useEffect(() => {
    if (!workspace) return;
    setName(workspace.name);
    setZone(workspace.settings.zone);
    setLocale(workspace.settings.locale);
  }, [workspace]);

  if (!workspace) return null;
  const changed =
    name.trim() !== workspace.name || zone !== workspace.settings.zone || locale !== workspace.settings.locale;

  const save = async () => {
    setBusy(true);
    await actions().updateWorkspace({ name: name.trim(), settings: { zone, locale } });
    setBusy(false);
  };

  return (
    <section className="settings-section" aria-labelledby="settings-workspace">
      <div className="settings-intro">
        <h2 id="settings-workspace">{t('settings.workspace.title')}</h2>
        <p>{t('settings.workspace.description')}</p>
        <p className="settings-path" title={workspace.path}>
          {workspace.path}
        </p>
      </div>
      <form
        className="settings-body"
        onSubmit={(event) => {
          event.preventDefault();
          if (changed && name.trim()) void save();
        }}
      >
        <fieldset className="plain-fieldset" disabled={readOnly}>
          <legend className="visually-hidden">{t('settings.workspace.title')}</legend>
          <div className="field">
            <label className="field-label" htmlFor={nameId}>
              {t('settings.workspace.name')}
            </label>
            <input
              id={nameId}
              className="input"
              value={name}
              maxLength={200}
              onChange={(event) => setName(event.target.value)}
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={zoneId}>
              {t('settings.workspace.zone')}
            </label>
            <select id={zoneId} className="input" value={zone} onChange={(event) => setZone(event.target.value)}>
              {zones.map((item) => (
                <option key={item} value={item}>
                  {item}
                </option>
              ))}
            </select>
            <p className="field-hint">{t('settings.workspace.zoneHint')}</p>
          </div>
          <div className="field">
            <label className="field-label" htmlFor={localeId}>
              {t('settings.workspace.locale')}
            </label>
            <select
              id={localeId}
              className="input"
              value={locale}
              onChange={(event) => setLocale(event.target.value as Locale)}
            >
              {LOCALES.map((item) => (
                <option key={item} value={item}>
                  {t(`settings.workspace.locales.${item}`)}
                </option>
              ))}
            </select>
            <p className="field-hint">{t('settings.workspace.localeHint')}</p>
          </div>
          <div className="settings-actions">
            <button type="submit" className="button button-primary" disabled={!changed || busy || !name.trim()}>
              {t('settings.workspace.save')}
            </button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}
