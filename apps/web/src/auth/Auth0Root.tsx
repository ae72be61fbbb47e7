/** Auth0 sign-in (lazy chunk). Hands the access token to the API client for every request. */
import { useLayoutEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { Auth0Provider, useAuth0 } from '@auth0/auth0-react';
import type { Auth0Config } from '../config.ts';
import { useQueryClient } from '@tanstack/react-query';
import { setTokenGetter } from '../api/client.ts';
import { forgetQueues } from '../api/offline-queue.ts';
import { navigate } from '../router/router.tsx';
import { FullPageLoading } from '../components/States.tsx';
import { SignInGate } from './SignInGate.tsx';
import { AuthContext } from './auth-context.ts';
import type { AuthState } from './auth-context.ts';

interface Props {
  config: Auth0Config;
  children: ReactNode;
}

export default function Auth0Root({ config, children }: Props) {
  return (
    <Auth0Provider
      domain={config.domain}
      clientId={config.clientId}
      authorizationParams={{
        redirect_uri: config.callbackUrl,
        ...(config.audience ? { audience: config.audience } : {}),
      }}
      cacheLocation="localstorage"
      useRefreshTokens
      onRedirectCallback={(state) => {
        const to = typeof state?.returnTo === 'string' ? state.returnTo : '/wardrobe';
        navigate(to, { replace: true });
      }}
    >
      <Bridge audience={config.audience}>{children}</Bridge>
    </Auth0Provider>
  );
}

function Bridge({ audience, children }: { audience?: string; children: ReactNode }) {
  const {
    isLoading,
    isAuthenticated,
    user,
    error,
    loginWithRedirect,
    logout,
    getAccessTokenSilently,
  } = useAuth0();
  const client = useQueryClient();
  // A layout effect runs before the children's passive effects, where their queries start:
  // the first request already carries the token.
  useLayoutEffect(() => {
    if (!isAuthenticated) return;
    setTokenGetter(async () => {
      try {
        const token = await getAccessTokenSilently({
          ...(audience ? { authorizationParams: { audience } } : {}),
        });
        return token ?? null;
      } catch {
        return null; // the API answers 401 and the UI asks to sign in again
      }
    });
  }, [isAuthenticated, getAccessTokenSilently, audience]);

  const state = useMemo<AuthState>(
    () => ({
      mode: 'auth0',
      isAuthenticated,
      ...(user
        ? { user: { id: user.sub, name: user.name, email: user.email, picture: user.picture } }
        : {}),
      login: () => void loginWithRedirect({ appState: { returnTo: window.location.pathname } }),
      logout: () => {
        setTokenGetter(() => Promise.resolve(null));
        // Changes still waiting to be sent are this person's: they are dropped, not sent later.
        forgetQueues(client);
        // The offline copies of this person's wardrobe leave with them (vite.config.ts's caches).
        const forget = window.caches
          ? Promise.all(['api-reads', 'images'].map((name) => window.caches.delete(name)))
          : Promise.resolve();
        void forget.finally(() => logout({ logoutParams: { returnTo: window.location.origin } }));
      },
    }),
    [isAuthenticated, user, loginWithRedirect, logout, client],
  );

  if (isLoading) return <FullPageLoading />;
  return (
    <AuthContext.Provider value={state}>
      {isAuthenticated ? children : <SignInGate error={error?.message} />}
    </AuthContext.Provider>
  );
}
