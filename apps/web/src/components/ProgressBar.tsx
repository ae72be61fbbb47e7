/** Upload progress, 0..1, announced as a percentage. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const pct = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct}
      className="h-1.5 w-full overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800"
    >
      <div
        className="h-full rounded-full bg-accent-600 transition-[width] duration-200"
        style={{ width: `${pct}%` }}
      />
    </div>
  );
}
