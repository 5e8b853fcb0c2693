/** Today, previous, next, a date field with its picker, the view, and the zone the calendar shows. */
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CALENDAR_VIEWS, type CalendarPreference } from '../../../../core/api.js';
import type { Account } from '../../../../core/model/index.js';
import { useCalepin } from '../../state/useCalepin.js';
import { DateField } from '../../ui/DateTimeFields.js';
import { Icon } from '../../ui/Icon.js';
import { shiftDate, switchView } from './calendarViews.js';

interface CalendarToolbarProps {
  shown: CalendarPreference;
  today: string;
  onChange: (next: CalendarPreference) => void;
  workspaceZone: string;
  accounts: readonly Account[];
  /** The account whose zone is shown, or '' for the workspace's. */
  zoneAccount: string;
  onZoneAccount: (id: string) => void;
}

/**
 * « Enregistrement… » while moves are being saved. It listens to the store itself: a drop starts a
 * save, and only this line should redraw for it, not the calendar screen around the grid.
 */
function SavingStatus() {
  const { t } = useTranslation();
  const saving = useCalepin((state) => state.movesInFlight > 0);
  return saving ? (
    <span className="calendar-saving" role="status">
      {t('calendar.saving')}
    </span>
  ) : null;
}

export const CalendarToolbar = memo(function CalendarToolbar(props: CalendarToolbarProps) {
  const { shown, today, onChange } = props;
  const { t } = useTranslation();
  const dateId = useId();
  const zoneId = useId();
  // One entry per distinct zone: ten accounts in Paris need not be listed ten times.
  const zoneAccounts = props.accounts.filter(
    (account, index, all) =>
      account.zone !== props.workspaceZone && all.findIndex((other) => other.zone === account.zone) === index,
  );
  return (
    <div className="calendar-toolbar">
      <div className="calendar-nav">
        <button type="button" className="button" onClick={() => onChange({ ...shown, date: today })}>
          {t('calendar.today')}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('calendar.previous')}
          title={t('calendar.previous')}
          onClick={() => onChange({ ...shown, date: shiftDate(shown.date, shown.view, -1) })}
        >
          <Icon name="chevron-left" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('calendar.next')}
          title={t('calendar.next')}
          onClick={() => onChange({ ...shown, date: shiftDate(shown.date, shown.view, 1) })}
        >
          <Icon name="chevron-right" />
        </button>
        <label htmlFor={dateId} className="visually-hidden">
          {t('calendar.goToDate')}
        </label>
        <div className="calendar-date">
          <DateField
            id={dateId}
            value={shown.date}
            today={today}
            onChange={(date) => date && onChange({ ...shown, date })}
          />
        </div>
        <SavingStatus />
      </div>
      <div className="calendar-view-switch" role="group" aria-label={t('calendar.viewLabel')}>
        {CALENDAR_VIEWS.map((view) => (
          <button
            key={view}
            type="button"
            className={view === shown.view ? 'button view-button active' : 'button view-button'}
            aria-pressed={view === shown.view}
            onClick={() => onChange(switchView(view, shown, today))}
          >
            {t(`calendar.views.${view}`)}
          </button>
        ))}
      </div>
      <div className="calendar-zone">
        <label htmlFor={zoneId} className="field-label">
          {t('calendar.zoneLabel')}
        </label>
        <select
          id={zoneId}
          className="input"
          value={props.zoneAccount}
          onChange={(event) => props.onZoneAccount(event.target.value)}
        >
          <option value="">{t('calendar.zoneWorkspace', { zone: props.workspaceZone })}</option>
          {zoneAccounts.map((account) => (
            <option key={account.id} value={account.id}>
              {t('calendar.zoneAccount', { handle: account.handle, zone: account.zone })}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
});
