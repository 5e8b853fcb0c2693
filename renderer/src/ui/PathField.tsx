/**
 * A file or folder path typed by hand, with « Choisir… » beside it where the host has a native
 * dialog (Electron), and a hint under it that screen readers read with the field.
 */
import { useId, type ReactNode } from 'react';

export function PathField({
  label,
  value,
  onChange,
  placeholder,
  hint,
  choose,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  hint?: string;
  /** The native dialog's button; none in the web host. */
  choose?: { label: string; onClick: () => void; disabled?: boolean } | null;
  /** More buttons on the same row (a form's submit button). */
  children?: ReactNode;
}) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="input-row">
        <input
          id={id}
          className="input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          placeholder={placeholder}
          aria-describedby={hint ? hintId : undefined}
          spellCheck={false}
        />
        {choose ? (
          <button type="button" className="button" onClick={choose.onClick} disabled={choose.disabled}>
            {choose.label}
          </button>
        ) : null}
        {children}
      </div>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
