/** Short confirmations ("Garment deleted.") in a polite live region, so screen readers hear them too. */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';

/** A button beside the message, e.g. "Undo" after an action that can be taken back. */
interface ToastAction {
  label: string;
  run: () => void;
}

interface ToastApi {
  show: (message: string, action?: ToastAction) => void;
}

const ToastContext = createContext<ToastApi>({ show: () => {} });

export function ToastProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  const [action, setAction] = useState<ToastAction | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const show = useCallback((m: string, a?: ToastAction) => {
    setMessage(m);
    setAction(a ?? null);
    clearTimeout(timer.current);
    // An action needs time to be read and reached.
    timer.current = setTimeout(() => setMessage(null), a ? 8000 : 4000);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  const api = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div
        role="status"
        aria-live="polite"
        className="pointer-events-none fixed inset-x-0 bottom-24 z-50 flex justify-center px-4 lg:bottom-8"
      >
        {message ? (
          <p className="pointer-events-auto flex items-center gap-3 rounded-full bg-stone-900 px-5 py-2.5 text-sm text-white shadow-lg dark:bg-stone-100 dark:text-stone-900">
            {message}
            {action ? (
              <button
                type="button"
                className="rounded-full px-2 py-0.5 font-semibold text-accent-300 underline-offset-2 hover:underline dark:text-accent-700"
                onClick={() => {
                  setMessage(null);
                  action.run();
                }}
              >
                {action.label}
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  return useContext(ToastContext);
}
