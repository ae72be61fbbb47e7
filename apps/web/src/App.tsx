/** Picks the screen for the current path; `/` opens the wardrobe. */
import { Suspense, useEffect } from 'react';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/States.tsx';
import { NotFound } from './components/NotFound.tsx';
import { matchPath, navigate, usePathname } from './router/router.tsx';
import { routes } from './routes.tsx';

export function App() {
  const path = usePathname();
  const isRoot = path === '/' || path === '/index.html';

  useEffect(() => {
    if (isRoot) navigate('/wardrobe', { replace: true });
  }, [isRoot]);

  let content = isRoot ? null : <NotFound />;
  for (const r of routes) {
    const params = matchPath(r.path, path);
    if (params) {
      const Page = r.page;
      content = <Page key={path} params={params} />;
      break;
    }
  }
  return (
    <Layout>
      <Suspense fallback={<Loading />}>{content}</Suspense>
    </Layout>
  );
}
