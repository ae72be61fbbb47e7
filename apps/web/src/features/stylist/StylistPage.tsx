/** The stylist: chat for an outfit from the wardrobe, and the mirror's "evaluate my outfit". */
import { useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { usePageTitle } from '../../lib/page-title.ts';
import { muted, pageTitle } from '../../components/ui.ts';
import { ChatPanel } from './ChatPanel.tsx';
import { MirrorPanel } from './MirrorPanel.tsx';

type Tab = 'chat' | 'mirror';

export default function StylistPage() {
  const t = useT();
  usePageTitle(t.stylist.title);
  const [tab, setTab] = useState<Tab>('chat');
  const tabClass = (active: boolean) =>
    `rounded-full px-4 py-2 text-sm font-medium ${
      active
        ? 'bg-stone-900 text-white dark:bg-stone-100 dark:text-stone-900'
        : 'text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800'
    }`;
  return (
    <section aria-labelledby="stylist-title">
      <h1 id="stylist-title" className={pageTitle}>
        {t.stylist.title}
      </h1>
      <p className={`mt-1 mb-5 ${muted}`}>{t.stylist.intro}</p>
      <div role="tablist" aria-label={t.stylist.title} className="mb-5 flex gap-2">
        {(['chat', 'mirror'] as const).map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            id={`stylist-tab-${k}`}
            aria-selected={tab === k}
            aria-controls={`stylist-panel-${k}`}
            className={tabClass(tab === k)}
            onClick={() => setTab(k)}
          >
            {t.stylist.tabs[k]}
          </button>
        ))}
      </div>
      {/* Both stay mounted: switching tabs keeps the conversation and the mirror's answer. */}
      <div
        role="tabpanel"
        id="stylist-panel-chat"
        aria-labelledby="stylist-tab-chat"
        hidden={tab !== 'chat'}
      >
        <ChatPanel />
      </div>
      <div
        role="tabpanel"
        id="stylist-panel-mirror"
        aria-labelledby="stylist-tab-mirror"
        hidden={tab !== 'mirror'}
      >
        <MirrorPanel />
      </div>
    </section>
  );
}
