/** A live camera view with a shutter (desktop). The frame becomes a JPEG, sent like any photo. */
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { btn } from '../../components/ui.ts';
import { Icon } from '../../components/Icon.tsx';

export interface Frame {
  blob: Blob;
  dataUrl: string;
}

export function CameraDialog({
  onCapture,
  onClose,
}: {
  onCapture: (f: Frame) => void;
  onClose: () => void;
}) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const [state, setState] = useState<'starting' | 'live' | 'error'>('starting');

  useEffect(() => {
    let stream: MediaStream | undefined;
    let cancelled = false;
    const start = async () => {
      try {
        if (!navigator.mediaDevices?.getUserMedia) throw new Error('no camera API');
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment', width: { ideal: 1920 }, height: { ideal: 1440 } },
          audio: false,
        });
        if (cancelled) return;
        if (video.current) {
          video.current.srcObject = stream;
          await video.current.play().catch(() => {});
        }
        setState('live');
      } catch {
        if (!cancelled) setState('error');
      }
    };
    void start();
    return () => {
      cancelled = true;
      stream?.getTracks().forEach((tr) => tr.stop());
    };
  }, []);

  // Focus moves into the dialog, and back to where it was when it closes.
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    closeButton.current?.focus();
    return () => previous?.focus?.();
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const shoot = () => {
    const v = video.current;
    if (!v || !v.videoWidth) return;
    const canvas = document.createElement('canvas');
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext('2d')?.drawImage(v, 0, 0);
    const dataUrl = canvas.toDataURL('image/jpeg', 0.9);
    canvas.toBlob((blob) => blob && onCapture({ blob, dataUrl }), 'image/jpeg', 0.9);
  };

  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-label={t.add.cameraTitle}
      className="fixed inset-0 z-50 flex flex-col bg-stone-950 text-white"
    >
      <div className="flex items-center justify-between p-4">
        <h2 className="text-base font-medium">{t.add.cameraTitle}</h2>
        <button
          ref={closeButton}
          type="button"
          className={`${btn.ghost} text-white hover:bg-white/10`}
          onClick={onClose}
          aria-label={t.common.close}
        >
          <Icon name="close" />
        </button>
      </div>
      <div className="relative flex-1">
        <video
          ref={video}
          playsInline
          muted
          className="absolute inset-0 h-full w-full object-contain"
        />
        {state !== 'live' ? (
          <p
            role={state === 'error' ? 'alert' : 'status'}
            className="absolute inset-0 grid place-items-center p-8 text-center"
          >
            {state === 'error' ? t.add.cameraError : t.add.cameraStarting}
          </p>
        ) : null}
      </div>
      <div className="flex justify-center p-6">
        <button
          type="button"
          onClick={shoot}
          disabled={state !== 'live'}
          aria-label={t.add.shutter}
          className="size-18 rounded-full border-4 border-white bg-white/20 transition hover:bg-white/40 focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-white disabled:opacity-40"
        />
      </div>
    </div>
  );
}
