/**
 * A text field that edits a structured value (a date, a time): it shows the value formatted, lets
 * the user type freely, commits as soon as what is typed is a finished value, and on leaving the
 * field either tidies the text or says it is not understood. When the value changes from outside
 * (undo, another post), the text follows unless the user is typing in it.
 */
import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

interface TypedFieldOptions {
  value: string;
  format: (value: string) => string;
  /** `complete: false` while typing; the value, '' for empty, or null when not understood. */
  parse: (text: string, complete: boolean) => string | null;
  onCommit: (value: string) => void;
}

export function useTypedField({ value, format, parse, onCommit }: TypedFieldOptions) {
  const [text, setText] = useState(() => format(value));
  const [invalid, setInvalid] = useState(false);
  const focused = useRef(false);

  useEffect(() => {
    if (!focused.current) {
      setText(format(value));
      setInvalid(false);
    }
  }, [value, format]);

  const finish = () => {
    const parsed = parse(text, true);
    if (parsed === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (parsed !== value) onCommit(parsed);
    setText(format(parsed));
  };

  return {
    text,
    invalid,
    inputProps: {
      value: text,
      'aria-invalid': invalid || undefined,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        setText(event.target.value);
        const parsed = parse(event.target.value, false);
        if (parsed !== null) {
          setInvalid(false);
          if (parsed !== value) onCommit(parsed);
        }
      },
      onFocus: () => {
        focused.current = true;
      },
      onBlur: () => {
        focused.current = false;
        finish();
      },
      onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
        if (event.key === 'Enter') finish();
      },
    },
  };
}
