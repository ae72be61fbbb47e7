/**
 * The person's own categories. Restored BEFORE the garments, which point at them by
 * `categoria_id` (zip-import.ts remaps it). A category whose name the wardrobe already has
 * (compared as the store does: trimmed, without case) is that category: not added twice.
 */
import { z } from 'zod';
import { CategorySchema, categoryNameKey, newId } from '@fashion/core';
import { idMap, type PortableSection } from './section-types.ts';

const PortableCategorySchema = CategorySchema.omit({ userId: true });
type PortableCategory = z.infer<typeof PortableCategorySchema>;

export const categoriesSection: PortableSection<PortableCategory[]> = {
  name: 'categories',
  schema: z.array(PortableCategorySchema),
  empty: [],
  async list(ctx, userId) {
    const rows = await ctx.store.categories.list(userId);
    return rows.map(({ userId: _owner, ...rest }) => rest);
  },
  idsOf: (value) => new Set(value.map((c) => c._id)),
  check(value) {
    const problems: string[] = [];
    const ids = new Set<string>();
    const names = new Set<string>();
    value.forEach((c, i) => {
      if (ids.has(c._id)) problems.push(`categories.${i}: the id ${c._id} comes twice`);
      if (names.has(categoryNameKey(c.nombre))) {
        problems.push(`categories.${i}: the name "${c.nombre}" comes twice`);
      }
      ids.add(c._id);
      names.add(categoryNameKey(c.nombre));
    });
    return problems;
  },
  async restore(ctx, value, r) {
    const byName = new Map(
      (await ctx.store.categories.list(r.userId)).map((c) => [categoryNameKey(c.nombre), c._id]),
    );
    const map = idMap(r, 'categories');
    let added = 0;
    for (const c of value) {
      const same = byName.get(categoryNameKey(c.nombre));
      if (same) {
        map.set(c._id, same);
        continue;
      }
      const saved = await ctx.store.categories.create({ ...c, _id: newId(), userId: r.userId });
      r.undo(async () => void (await ctx.store.categories.delete(r.userId, saved._id)));
      map.set(c._id, saved._id);
      added += 1;
    }
    return added;
  },
};
