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

/** What differs between the date and the time field; the rest is one shared component. */
interface PickerFieldKind {
  native: 'date' | 'time';
  icon: 'calendar' | 'clock';
  inputMode?: 'numeric';
  placeholder: string;
  pickLabel: string;
  invalidMessage: string;
  format: (value: string) => string;
  parse: (text: string, complete: boolean) => string | null;
}

function PickerField({ id, value, onChange, describedBy, disabled, kind }: FieldProps & { kind: PickerFieldKind }) {
  const picker = useRef<HTMLInputElement>(null);
  const field = useTypedField({ value, format: kind.format, parse: kind.parse, onCommit: onChange });
  const errorId = `${id}-error`;
  return (
    <div className="typed-field">
      <div className="typed-field-row">
        <input
          id={id}
          type="text"
          inputMode={kind.inputMode}
          autoComplete="off"
          className="input"
          placeholder={kind.placeholder}
          aria-describedby={[field.invalid ? errorId : null, describedBy].filter(Boolean).join(' ') || undefined}
          disabled={disabled}
          {...field.inputProps}
        />
        <button
          type="button"
          className="icon-button field-picker"
          aria-label={kind.pickLabel}
          title={kind.pickLabel}
          disabled={disabled}
          onClick={() => openPicker(picker.current)}
        >
          <Icon name={kind.icon} size={15} />
        </button>
        <input
          ref={picker}
          type={kind.native}
          className="native-picker"
          tabIndex={-1}
          aria-hidden="true"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      {field.invalid ? (
        <p id={errorId} className="field-error">
          {kind.invalidMessage}
        </p>
      ) : null}
    </div>
  );
}

export function DateField({ today, ...props }: FieldProps & { today: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useCallback((iso: string) => formatDateField(iso, language), [language]);
  const parse = useCallback(
    (text: string, complete: boolean) => parseDateField(text, language, today, complete),
    [language, today],
  );
  const kind: PickerFieldKind = {
    native: 'date',
    icon: 'calendar',
    inputMode: 'numeric',
    placeholder: t('fields.datePlaceholder'),
    pickLabel: t('fields.pickDate'),
    invalidMessage: t('fields.dateInvalid', { example: t('fields.datePlaceholder') }),
    format,
    parse,
  };
  return <PickerField {...props} kind={kind} />;
}

export function TimeField(props: FieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useCallback((time: string) => formatTimeField(time, language), [language]);
  const parse = useCallback((text: string, complete: boolean) => parseTimeField(text, complete), []);
  const kind: PickerFieldKind = {
    native: 'time',
    icon: 'clock',
    placeholder: t('fields.timePlaceholder'),
    pickLabel: t('fields.pickTime'),
    invalidMessage: t('fields.timeInvalid', { example: t('fields.timePlaceholder') }),
    format,
    parse,
  };
  return <PickerField {...props} kind={kind} />;
}
