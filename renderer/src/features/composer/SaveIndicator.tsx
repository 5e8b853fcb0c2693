/** Says, at all times, whether what is on screen is safely on disk. */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { formatTime } from '../../i18n/format.js';
import { actions, useCalepin } from '../../state/useCalepin.js';
import { Icon } from '../../ui/Icon.js';
import { useLanguage } from '../../ui/useLanguage.js';

export function SaveIndicator() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { dirty, save, savedAt, isNew, readOnly, zone } = useCalepin(
    useShallow((state) => ({
      dirty: state.editor.dirty,
      save: state.editor.save,
      savedAt: state.editor.savedAt,
      isNew: state.editor.base === null,
      readOnly: state.status?.readOnly != null,
      zone: state.status?.workspace?.settings.zone ?? 'UTC',
    })),
  );

  if (readOnly) {
    return (
      <span className="save-indicator" data-state="readonly">
        <Icon name="lock" size={13} />
        {t('composer.save.readOnly')}
      </span>
    );
  }
  if (save === 'failed') {
    return (
      <span className="save-indicator failed" data-state="failed" role="alert">
        <Icon name="alert" size={13} />
        {t('composer.save.failed')}
        <button type="button" className="link-button" onClick={() => void actions().saveNow()}>
          {t('common.retry')}
        </button>
      </span>
    );
  }
  if (dirty || save === 'saving') {
    return (
      <span className="save-indicator" data-state="saving">
        <Icon name="clock" size={13} />
        {t('composer.save.saving')}
      </span>
    );
  }
  if (isNew) {
    return (
      <span className="save-indicator" data-state="new">
        {t('composer.save.new')}
      </span>
    );
  }
  return (
    <span className="save-indicator saved" data-state="saved">
      <Icon name="check" size={13} />
      {savedAt ? t('composer.save.savedAt', { time: formatTime(savedAt, zone, language) }) : t('composer.save.saved')}
    </span>
  );
}
