/** The outfit preferences (occasion, style, colours, dress, outer layer, layered top, preferred top). */
import { COLOR_NAMES, DEFAULT_PREFERENCES } from '@fashion/core';
import type { Preferences, SavedPreferences } from '@fashion/core';
import { useT } from '../../i18n/i18n.tsx';
import { ChoiceChips, Switch, ToggleChips } from '../../components/Chips.tsx';
import { ColorSwatch } from '../../components/ColorSwatch.tsx';
import { input, label } from '../../components/ui.ts';
import { estiloOptions, ocasionOptions } from '../../lib/vocab.ts';

export type PrefsValue = Pick<
  Preferences,
  | 'ocasion'
  | 'estilo'
  | 'colores'
  | 'incluirVestido'
  | 'incluirAbrigo'
  | 'layeredTop'
  | 'topPreference'
>;

const TOPS = ['any', 'T-shirt', 'Shirt', 'Longsleeve'] as const;

export function PreferencesFields({
  value,
  onChange,
  idPrefix,
}: {
  value: PrefsValue;
  onChange: (v: PrefsValue) => void;
  idPrefix: string;
}) {
  const t = useT();
  const set = <K extends keyof PrefsValue>(k: K, v: PrefsValue[K]) =>
    onChange({ ...value, [k]: v });
  return (
    <div className="space-y-5">
      <div>
        <p className={label} id={`${idPrefix}-occ`}>
          {t.common.occasion}
        </p>
        <ChoiceChips
          label={t.common.occasion}
          name={`${idPrefix}-ocasion`}
          options={ocasionOptions(t)}
          value={value.ocasion}
          onChange={(v) => set('ocasion', v)}
        />
      </div>
      <div>
        <p className={label}>{t.common.style}</p>
        <ChoiceChips
          label={t.common.style}
          name={`${idPrefix}-estilo`}
          options={estiloOptions(t)}
          value={value.estilo}
          onChange={(v) => set('estilo', v)}
        />
      </div>
      <div>
        <p className={label}>{t.common.colours}</p>
        <ToggleChips
          label={t.common.colours}
          options={COLOR_NAMES.map((c) => ({
            value: c,
            label: t.colors[c],
            icon: <ColorSwatch color={c} className="size-3.5" />,
          }))}
          selected={value.colores}
          onChange={(v) => set('colores', v)}
        />
      </div>
      <div className="grid gap-x-8 sm:grid-cols-2">
        <div className="divide-y divide-stone-100 dark:divide-stone-800">
          <Switch
            label={t.outfits.includeDress}
            checked={value.incluirVestido}
            onChange={(v) => set('incluirVestido', v)}
          />
          <Switch
            label={t.outfits.includeOuter}
            checked={value.incluirAbrigo}
            onChange={(v) => set('incluirAbrigo', v)}
          />
          <Switch
            label={t.outfits.layeredTop}
            checked={value.layeredTop}
            onChange={(v) => set('layeredTop', v)}
          />
        </div>
        <label className="mt-3 block sm:mt-0">
          <span className={label}>{t.outfits.topPreference}</span>
          <select
            className={input}
            value={value.topPreference}
            onChange={(e) => set('topPreference', e.target.value as PrefsValue['topPreference'])}
          >
            {TOPS.map((v) => (
              <option key={v} value={v}>
                {v === 'any' ? t.common.any : t.classes[v]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}

/** The editable preferences; a saved `''` (not chosen) shows as the recommender's default. */
export function pickPrefs(p: Preferences | SavedPreferences): PrefsValue {
  return {
    ocasion: p.ocasion || DEFAULT_PREFERENCES.ocasion,
    estilo: p.estilo || DEFAULT_PREFERENCES.estilo,
    colores: p.colores,
    incluirVestido: p.incluirVestido,
    incluirAbrigo: p.incluirAbrigo,
    layeredTop: p.layeredTop,
    topPreference: p.topPreference,
  };
}
