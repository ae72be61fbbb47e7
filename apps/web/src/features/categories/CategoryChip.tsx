/** A category as a small chip: its icon or a dot of its colour, then its name. */
import type { Category } from '@fashion/core';

export function CategoryChip({ c, className = '' }: { c: Category; className?: string }) {
  return (
    <span
      data-testid="category-chip"
      className={`inline-flex max-w-full items-center gap-1 rounded-full border border-stone-300 px-2 py-0.5 text-xs dark:border-stone-700 ${className}`}
      style={c.color ? { borderColor: c.color } : undefined}
    >
      {c.icono ? (
        <span aria-hidden="true">{c.icono}</span>
      ) : (
        <span
          aria-hidden="true"
          className="size-2.5 rounded-full"
          style={{ background: c.color }}
        />
      )}
      <span className="truncate">{c.nombre}</span>
    </span>
  );
}
