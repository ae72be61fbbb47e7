/**
 * Settings: the free-text style the stylist reads (`style_preference`, at most 1,000 characters)
 * and the currency new prices are kept in (`moneda`). Part of the profile form: saved with it.
 */
import { useI18n } from '../../i18n/i18n.tsx';
import { card, input, label, muted } from '../../components/ui.ts';
import { currencyLabel, currencyOptions } from './currencies.ts';

/** The server's limit (core's SavedPreferencesSchema). */
export const STYLE_MAX = 1000;

export interface StylistCurrencyValue {
  style_preference: string;
  moneda: string;
}

export function StylistCurrencySection({
  value,
  onChange,
}: {
  value: StylistCurrencyValue;
  onChange: (next: StylistCurrencyValue) => void;
}) {
  const { t, lang } = useI18n();
  const s = t.settingsExtra;
  return (
    <section className={`${card} p-5 sm:p-6`} aria-labelledby="stylist-title">
      <h2 id="stylist-title" className="mb-4 font-display text-xl">
        {s.title}
      </h2>
      <div className="space-y-5">
        <div>
          <label className="block">
            <span className={label}>{s.styleLabel}</span>
            <textarea
              rows={4}
              maxLength={STYLE_MAX}
              value={value.style_preference}
              placeholder={s.stylePlaceholder}
              aria-describedby="style-hint style-count"
              onChange={(e) =>
                onChange({ ...value, style_preference: e.target.value.slice(0, STYLE_MAX) })
              }
              className={`${input} min-h-24 resize-y`}
            />
          </label>
          <div className={`mt-1 flex justify-between gap-3 text-xs ${muted}`}>
            <p id="style-hint">{s.styleHint}</p>
            <p id="style-count" className="shrink-0 tabular-nums" aria-live="polite">
              {s.styleCount(value.style_preference.length, STYLE_MAX)}
            </p>
          </div>
        </div>
        <div className="sm:max-w-sm">
          <label className="block">
            <span className={label}>{s.currencyLabel}</span>
            <select
              value={value.moneda}
              aria-describedby="currency-hint"
              onChange={(e) => onChange({ ...value, moneda: e.target.value })}
              className={input}
            >
              {currencyOptions(value.moneda).map((code) => (
                <option key={code} value={code}>
                  {currencyLabel(code, lang)}
                </option>
              ))}
            </select>
          </label>
          <p id="currency-hint" className={`mt-1 text-xs ${muted}`}>
            {s.currencyHint}
          </p>
        </div>
      </div>
    </section>
  );
}
