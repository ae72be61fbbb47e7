/** Shared Tailwind class strings: one look for buttons, inputs and cards across screens. */
const focus =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500';
const base = `inline-flex items-center justify-center gap-2 rounded-full px-5 py-2.5 text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-50 ${focus}`;

export const btn = {
  primary: `${base} bg-stone-900 text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-white`,
  accent: `${base} bg-accent-600 text-white hover:bg-accent-700`,
  secondary: `${base} border border-stone-300 bg-white text-stone-800 hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800`,
  ghost: `${base} text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800`,
  danger: `${base} bg-red-700 text-white hover:bg-red-800`,
  dangerOutline: `${base} border border-red-300 text-red-700 hover:bg-red-50 dark:border-red-900 dark:text-red-400 dark:hover:bg-red-950`,
  small: 'px-3.5 py-1.5 text-xs',
};

export const input = `block w-full rounded-xl border border-stone-300 bg-white px-3 py-2 text-sm text-stone-900 placeholder:text-stone-400 ${focus} dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100`;

export const label =
  'mb-1 block text-xs font-medium uppercase tracking-wide text-stone-500 dark:text-stone-400';

export const card =
  'rounded-2xl border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900';

export const pageTitle = 'font-display text-3xl text-stone-900 sm:text-4xl dark:text-stone-50';

export const muted = 'text-stone-600 dark:text-stone-400';

export const focusRing = focus;
