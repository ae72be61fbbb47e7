/** Filter chips for the garment's newer facts: seasons, laundry, favourites, archived. */
import { useT } from '../../i18n/i18n.tsx';
import { ToggleChips } from '../../components/Chips.tsx';
import { valueLabel } from '../garment-fields/labels.ts';
import { hasField, kindOfField } from '../garment-fields/present.ts';
import type { WardrobeFilter } from './filters.ts';

type Flag = 'paraLavar' | 'favoritos' | 'archivadas';

export function FactChips({
  filter,
  onChange,
}: {
  filter: WardrobeFilter;
  onChange: (f: WardrobeFilter) => void;
}) {
  const t = useT();
  const seasons = kindOfField('temporadas');
  // Only facts core declares: a chip that can never match would only confuse.
  const flags: { key: Flag; field: string; label: string }[] = [
    { key: 'favoritos', field: 'favorito', label: t.facts.favourites },
    { key: 'paraLavar', field: 'lavado', label: t.facts.laundry },
    { key: 'archivadas', field: 'estado', label: t.facts.archived },
  ];
  const present = flags.filter((f) => hasField(f.field));
  if (!present.length && seasons?.kind !== 'enum-set') return null;
  return (
    <div className="flex flex-wrap gap-2" data-testid="fact-chips">
      {seasons?.kind === 'enum-set' ? (
        <ToggleChips
          label={t.facts.seasons}
          options={seasons.values.map((v) => ({
            value: v,
            label: valueLabel(t, 'temporadas', v) ?? v,
          }))}
          selected={filter.temporadas}
          onChange={(temporadas) => onChange({ ...filter, temporadas })}
        />
      ) : null}
      {present.length ? (
        <ToggleChips
          label={t.wardrobe.filters}
          options={present.map((f) => ({ value: f.key, label: f.label }))}
          selected={present.filter((f) => filter[f.key]).map((f) => f.key)}
          onChange={(on) =>
            onChange({
              ...filter,
              paraLavar: on.includes('paraLavar'),
              favoritos: on.includes('favoritos'),
              archivadas: on.includes('archivadas'),
            })
          }
        />
      ) : null}
    </div>
  );
}
