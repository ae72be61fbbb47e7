/** Toggle chips (aria-pressed buttons) for multi-select, and a single-choice chip group (radio). */
import type { ReactNode } from 'react';
import { focusRing } from './ui.ts';

const chip = `inline-flex items-center gap-1.5 rounded-full border px-3 py-1.5 text-sm transition-colors ${focusRing}`;
const on =
  'border-stone-900 bg-stone-900 text-white dark:border-stone-100 dark:bg-stone-100 dark:text-stone-900';
const off =
  'border-stone-300 bg-white text-stone-700 hover:border-stone-500 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-300';

interface Option<V extends string> {
  value: V;
  label: string;
  icon?: ReactNode;
}

export function ToggleChips<V extends string>({
  label,
  options,
  selected,
  onChange,
  disabled,
}: {
  label: string;
  options: readonly Option<V>[];
  selected: readonly V[];
  onChange: (next: V[]) => void;
  disabled?: boolean;
}) {
  return (
    <div role="group" aria-label={label} className="flex flex-wrap gap-2">
      {options.map((o) => {
        const isOn = selected.includes(o.value);
        return (
          <button
            key={o.value}
            type="button"
            aria-pressed={isOn}
            disabled={disabled}
            className={`${chip} ${isOn ? on : off}`}
            onClick={() =>
              onChange(isOn ? selected.filter((v) => v !== o.value) : [...selected, o.value])
            }
          >
            {o.icon}
            {o.label}
          </button>
        );
      })}
    </div>
  );
}

export function ChoiceChips<V extends string>({
  label,
  name,
  options,
  value,
  onChange,
}: {
  label: string;
  name: string;
  options: readonly Option<V>[];
  value: V;
  onChange: (v: V) => void;
}) {
  return (
    <fieldset>
      <legend className="sr-only">{label}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((o) => (
          <label
            key={o.value}
            className={`${chip} cursor-pointer has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent-500 ${value === o.value ? on : off}`}
          >
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              className="sr-only"
            />
            {o.icon}
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** An on/off switch with a visible label. */
export function Switch({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <label className="flex cursor-pointer items-center justify-between gap-3 py-1.5 text-sm text-stone-800 dark:text-stone-200">
      <span>{label}</span>
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className={`peer sr-only`}
      />
      <span
        aria-hidden="true"
        className="relative h-6 w-10 shrink-0 rounded-full bg-stone-300 transition-colors peer-checked:bg-accent-600 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-500 after:absolute after:top-0.5 after:left-0.5 after:size-5 after:rounded-full after:bg-white after:shadow after:transition-transform peer-checked:after:translate-x-4 dark:bg-stone-700"
      />
    </label>
  );
}
