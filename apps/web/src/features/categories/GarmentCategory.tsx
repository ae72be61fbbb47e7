/** The garment page's category block, and the chip a wardrobe card shows. */
import type { Garment } from '@fashion/core';
import { useUpdateGarment } from '../../api/garments.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { InlineError } from '../../components/States.tsx';
import { useToast } from '../../components/Toast.tsx';
import { useCategories } from './api.ts';
import { CategoryChip } from './CategoryChip.tsx';
import { CategoryPicker } from './CategoryPicker.tsx';

export function GarmentCategory({ g }: { g: Garment }) {
  const { t } = useI18n();
  const toast = useToast();
  const update = useUpdateGarment(g._id);
  return (
    <section>
      <CategoryPicker
        value={g.categoria_id}
        disabled={update.isPending}
        onChange={(categoria_id) =>
          update.mutate({ categoria_id }, { onSuccess: () => toast.show(t.categories.pickerSaved) })
        }
      />
      <div className="mt-2">
        <InlineError error={update.error} />
      </div>
    </section>
  );
}

/** The garment's category as a chip (nothing when it has none). */
export function GarmentCategoryChip({ id }: { id: string | null | undefined }) {
  const categories = useCategories();
  const c = id ? categories.data?.find((x) => x._id === id) : undefined;
  return c ? <CategoryChip c={c} className="mt-1" /> : null;
}
