/**
 * Date and time fields in the UI language (see i18n/dateFields.ts), each with a button that opens
 * the browser's own picker for those who prefer to point and click.
 */
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateField, formatTimeField, parseDateField, parseTimeField } from '../i18n/dateFields.js';
import { Icon } from './Icon.js';
import { useLanguage } from './useLanguage.js';
import { useTypedField } from './useTypedField.js';
import './DateTimeFields.css';

interface FieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  describedBy?: string;
  disabled?: boolean;
}

function openPicker(input: HTMLInputElement | null): void {
  try {
    input?.showPicker();
  } catch {
    // No picker in this browser (or not now): typing still works.
  }
}

export function DateField({ id, value, onChange, describedBy, disabled, today }: FieldProps & { today: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const picker = useRef<HTMLInputElement>(null);
  const format = useCallback((iso: string) => formatDateField(iso, language), [language]);
  const parse = useCallback(
    (text: string, complete: boolean) => parseDateField(text, language, today, complete),
    [language, today],
  );
  const field = useTypedField({ value, format, parse, onCommit: onChange });
  const errorId = `${id}-error`;
  return (
    <div className="typed-field">
      <div className="typed-field-row">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="input"
          placeholder={t('fields.datePlaceholder')}
          aria-describedby={[field.invalid ? errorId : null, describedBy].filter(Boolean).join(' ') || undefined}
          disabled={disabled}
          {...field.inputProps}
        />
        <button
          type="button"
          className="icon-button field-picker"
          aria-label={t('fields.pickDate')}
          title={t('fields.pickDate')}
          disabled={disabled}
          onClick={() => openPicker(picker.current)}
        >
          <Icon name="calendar" size={15} />
        </button>
        <input
          ref={picker}
          type="date"
          className="native-picker"
          tabIndex={-1}
          aria-hidden="true"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      {field.invalid ? (
        <p id={errorId} className="field-error">
          {t('fields.dateInvalid', { example: t('fields.datePlaceholder') })}
        </p>
      ) : null}
    </div>
  );
}

export function TimeField({ id, value, onChange, describedBy, disabled }: FieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const picker = useRef<HTMLInputElement>(null);
  const format = useCallback((time: string) => formatTimeField(time, language), [language]);
  const parse = useCallback((text: string, complete: boolean) => parseTimeField(text, complete), []);
  const field = useTypedField({ value, format, parse, onCommit: onChange });
  const errorId = `${id}-error`;
  return (
    <div className="typed-field">
      <div className="typed-field-row">
        <input
          id={id}
          type="text"
          autoComplete="off"
          className="input"
          placeholder={t('fields.timePlaceholder')}
          aria-describedby={[field.invalid ? errorId : null, describedBy].filter(Boolean).join(' ') || undefined}
          disabled={disabled}
          {...field.inputProps}
        />
        <button
          type="button"
          className="icon-button field-picker"
          aria-label={t('fields.pickTime')}
          title={t('fields.pickTime')}
          disabled={disabled}
          onClick={() => openPicker(picker.current)}
        >
          <Icon name="clock" size={15} />
        </button>
        <input
          ref={picker}
          type="time"
          className="native-picker"
          tabIndex={-1}
          aria-hidden="true"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      {field.invalid ? (
        <p id={errorId} className="field-error">
          {t('fields.timeInvalid', { example: t('fields.timePlaceholder') })}
        </p>
      ) : null}
    </div>
  );
}
