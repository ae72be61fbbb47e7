/** The packing list: the plan's garments grouped by type, each with a check-off that persists. */
import { useEffect, useState } from 'react';
import { TIPOS, type Garment, type TripExpanded } from '@fashion/core';
import { useCheckItem } from '../../api/trips.ts';
import { GarmentImage } from '../../components/GarmentImage.tsx';
import { InlineError } from '../../components/States.tsx';
import { card, muted } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n.tsx';
import { garmentName } from '../../lib/vocab.ts';

/**
 * Ticks as clicked, until the cached trip shows them. React puts a controlled checkbox back right
 * after the click unless its state changed in the click itself, and the cache's optimistic update
 * arrives a tick later: a quick second click would read (and undo) the put-back state. Once the
 * cache agrees, it is the truth again (a failed write puts the stored state back).
 */
function useClicked(stored: ReadonlySet<string>) {
  const [clicked, setClicked] = useState<ReadonlyMap<string, boolean>>(new Map());
  const settled = [...clicked].filter(([id, on]) => stored.has(id) === on);
  useEffect(() => {
    if (settled.length)
      setClicked((m) => new Map([...m].filter(([id, on]) => stored.has(id) !== on)));
  });
  return {
    has: (id: string) => clicked.get(id) ?? stored.has(id),
    click: (id: string, on: boolean) => setClicked((m) => new Map(m).set(id, on)),
  };
}

export function PackingList({ trip }: { trip: TripExpanded }) {
  const t = useT();
  const check = useCheckItem(trip._id);
  const plan = trip.plan!;
  const byId = new Map<string, Garment>(trip.prendas.map((g) => [g._id, g]));
  const checked = useClicked(new Set(trip.marcados));
  const total = Object.values(plan.packingList).flat().length;
  const done = Object.values(plan.packingList)
    .flat()
    .filter((id) => checked.has(id)).length;
  return (
    <section className={`${card} p-4`} aria-labelledby="packing-title">
      <h2 id="packing-title" className="font-display text-xl">
        {t.trips.packing}
      </h2>
      <p className={`mb-3 text-sm ${muted}`} data-testid="packed-count">
        {t.trips.packed(done, total)}
      </p>
      <InlineError error={check.error} />
      {TIPOS.filter((tipo) => plan.packingList[tipo]?.length).map((tipo) => (
        <div key={tipo} className="mb-3">
          <h3 className="mb-1 text-xs font-medium uppercase tracking-wide text-stone-500">
            {t.tipos[tipo]}
          </h3>
          <ul className="space-y-1">
            {plan.packingList[tipo]!.map((id) => {
              const g = byId.get(id);
              const name = g ? garmentName(g, t) : id;
              return (
                <li key={id}>
                  <label className="flex items-center gap-3 text-sm">
                    <input
                      type="checkbox"
                      className="size-4"
                      checked={checked.has(id)}
                      onChange={(e) => {
                        checked.click(id, e.target.checked);
                        check.mutate({ prenda_id: id, marcado: e.target.checked });
                      }}
                    />
                    {g ? <GarmentImage garment={g} alt="" className="size-9 rounded-md" /> : null}
                    <span className={checked.has(id) ? 'line-through opacity-60' : ''}>{name}</span>
                  </label>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
