/** The translated name of a garment field and of each of its values. */
import type { Dict } from '../../i18n/en.ts';

/** Older vocabularies keep their own maps in the dictionary; newer enums live in `fields.values`. */
function legacyValues(t: Dict): Record<string, Record<string, string>> {
  return {
    clase_nombre: t.classes,
    tipo: t.tipos,
    color: t.colors,
    ocasion: t.ocasiones,
    calidez: t.calideces,
  };
}

export function fieldLabel(t: Dict, name: string): string | undefined {
  return t.fields.labels[name];
}

export function valueLabel(t: Dict, name: string, value: string): string | undefined {
  return t.fields.values[name]?.[value] ?? legacyValues(t)[name]?.[value];
}
