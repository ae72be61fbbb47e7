/**
 * The outfit's slots, declared once. A slot has a name (the key of `prendas` in an outfit), an id
 * field (`<name>_id`: saved outfits, plans, the SQL columns and MongoDB fields), whether every
 * outfit fills it (shoes), the garment types it takes, and the camelCase name the original clients
 * read garments under. The
 * wire schemas, the stores' columns and mappings and the web's slot lists derive from this table;
 * a new slot is an entry here, its column (a migration), its classes and weight in
 * recommend/slots.ts, its box in the flat-lay, its place in the `everySlot` orders (the compiler
 * points at them), and its translations.
 *
 * No zod here: the web bundle imports these values without the schemas.
 */
import type { Tipo } from './taxonomy.ts';

export const SLOT_SPECS = {
  superior: { required: false, tipos: ['superior'], original: 'superior' },
  superior_secundario: {
    required: false,
    tipos: ['superior', 'abrigo'],
    original: 'superiorSecundario',
  },
  inferior: { required: false, tipos: ['inferior'], original: 'inferior' },
  vestido: { required: false, tipos: ['vestido'], original: 'vestido' },
  zapatos: { required: true, tipos: ['zapatos'], original: 'zapatos' },
  abrigo: { required: false, tipos: ['abrigo'], original: 'abrigo' },
  sombrero: { required: false, tipos: ['accesorio'], original: 'sombrero' },
} as const satisfies Record<
  string,
  { required: boolean; tipos: readonly Tipo[]; original: string }
>;

type Specs = typeof SLOT_SPECS;
export type SlotName = keyof Specs;
/** A slot's id field in a saved outfit or plan. */
export type OutfitSlot = `${SlotName}_id`;
/** The camelCase name the original clients read a slot's garment under. */
export type OriginalSlotName = Specs[SlotName]['original'];
type RequiredSlot = { [K in SlotName]: Specs[K]['required'] extends true ? K : never }[SlotName];

/** The slots in the order outfits list them (top to bottom, then the extras). */
export const SLOTS = Object.keys(SLOT_SPECS) as SlotName[];

export const slotIdField = <S extends SlotName>(slot: S): `${S}_id` => `${slot}_id`;

/** The id fields, in SLOTS' order. */
export const OUTFIT_SLOTS: readonly OutfitSlot[] = SLOTS.map(slotIdField);

export const SLOT_ID_FIELD = Object.fromEntries(SLOTS.map((s) => [s, slotIdField(s)])) as {
  readonly [K in SlotName]: `${K}_id`;
};

/** The slot an id field belongs to. */
export const slotOfIdField = (field: OutfitSlot): SlotName => field.slice(0, -3) as SlotName;

/**
 * A record keyed by the id fields: `required` for the slots every outfit fills, `optional` for
 * the rest (e.g. zod shapes: `slotIdShape(IdSchema.optional(), IdSchema)`).
 */
export function slotIdShape<O, R>(
  optional: O,
  required: R,
): { [K in SlotName as `${K}_id`]: K extends RequiredSlot ? R : O } {
  return Object.fromEntries(
    SLOTS.map((s) => [slotIdField(s), SLOT_SPECS[s].required ? required : optional]),
  ) as { [K in SlotName as `${K}_id`]: K extends RequiredSlot ? R : O };
}

/** The id fields as a type: required for the slots every outfit fills, optional for the rest. */
export type OutfitSlotIds<V = string> = { [K in RequiredSlot as `${K}_id`]: V } & {
  [K in Exclude<SlotName, RequiredSlot> as `${K}_id`]?: V;
};

/** A record keyed by the slot names, every value `value`. */
export function slotNameShape<V>(value: V): { [K in SlotName]: V } {
  return Object.fromEntries(SLOTS.map((s) => [s, value])) as { [K in SlotName]: V };
}

/** A record keyed by the original clients' camelCase names, every value `value`. */
export function originalSlotShape<V>(value: V): { [K in OriginalSlotName]: V } {
  return Object.fromEntries(SLOTS.map((s) => [SLOT_SPECS[s].original, value])) as {
    [K in OriginalSlotName]: V;
  };
}

/**
 * An order of every slot (how a screen or a sentence lists them), checked by the compiler: a
 * slot left out, e.g. a new one, is a type error instead of a piece silently not shown.
 */
export function everySlot<const T extends readonly SlotName[]>(
  order: T &
    ([Exclude<SlotName, T[number]>] extends [never]
      ? unknown
      : { missingSlot: Exclude<SlotName, T[number]> }),
): readonly SlotName[] {
  return order;
}
