/**
 * Wraps the app in Auth0 only when it is configured; the SDK is then loaded lazily so the
 * anonymous build never downloads it.
 */
import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { config } from '../config.ts';
import { FullPageLoading } from '../components/States.tsx';
import { ANONYMOUS_AUTH, AuthContext } from './auth-context.ts';

const Auth0Root = lazy(() => import('./Auth0Root.tsx'));

export function AuthRoot({ children }: { children: ReactNode }) {
  const auth0 = config.auth0;
  if (!auth0) return <AuthContext.Provider value={ANONYMOUS_AUTH}>{children}</AuthContext.Provider>;
  return (
    <Suspense fallback={<FullPageLoading />}>
      <Auth0Root config={auth0}>{children}</Auth0Root>
    </Suspense>
  );
}
