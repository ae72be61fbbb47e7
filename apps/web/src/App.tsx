/** Picks the screen for the current path; `/` opens the wardrobe. */
import { Suspense, useEffect, useState } from 'react';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/States.tsx';
import { NotFound } from './components/NotFound.tsx';
import { matchPath, navigate, usePathname } from './router/router.tsx';
import { RouteErrorBoundary } from './components/RouteErrorBoundary.tsx';
import { precachePages, resetPages, routes } from './routes.tsx';

export function App() {
  const path = usePathname();
  const isRoot = path === '/' || path === '/index.html';

  // Bumped by "Try again" after a screen failed: remounts it with freshly made lazy pages.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (isRoot) navigate('/wardrobe', { replace: true });
  }, [isRoot]);

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1500));
    idle(() => precachePages());
  }, []);

  let content = isRoot ? null : <NotFound />;
  for (const r of routes) {
    const params = matchPath(r.path, path);
    if (params) {
      const Page = r.page();
      content = <Page key={`${path}#${attempt}`} params={params} />;
      break;
    }
  }
  return (
    <Layout>
      <RouteErrorBoundary
        key={`${path}#${attempt}`}
        onRetry={() => {
          resetPages();
          setAttempt((n) => n + 1);
        }}
      >
        <Suspense fallback={<Loading />}>{content}</Suspense>
      </RouteErrorBoundary>
    </Layout>
  );
}
