/**
 * "Share" and "Download image" for a saved outfit: the server's flat-lay PNG
 * (GET /api/outfits/:id/image, in the app's theme and language). Share hands the file to the system's share
 * sheet (Web Share API with files) where the browser offers it; download works everywhere.
 */
import { useState } from 'react';
import { outfitImage } from '../../api/outfits.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useTheme } from '../../lib/theme.tsx';
import { InlineError } from '../../components/States.tsx';
import { useToast } from '../../components/Toast.tsx';
import { Icon } from '../../components/Icon.tsx';
import { btn } from '../../components/ui.ts';
import { imageFileName } from './image-file-name.ts';

function canShareFiles(): boolean {
  if (typeof navigator.share !== 'function' || typeof navigator.canShare !== 'function') {
    return false;
  }
  const probe = new File([new Uint8Array(1)], 'x.png', { type: 'image/png' });
  return navigator.canShare({ files: [probe] });
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download; the URL can go once the event loop has moved on.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function OutfitImageActions({ outfitId, title }: { outfitId: string; title: string }) {
  const { t, lang } = useI18n();
  const toast = useToast();
  const { theme } = useTheme();
  const [busy, setBusy] = useState<'share' | 'download' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [shareable] = useState(canShareFiles);

  const run = async (how: 'share' | 'download') => {
    setBusy(how);
    setError(null);
    try {
      const blob = await outfitImage(outfitId, theme, lang);
      const name = imageFileName(title, t.collage.fileName);
      if (how === 'share') {
        const file = new File([blob], name, { type: 'image/png' });
        await navigator.share({ files: [file], title });
      } else {
        download(blob, name);
        toast.show(t.collage.downloaded);
      }
    } catch (err) {
      // Closing the share sheet is not an error.
      if (!(err instanceof DOMException && err.name === 'AbortError')) setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      {shareable ? (
        <button
          type="button"
          className={btn.secondary}
          disabled={busy !== null}
          onClick={() => void run('share')}
        >
          <Icon name="share" className="size-4" />
          {busy === 'share' ? t.collage.preparing : t.collage.share}
        </button>
      ) : null}
      <button
        type="button"
        className={btn.secondary}
        disabled={busy !== null}
        onClick={() => void run('download')}
      >
        <Icon name="download" className="size-4" />
        {busy === 'download' ? t.collage.preparing : t.collage.download}
      </button>
      <InlineError error={error} />
    </div>
  );
}
