/** Renders the whole app at a path, against a FakeApi. */
import { render } from '@testing-library/react';
import { App } from '../src/App.tsx';
import { createQueryClient, Providers } from '../src/providers.tsx';
import { setTokenGetter, setTransport } from '../src/api/client.ts';
import type { Lang } from '../src/i18n/i18n.tsx';
import { FakeApi } from './fake-api.ts';

export function renderApp(path: string, api = new FakeApi(), lang: Lang = 'en') {
  window.history.replaceState(null, '', path);
  setTransport(api.transport);
  setTokenGetter(() => Promise.resolve(null));
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, staleTime: 0 } });
  const utils = render(
    <Providers client={client} lang={lang}>
      <App />
    </Providers>,
  );
  return { api, client, ...utils };
}
