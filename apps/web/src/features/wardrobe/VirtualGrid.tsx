/**
 * The wardrobe grid, virtualised: only the rows near the viewport are in the DOM, so 5,000
 * garments scroll like 50. Cards sit in fixed-size cells (photo 3:4 plus a caption) so nothing
 * shifts as thumbnails arrive; the end of the list asks for the next page.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';

/** The caption under each photo (name, colour · occasions), in px. */
const CAPTION = 60;

/** Columns and gap at the widths the rest of the app uses (Tailwind's sm, md, lg). */
function layoutFor(viewport: number): { cols: number; gap: number } {
  if (viewport >= 1024) return { cols: 5, gap: 16 };
  if (viewport >= 768) return { cols: 4, gap: 16 };
  if (viewport >= 640) return { cols: 3, gap: 16 };
  return { cols: 2, gap: 12 };
}

function useBox(ref: React.RefObject<HTMLElement | null>) {
  const [box, setBox] = useState({ width: 0, top: 0, viewport: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () =>
      setBox({
        width: el.clientWidth,
        top: el.getBoundingClientRect().top + window.scrollY,
        viewport: window.innerWidth,
      });
    read();
    // Older browsers (and jsdom) lack ResizeObserver: the window's size is the next best.
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', read);
      return () => window.removeEventListener('resize', read);
    }
    const ro = new ResizeObserver(read);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return box;
}

interface Props<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
  label: string;
  onEnd?: () => void;
}

export function VirtualGrid<T>({ items, keyOf, render, label, onEnd }: Props<T>) {
  const ref = useRef<HTMLUListElement>(null);
  const box = useBox(ref);
  // Before the first layout (and in tests without one) assume a desktop width.
  const viewport = box.viewport || (typeof window === 'undefined' ? 1024 : window.innerWidth);
  const { cols, gap } = layoutFor(viewport);
  const width = box.width || Math.min(viewport, 1024);
  const cellW = (width - gap * (cols - 1)) / cols;
  const cellH = Math.round((cellW * 4) / 3 + CAPTION);
  const rows = Math.ceil(items.length / cols);
  const v = useWindowVirtualizer({
    count: rows,
    estimateSize: () => cellH + gap,
    overscan: 4,
    scrollMargin: box.top,
  });
  const virtualRows = v.getVirtualItems();
  const lastRow = virtualRows.at(-1)?.index ?? -1;
  useEffect(() => {
    if (onEnd && rows > 0 && lastRow >= rows - 3) onEnd();
  }, [onEnd, lastRow, rows]);
  // A new width changes every row's height.
  useEffect(() => v.measure(), [v, cellH]);

  return (
    <ul
      ref={ref}
      aria-label={label}
      className="relative"
      style={{ height: Math.max(0, v.getTotalSize() - gap) }}
      data-testid="wardrobe-grid"
    >
      {virtualRows.flatMap((row) =>
        items.slice(row.index * cols, row.index * cols + cols).map((item, c) => (
          <li
            key={keyOf(item)}
            className="absolute top-0 left-0"
            style={{
              width: cellW,
              height: cellH,
              transform: `translate(${c * (cellW + gap)}px, ${row.start - v.options.scrollMargin}px)`,
            }}
          >
            {render(item)}
          </li>
        )),
      )}
    </ul>
  );
}
