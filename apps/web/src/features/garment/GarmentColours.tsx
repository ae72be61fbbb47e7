/**
 * The garment's colours as measured on its own pixels (issue #18): the main colour's share, up to
 * two further colours with theirs, who named the colour, and the pattern the pixels suggest where
 * the person set none. Shown once the cut-out job has measured them (older garments: nothing).
 */
import type { Garment } from '@fashion/core';
import { ColorSwatch } from '../../components/ColorSwatch.tsx';
import { muted } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n.tsx';
import { valueLabel } from '../garment-fields/labels.ts';

export function GarmentColours({ g }: { g: Garment }) {
  const t = useT();
  const others = g.colores_secundarios ?? [];
  const suggested = g.estampado && g.estampado !== 'liso' ? undefined : g.estampado_sugerido;
  if (g.color_proporcion === undefined && others.length === 0 && !suggested) return null;
  return (
    <section aria-labelledby="colours-title" data-testid="garment-colours">
      <h2 id="colours-title" className="text-sm font-medium">
        {t.trueColours.title}
      </h2>
      <ul className={`mt-2 space-y-1 text-sm ${muted}`}>
        <li className="flex items-center gap-2">
          <ColorSwatch color={g.color} hex={g.color_hex} />
          {t.colors[g.color]}
          {g.color_proporcion !== undefined
            ? ` · ${t.trueColours.main(t.common.percent(g.color_proporcion))}`
            : null}
        </li>
        {others.map((c) => (
          <li key={c.color} className="flex items-center gap-2">
            <ColorSwatch color={c.color} hex={c.hex} />
            {`${t.colors[c.color]} · ${t.trueColours.main(t.common.percent(c.proporcion))}`}
          </li>
        ))}
      </ul>
      {g.color_origen ? (
        <p className={`mt-1 text-xs ${muted}`}>{t.trueColours.origin[g.color_origen]}</p>
      ) : null}
      {suggested ? (
        <p className={`mt-1 text-xs ${muted}`}>
          {t.trueColours.patternHint(valueLabel(t, 'estampado', suggested) ?? suggested)}
        </p>
      ) : null}
    </section>
  );
}
