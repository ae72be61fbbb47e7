/** Shown instead of the app when Auth0 is configured and nobody is signed in. */
import { useT } from '../i18n/i18n.tsx';
import { btn } from '../components/ui.ts';
import { useAuth } from './auth-context.ts';

export function SignInGate({ error }: { error?: string | undefined }) {
  const t = useT();
  const { login } = useAuth();
  return (
    <main className="grid min-h-dvh place-items-center bg-stone-50 px-6 dark:bg-stone-950">
      <div className="max-w-sm text-center">
        <p className="font-display text-4xl text-stone-900 dark:text-stone-50">{t.appName}</p>
        <h1 className="mt-6 text-xl font-medium text-stone-800 dark:text-stone-100">
          {t.auth.gateTitle}
        </h1>
        <p className="mt-2 text-stone-600 dark:text-stone-400">{t.auth.gateBody}</p>
        {error ? (
          <p role="alert" className="mt-4 text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        ) : null}
        <button type="button" className={`${btn.primary} mt-8`} onClick={login}>
          {t.auth.signIn}
        </button>
      </div>
    </main>
  );
}
