import { useT } from '../i18n/i18n.tsx';
import { Link } from '../router/router.tsx';
import { EmptyState } from './States.tsx';
import { btn } from './ui.ts';
import { usePageTitle } from '../lib/page-title.ts';

export function NotFound() {
  const t = useT();
  usePageTitle(t.common.notFoundTitle);
  return (
    <EmptyState
      title={t.common.notFoundTitle}
      body={t.common.notFoundBody}
      action={
        <Link to="/wardrobe" className={btn.primary}>
          {t.common.goWardrobe}
        </Link>
      }
    />
  );
}
