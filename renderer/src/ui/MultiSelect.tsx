/** A filter button that opens a list of checkboxes; its label says how many are chosen. */
import { useId, type ReactNode } from 'react';
import { Icon } from './Icon.js';
import { usePopover } from './usePopover.js';
import './MultiSelect.css';

interface Option<T extends string> {
  value: T;
  label: string;
  /** Shown before the label (a badge, a dot). */
  adornment?: ReactNode;
}

interface MultiSelectProps<T extends string> {
  label: string;
  /** What the button says when some are chosen, e.g. « Comptes · 2 ». */
  summary: string;
  options: Option<T>[];
  selected: readonly T[];
  onToggle: (value: T) => void;
}

export function MultiSelect<T extends string>({ label, summary, options, selected, onToggle }: MultiSelectProps<T>) {
  const { open, toggle, ref } = usePopover<HTMLDivElement>();
  const panelId = useId();
  const active = selected.length > 0;
  return (
    <div className="multi-select" ref={ref}>
      <button
        type="button"
        className={active ? 'button filter-button active' : 'button filter-button'}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        {active ? summary : label}
        <Icon name="chevronDown" size={14} />
      </button>
      {open ? (
        <fieldset id={panelId} className="multi-select-panel">
          <legend className="visually-hidden">{label}</legend>
          {options.map((option) => (
            <label key={option.value} className="multi-select-option">
              <input
                type="checkbox"
                checked={selected.includes(option.value)}
                onChange={() => onToggle(option.value)}
              />
              {option.adornment}
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
