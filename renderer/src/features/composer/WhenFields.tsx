/**
 * Date and time, on the workspace clock whatever the computer's zone. No date means the backlog.
 * When the post was planned in another zone, its time there is shown too.
 */
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { todayIn } from '../../../../core/calendar/zonedTime.js';
import { formatTime } from '../../i18n/format.js';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { DateField, TimeField } from '../../ui/DateTimeFields.js';
import { useLanguage } from '../../ui/useLanguage.js';

// Memoised: the editor re-renders on every keystroke, and this part only needs its own store slice.
export const WhenFields = memo(function WhenFields() {
  const { t } = useTranslation();
  const language = useLanguage();
  const dateId = useId();
  const timeId = useId();
  const hintId = useId();
  const { date, time, zone, base } = useCalepin(
    useShallow((state) => ({
      date: state.editor.draft.date,
      time: state.editor.draft.time,
      zone: state.status?.workspace?.settings.zone ?? 'UTC',
      base: state.editor.base,
    })),
  );
  const today = todayIn(zone, new Date());
  const elsewhere =
    base?.plannedAt && base.zone !== zone
      ? { time: formatTime(base.plannedAt, base.zone, language), zone: base.zone }
      : null;
  return (
    <div className="when-fields">
      <div className="when-row">
        <div className="field">
          <label className="field-label" htmlFor={dateId}>
            {t('composer.date')}
          </label>
          <DateField
            id={dateId}
            value={date}
            today={today}
            describedBy={hintId}
            onChange={(value) => actions().editDraft({ date: value })}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={timeId}>
            {t('composer.time')}
          </label>
          <TimeField
            id={timeId}
            value={time}
            disabled={!date}
            describedBy={hintId}
            onChange={(value) => actions().editDraft({ time: value })}
          />
        </div>
      </div>
      <p id={hintId} className="field-hint">
        {date ? t('composer.zoneHint', { zone }) : t('composer.backlogHint')}
        {elsewhere ? ` ${t('composer.elsewhereHint', elsewhere)}` : ''}
      </p>
      {date ? (
        <button type="button" className="link-button" onClick={() => actions().editDraft({ date: '' })}>
          {t('composer.toBacklog')}
        </button>
      ) : null}
    </div>
  );
});
