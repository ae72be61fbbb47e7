/** Settings: account, language and theme (this device), profile and default outfit preferences (server). */
import { useState } from 'react';
import type { Profile } from '@fashion/core';
import { usePreferences, useSavePreferences, useMe } from '../../api/profile.ts';
import { LANGS, useI18n } from '../../i18n/i18n.tsx';
import type { Lang } from '../../i18n/i18n.tsx';
import { useTheme } from '../../lib/theme.tsx';
import type { Theme } from '../../lib/theme.tsx';
import { useAuth } from '../../auth/auth-context.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { ChoiceChips } from '../../components/Chips.tsx';
import { ErrorState, InlineError, Loading } from '../../components/States.tsx';
import { useToast } from '../../components/Toast.tsx';
import { Icon } from '../../components/Icon.tsx';
import { btn, card, input, label, muted, pageTitle } from '../../components/ui.ts';
import { PreferencesFields, pickPrefs } from '../outfits/PreferencesFields.tsx';
import type { PrefsValue } from '../outfits/PreferencesFields.tsx';
import { CitySection } from './CitySection.tsx';
import { PortabilitySection } from './PortabilitySection.tsx';
import { StylistCurrencySection } from './StylistCurrencySection.tsx';
import type { StylistCurrencyValue } from './StylistCurrencySection.tsx';
import { draftOf, RANGES, validateDraft } from './profile-form.ts';
import type { NumberField, ProfileDraft } from './profile-form.ts';
import { Link } from '../../router/router.tsx';

const section = `${card} p-5 sm:p-6`;
const h2 = 'mb-4 font-display text-xl';

export default function SettingsPage() {
  const { t } = useI18n();
  usePageTitle(t.settings.title);
  const prefs = usePreferences();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className={pageTitle}>{t.settings.title}</h1>
      <AccountSection />
      <Link to="/categories" className={`${section} block hover:shadow-md`}>
        <span className={`${h2} block`}>{t.categories.link}</span>
        <span className={muted}>{t.categories.linkHint}</span>
      </Link>
      <AppearanceSection />
      {prefs.isPending ? (
        <Loading />
      ) : prefs.isError ? (
        <ErrorState error={prefs.error} onRetry={() => void prefs.refetch()} />
      ) : (
        <>
          <CitySection ciudad={prefs.data.ciudad} />
          <ProfileForm key={prefs.data.updatedAt ?? 'new'} profile={prefs.data} />
        </>
      )}
      <PortabilitySection />
    </div>
  );
}

function AccountSection() {
  const { t } = useI18n();
  const auth = useAuth();
  const me = useMe();
  return (
    <section className={section} aria-labelledby="account-title">
      <h2 id="account-title" className={h2}>
        {t.settings.account}
      </h2>
      {auth.mode === 'anonymous' ? (
        <p className={muted}>{t.auth.anonymousNote}</p>
      ) : (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p>{t.auth.signedInAs(auth.user?.name ?? auth.user?.email ?? '')}</p>
          <button type="button" className={btn.secondary} onClick={auth.logout}>
            {t.auth.signOut}
          </button>
        </div>
      )}
      {me.data ? (
        <p className={`mt-3 text-xs ${muted}`}>
          {t.settings.userId}: <code className="font-mono">{me.data.userId}</code>
        </p>
      ) : null}
      {me.isError ? <InlineError error={me.error} /> : null}
    </section>
  );
}

function AppearanceSection() {
  const { t, lang, setLang } = useI18n();
  const { theme, setTheme } = useTheme();
  return (
    <section className={section} aria-labelledby="appearance-title">
      <h2 id="appearance-title" className={h2}>
        {t.settings.appearance}
      </h2>
      <div className="grid gap-5 sm:grid-cols-2">
        <div>
          <p className={label}>{t.settings.language}</p>
          <ChoiceChips<Lang>
            label={t.settings.language}
            name="lang"
            value={lang}
            onChange={setLang}
            options={LANGS.map((l) => ({ value: l, label: t.language[l] }))}
          />
        </div>
        <div>
          <p className={label}>{t.settings.theme}</p>
          <ChoiceChips<Theme>
            label={t.settings.theme}
            name="theme"
            value={theme}
            onChange={setTheme}
            options={[
              {
                value: 'light',
                label: t.settings.light,
                icon: <Icon name="sun" className="size-4" />,
              },
              {
                value: 'dark',
                label: t.settings.dark,
                icon: <Icon name="moon" className="size-4" />,
              },
            ]}
          />
        </div>
      </div>
    </section>
  );
}

function ProfileForm({ profile }: { profile: Profile }) {
  const { t } = useI18n();
  const toast = useToast();
  const save = useSavePreferences();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(profile));
  const [prefs, setPrefs] = useState<PrefsValue>(() => pickPrefs(profile));
  const [extra, setExtra] = useState<StylistCurrencyValue>(() => ({
    style_preference: profile.style_preference ?? '',
    moneda: profile.moneda ?? 'EUR',
  }));
  const [shownErrors, setShownErrors] = useState<Partial<Record<NumberField, true>>>({});

  const submit = () => {
    const { errors, update } = validateDraft(draft);
    setShownErrors(errors);
    if (Object.keys(errors).length) return;
    save.mutate(
      { ...update, ...prefs, ...extra },
      { onSuccess: () => toast.show(t.settings.savedMsg) },
    );
  };

  const numberField = (key: NumberField, text: string) => {
    const r = RANGES[key];
    const errId = `err-${key}`;
    return (
      <div key={key}>
        <label className="block">
          <span className={label}>{text}</span>
          <input
            type="number"
            inputMode={r.integer ? 'numeric' : 'decimal'}
            min={r.min}
            max={r.max}
            step={r.integer ? 1 : 0.1}
            value={draft[key]}
            onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
            aria-invalid={shownErrors[key] ? true : undefined}
            aria-describedby={shownErrors[key] ? errId : undefined}
            className={`${input} aria-invalid:border-red-500`}
          />
        </label>
        {shownErrors[key] ? (
          <p id={errId} className="mt-1 text-xs text-red-700 dark:text-red-400">
            {t.settings.rangeError(r.min, r.max)}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      className="space-y-6"
    >
      <section className={section} aria-labelledby="profile-title">
        <h2 id="profile-title" className={h2}>
          {t.settings.profile}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <label className="block sm:col-span-2">
            <span className={label}>{t.settings.name}</span>
            <input
              type="text"
              autoComplete="name"
              maxLength={100}
              value={draft.nombre}
              onChange={(e) => setDraft({ ...draft, nombre: e.target.value })}
              className={input}
            />
          </label>
          {numberField('edad', t.settings.age)}
          {numberField('altura', t.settings.height)}
          {numberField('peso', t.settings.weight)}
        </div>
      </section>
      <section className={section} aria-labelledby="defaults-title">
        <h2 id="defaults-title" className="font-display text-xl">
          {t.settings.defaults}
        </h2>
        <p className={`mb-5 text-sm ${muted}`}>{t.settings.defaultsHint}</p>
        <PreferencesFields value={prefs} onChange={setPrefs} idPrefix="settings" />
      </section>
      <StylistCurrencySection value={extra} onChange={setExtra} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={btn.primary} disabled={save.isPending}>
          {save.isPending ? t.common.saving : t.settings.saveProfile}
        </button>
        <InlineError error={save.error} />
      </div>
    </form>
  );
}
