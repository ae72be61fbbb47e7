/**
 * Give a saved outfit a name of the person's own. A server without the rename route (404/405)
 * hides the action for the rest of the session rather than failing each time.
 */
import { useState } from 'react';
import type { Outfit } from '@fashion/core';
import { useRenameOutfit } from '../../api/outfits.ts';
import { waitsOffline } from '../../api/offline-queue.ts';
import { useT } from '../../i18n/i18n.tsx';
import { InlineError } from '../../components/States.tsx';
import { useToast } from '../../components/Toast.tsx';
import { btn, input, label } from '../../components/ui.ts';
import { isStatus } from '../../lib/errors.ts';

let unsupported = false;

export function RenameOutfit({ outfit, current }: { outfit: Outfit; current: string }) {
  const t = useT();
  const toast = useToast();
  const rename = useRenameOutfit(outfit._id);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(outfit.nombre ?? '');
  const [hidden, setHidden] = useState(unsupported);
  if (hidden) return null;

  if (!editing)
    return (
      <button
        type="button"
        className={`${btn.ghost} ${btn.small}`}
        onClick={() => {
          setName(outfit.nombre ?? current);
          setEditing(true);
        }}
      >
        {t.saved.rename}
      </button>
    );

  const trimmed = name.trim();
  return (
    <form
      className="flex w-full flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (!trimmed) return;
        // Offline the new name waits in the queue, and shows at once.
        if (waitsOffline()) {
          rename.mutate(trimmed);
          return setEditing(false);
        }
        rename.mutate(trimmed, {
          onSuccess: () => {
            setEditing(false);
            toast.show(t.saved.renamed);
          },
          onError: (err) => {
            if (isStatus(err, 404) || isStatus(err, 405)) {
              unsupported = true;
              setHidden(true);
            }
          },
        });
      }}
    >
      <label className="min-w-0 flex-1 basis-48">
        <span className={label}>{t.saved.nameLabel}</span>
        <input
          className={input}
          value={name}
          maxLength={120}
          autoFocus
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <button
        type="submit"
        className={`${btn.primary} ${btn.small}`}
        disabled={!trimmed || rename.isPending}
      >
        {rename.isPending ? t.common.saving : t.common.save}
      </button>
      <button
        type="button"
        className={`${btn.ghost} ${btn.small}`}
        onClick={() => setEditing(false)}
      >
        {t.common.cancel}
      </button>
      <div className="basis-full">
        <InlineError error={rename.error} />
      </div>
    </form>
  );
}
