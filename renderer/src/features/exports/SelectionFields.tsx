/** The selection: the period, then accounts, statuses, labels and campaigns, or the calendar's filter. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { POST_STATUSES, type PostStatus } from '../../../../core/model/index.js';
import type { PostFilters } from '../../state/postQueries.js';
import { NetworkMark } from '../../ui/AccountBadge.js';
import { DateField } from '../../ui/DateTimeFields.js';
import { MultiSelect } from '../../ui/MultiSelect.js';
import { useWorkspace } from '../../ui/useWorkspace.js';
import type { ExportForm } from './exportForm.js';

interface Props {
  form: ExportForm;
  today: string;
  calendar: PostFilters;
  onChange: (patch: Partial<ExportForm>) => void;
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function SelectionFields({ form, today, calendar, onChange }: Props) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const fromId = useId();
  const toId = useId();
  const calendarId = useId();
  if (!workspace) return null;
  const byCalendar = form.useCalendarFilter;
  const accounts = byCalendar ? calendar.accounts : form.accounts;
  const statuses: readonly PostStatus[] = byCalendar ? calendar.statuses : form.statuses;
  return (
    <fieldset className="plain-fieldset exports-fields">
      <legend className="visually-hidden">{t('exports.selection')}</legend>
      <div className="exports-period">
        <div className="field">
          <label htmlFor={fromId} className="field-label">
            {t('exports.from')}
          </label>
          <DateField id={fromId} value={form.from} today={today} onChange={(from) => onChange({ from })} />
        </div>
        <div className="field">
          <label htmlFor={toId} className="field-label">
            {t('exports.to')}
          </label>
          <DateField id={toId} value={form.to} today={today} onChange={(to) => onChange({ to })} />
        </div>
      </div>

      <label className="exports-check" htmlFor={calendarId}>
        <input
          id={calendarId}
          type="checkbox"
          checked={byCalendar}
          onChange={(event) => onChange({ useCalendarFilter: event.target.checked })}
        />
        <span>{t('exports.useCalendarFilter')}</span>
      </label>
      {byCalendar ? (
        <p className="field-hint">
          {calendar.search.trim() ? t('exports.calendarSearchIgnored') : t('exports.calendarFilterHint')}
        </p>
      ) : null}

      <div className="exports-filters">
        <fieldset className="plain-fieldset exports-filter-row" disabled={byCalendar}>
          <legend className="visually-hidden">{t('exports.accountsAndStatuses')}</legend>
          <MultiSelect
            label={t('exports.allAccounts')}
            summary={t('exports.accountsChosen', { count: accounts.length })}
            options={workspace.accounts.map((account) => ({
              value: account.id,
              label: t('accounts.optionLabel', { handle: account.handle, network: t(`networks.${account.network}`) }),
              adornment: <NetworkMark account={account} />,
            }))}
            selected={accounts}
            onToggle={(id) => onChange({ accounts: toggle(form.accounts, id) })}
          />
          <MultiSelect
            label={t('exports.allStatuses')}
            summary={t('exports.statusesChosen', { count: statuses.length })}
            options={POST_STATUSES.map((status) => ({
              value: status,
              label: t(`status.${status}`),
              adornment: <span className={`status-chip-dot status-${status}`} aria-hidden="true" />,
            }))}
            selected={statuses}
            onToggle={(status) => onChange({ statuses: toggle(form.statuses, status) })}
          />
        </fieldset>
        {workspace.labels.length > 0 ? (
          <MultiSelect
            label={t('exports.allLabels')}
            summary={t('exports.labelsChosen', { count: form.labels.length })}
            options={workspace.labels.map((label) => ({ value: label.id, label: label.name }))}
            selected={form.labels}
            onToggle={(id) => onChange({ labels: toggle(form.labels, id) })}
          />
        ) : null}
        {workspace.campaigns.length > 0 ? (
          <MultiSelect
            label={t('exports.allCampaigns')}
            summary={t('exports.campaignsChosen', { count: form.campaigns.length })}
            options={workspace.campaigns.map((campaign) => ({ value: campaign.id, label: campaign.name }))}
            selected={form.campaigns}
            onToggle={(id) => onChange({ campaigns: toggle(form.campaigns, id) })}
          />
        ) : null}
      </div>
    </fieldset>
  );
}
