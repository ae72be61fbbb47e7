/**
 * Picks one of the person's categories for a garment, or none. Shaped as a garment-fields
 * editor renderer for `categoria_id`: a value and an onChange (null takes the category off).
 */
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { input, label } from '../../components/ui.ts';
import { useCategories } from './api.ts';

export interface CategoryPickerProps {
  value: string | null | undefined;
  onChange: (id: string | null) => void;
  disabled?: boolean;
}

export function CategoryPicker({ value, onChange, disabled }: CategoryPickerProps) {
  const { t } = useI18n();
  const id = useId();
  const categories = useCategories();
  return (
    <div>
      <label htmlFor={id} className={label}>
        {t.categories.picker}
      </label>
      <select
        id={id}
        className={input}
        value={value ?? ''}
        disabled={disabled || categories.isPending}
        onChange={(e) => onChange(e.target.value || null)}
      >
        <option value="">{t.categories.pickerNone}</option>
        {(categories.data ?? []).map((c) => (
          <option key={c._id} value={c._id}>
            {c.icono ? `${c.icono} ` : ''}
            {c.nombre} · {t.categories.roles[c.rol]}
          </option>
        ))}
      </select>
    </div>
  );
}
