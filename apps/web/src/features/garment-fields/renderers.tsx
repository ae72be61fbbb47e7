/**
 * Fields whose UI is more than their schema says: the class brings its type along, the colour
 * shows a swatch and resets the measured hex, the hex itself is never typed. The category and
 * the cut-out switch have their own controls on the garment screen (GarmentCategory,
 * CutoutSwitch), so the generic editor leaves them out.
 */
import { CLASS_NAMES, COLOR_HEX, COLOR_NAMES, TIPO_BY_CLASS } from '@fashion/core';
import type { ClassName, ColorName } from '@fashion/core';
import { useT } from '../../i18n/i18n.tsx';
import { ColorSwatch } from '../../components/ColorSwatch.tsx';
import { input } from '../../components/ui.ts';
import type { FieldRenderProps, FieldRenderers } from './types.ts';

function ClassSelect({ id, draft, set, disabled }: FieldRenderProps) {
  const t = useT();
  return (
    <select
      id={id}
      className={input}
      value={draft.clase_nombre ?? ''}
      disabled={disabled}
      onChange={(e) => {
        const c = e.target.value as ClassName;
        set({ clase_nombre: c, tipo: TIPO_BY_CLASS[c] });
      }}
    >
      {draft.clase_nombre ? null : <option value="">{t.common.chooseOne}</option>}
      {CLASS_NAMES.map((v) => (
        <option key={v} value={v}>
          {t.classes[v]}
        </option>
      ))}
    </select>
  );
}

function ColorSelect({ id, draft, set, disabled }: FieldRenderProps) {
  const t = useT();
  return (
    <div className="flex items-center gap-2">
      {draft.color ? (
        <ColorSwatch color={draft.color} hex={draft.color_hex} className="size-6 shrink-0" />
      ) : null}
      <select
        id={id}
        className={input}
        value={draft.color ?? ''}
        disabled={disabled}
        onChange={(e) => {
          const color = e.target.value as ColorName;
          // A corrected colour drops the measured hex, which was of the wrong colour.
          set({ color, color_hex: color === 'multicolor' ? undefined : COLOR_HEX[color] });
        }}
      >
        {draft.color ? null : <option value="">{t.common.chooseOne}</option>}
        {COLOR_NAMES.map((v) => (
          <option key={v} value={v}>
            {t.colors[v]}
          </option>
        ))}
      </select>
    </div>
  );
}

export const defaultRenderers: FieldRenderers = {
  clase_nombre: ClassSelect,
  color: ColorSelect,
  color_hex: null,
  categoria_id: null,
  mostrar_recorte: null,
};
