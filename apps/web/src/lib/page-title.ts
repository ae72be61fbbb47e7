import { useEffect } from 'react';

/** Sets the document title, which screen readers announce and browser history shows. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Fashion AI` : 'Fashion AI';
  }, [title]);
}
