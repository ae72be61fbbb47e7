/** The frame of every screen: header with navigation (bottom tab bar on phones), main area, skip link. */
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n.tsx';
import type { Dict } from '../i18n/en.ts';
import { Link, NavLink, usePathname } from '../router/router.tsx';
import { useAuth } from '../auth/auth-context.ts';
import { usePreferences } from '../api/profile.ts';
import { Icon } from './Icon.tsx';
import type { IconName } from './Icon.tsx';
import { focusRing } from './ui.ts';
import { OfflineBanner } from './OfflineBanner.tsx';

const SECTIONS: {
  to: string;
  key: 'wardrobe' | 'add' | 'outfits' | 'stylist' | 'saved' | 'calendar' | 'model' | 'settings';
  icon: IconName;
  /** Other paths that belong to the section (a garment belongs to the wardrobe). */
  also?: string[];
}[] = [
  { to: '/wardrobe', key: 'wardrobe', icon: 'wardrobe', also: ['/garments'] },
  { to: '/add', key: 'add', icon: 'add' },
  { to: '/outfits', key: 'outfits', icon: 'outfits' },
  { to: '/stylist', key: 'stylist', icon: 'chat' },
  { to: '/saved', key: 'saved', icon: 'saved' },
  { to: '/calendar', key: 'calendar', icon: 'calendar', also: ['/trips'] },
  { to: '/model', key: 'model', icon: 'model' },
  { to: '/settings', key: 'settings', icon: 'settings' },
];

/** A section's name: the stylist's and the calendar's live in their own dictionaries. */
const sectionName = (t: Dict, key: (typeof SECTIONS)[number]['key']) =>
  key === 'stylist' ? t.stylist.nav : key === 'calendar' ? t.calendar.nav : t.nav[key];

export function Layout({ children }: { children: ReactNode }) {
  const t = useT();
  const auth = useAuth();
  const path = usePathname();
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After a client-side navigation, move focus to the new screen so screen readers follow.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [path]);

  // The name the person gave in Settings wins over "Anonymous" or the sign-in's own name.
  const profile = usePreferences();
  const given = profile.data?.nombre?.trim();
  const who =
    given ||
    (auth.mode === 'anonymous' ? t.auth.anonymous : (auth.user?.name ?? auth.user?.email ?? ''));

  return (
    <div className="min-h-dvh bg-stone-50 text-stone-900 dark:bg-stone-950 dark:text-stone-100">
      <a
        href="#main"
        className="sr-only z-50 rounded-full bg-stone-900 px-4 py-2 text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        {t.nav.skip}
      </a>
      <header className="sticky top-0 z-40 border-b border-stone-200/80 bg-stone-50/90 backdrop-blur dark:border-stone-800 dark:bg-stone-950/90">
        <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
          <Link
            to="/wardrobe"
            className={`font-display text-xl tracking-tight ${focusRing} rounded`}
          >
            Fashion<span className="text-accent-600 dark:text-accent-400"> AI</span>
          </Link>
          <nav aria-label={t.nav.main} className="hidden lg:block">
            <ul className="flex items-center gap-1">
              {SECTIONS.map((s) => (
                <li key={s.to}>
                  <NavLink
                    to={s.to}
                    also={s.also ?? []}
                    className={`rounded-full px-3.5 py-2 text-sm text-stone-600 hover:text-stone-900 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white dark:text-stone-400 dark:hover:text-white dark:aria-[current=page]:bg-stone-100 dark:aria-[current=page]:text-stone-900 ${focusRing}`}
                  >
                    {sectionName(t, s.key)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <Link
            to="/settings"
            className={`max-w-[40%] truncate rounded-full border border-stone-300 px-3 py-1 text-xs text-stone-600 dark:border-stone-700 dark:text-stone-400 ${focusRing}`}
            aria-label={`${t.nav.settings}: ${who}`}
          >
            {who}
          </Link>
        </div>
      </header>
      <OfflineBanner />

      <main
        id="main"
        ref={mainRef}
        tabIndex={-1}
        className="mx-auto max-w-6xl px-4 pt-6 pb-28 outline-none sm:px-6 lg:pb-16"
      >
        {children}
      </main>

      <nav
        aria-label={t.nav.main}
        className="fixed inset-x-0 bottom-0 z-40 border-t border-stone-200 bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur lg:hidden dark:border-stone-800 dark:bg-stone-950/95"
      >
        {/* Eight sections do not fit a phone's width: the bar scrolls sideways (a half-shown tab
            and a fade say so), each tab keeps a
            readable label. */}
        <ul className="flex overflow-x-auto">
          {SECTIONS.map((s) => (
            <li key={s.to} className="min-w-[4.25rem] flex-1">
              <NavLink
                to={s.to}
                also={s.also ?? []}
                className={`flex flex-col items-center gap-0.5 py-2 text-xs text-stone-600 aria-[current=page]:text-accent-700 dark:text-stone-400 dark:aria-[current=page]:text-accent-400 ${focusRing}`}
              >
                <Icon name={s.icon} className="size-6" />
                <span className="max-w-full truncate px-0.5">{sectionName(t, s.key)}</span>
              </NavLink>
            </li>
          ))}
        </ul>
        {/* A fade at the right edge says the bar goes on. */}
        <div
          aria-hidden="true"
          className="pointer-events-none absolute inset-y-0 right-0 w-8 bg-gradient-to-l from-white dark:from-stone-950"
        />
      </nav>
    </div>
  );
}
