/**
 * The export's sections beside the garments, one registry entry each (section-types.ts says what
 * an entry holds; a new kind of record is one more entry here). Garments are not an
 * entry because their images travel with them (zip-export.ts, zip-import.ts).
 *
 * Order matters: a section may point only at the garments and at the sections before it. The
 * categories are restored before the garments (a garment's `categoria_id` names one), the others
 * after them.
 */
import { categoriesSection } from './section-categories.ts';
import { outfitsSection } from './section-outfits.ts';
import { plansSection } from './section-plans.ts';
import { preferencesSection } from './section-preferences.ts';
import { tripsSection } from './section-trips.ts';
import type { PortableSection } from './section-types.ts';
import { wearsSection } from './section-wears.ts';

const entry = <T>(s: PortableSection<T>) => s as PortableSection<unknown>;

/** Restored before the garments. */
export const BEFORE_GARMENTS: readonly PortableSection<unknown>[] = [entry(categoriesSection)];

/**
 * Restored after the garments, in this order. Preferences come last: the profile store cannot
 * take a profile back, so it is written only once every other write of the import succeeded.
 */
export const AFTER_GARMENTS: readonly PortableSection<unknown>[] = [
  entry(outfitsSection),
  entry(wearsSection),
  entry(plansSection),
  entry(tripsSection),
  entry(preferencesSection),
];

/** Every section, in the order they are listed, checked and restored. */
export const SECTIONS = [...BEFORE_GARMENTS, ...AFTER_GARMENTS];
