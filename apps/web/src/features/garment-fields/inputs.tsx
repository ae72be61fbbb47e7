/** The generic inputs, one per field kind (field-kind.ts). */
import { useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { ToggleChips } from '../../components/Chips.tsx';
import { input } from '../../components/ui.ts';
import { valueLabel } from './labels.ts';
import type { FieldKind } from './field-kind.ts';

interface Props {
  name: string;
  id: string;
  label: string;
  kind: FieldKind;
  value: unknown;
  onChange: (v: unknown) => void;
  disabled?: boolean;
}

export function GenericInput({ name, id, label, kind, value, onChange, disabled }: Props) {
  const t = useT();
  switch (kind.kind) {
    case 'enum':
      return (
        <select
          id={id}
          className={input}
          value={typeof value === 'string' ? value : ''}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value || undefined)}
        >
          {typeof value === 'string' ? null : <option value="">{t.common.chooseOne}</option>}
          {kind.values.map((v) => (
            <option key={v} value={v}>
              {valueLabel(t, name, v) ?? v}
            </option>
          ))}
        </select>
      );
    case 'enum-set':
      return (
        <ToggleChips
          label={label}
          options={kind.values.map((v) => ({ value: v, label: valueLabel(t, name, v) ?? v }))}
          selected={Array.isArray(value) ? (value as string[]) : []}
          onChange={onChange}
          disabled={disabled}
        />
      );
    case 'tags':
      return (
        <TagsInput
          id={id}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={onChange}
          disabled={disabled}
        />
      );
    case 'boolean':
      return (
        <input
          id={id}
          type="checkbox"
          role="switch"
          className="size-5 accent-stone-900 dark:accent-stone-100"
          checked={value === true}
          disabled={disabled}
          onChange={(e) => onChange(e.target.checked)}
        />
      );
    case 'number':
      return (
        <input
          id={id}
          type="number"
          inputMode="decimal"
          step="any"
          min={0}
          className={input}
          value={typeof value === 'number' ? value : ''}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
        />
      );
    case 'date':
      return (
        <input
          id={id}
          type="date"
          className={input}
          // A stored ISO time shows as its day.
          value={typeof value === 'string' ? value.slice(0, 10) : ''}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value || undefined)}
        />
      );
    case 'text':
      return kind.long ? (
        <textarea
          id={id}
          rows={3}
          className={input}
          value={typeof value === 'string' ? value : ''}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value || undefined)}
        />
      ) : (
        <input
          id={id}
          type="text"
          className={input}
          value={typeof value === 'string' ? value : ''}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value || undefined)}
        />
      );
  }
}

/** Free tags as one comma-separated line; the text is kept as typed, the list is what is sent. */
function TagsInput({
  id,
  value,
  onChange,
  disabled,
}: {
  id: string;
  value: string[];
  onChange: (v: string[]) => void;
  disabled?: boolean;
}) {
  const t = useT();
  const [text, setText] = useState(value.join(', '));
  return (
    <>
      <input
        id={id}
        type="text"
        className={input}
        value={text}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          const tags = e.target.value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
          onChange([...new Set(tags)]);
        }}
      />
      <span id={`${id}-hint`} className="mt-1 block text-xs text-stone-500">
        {t.fields.tagsHint}
      </span>
    </>
  );
}
