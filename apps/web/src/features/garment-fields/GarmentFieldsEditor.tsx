/**
 * The one editor of a garment's fields, used by the add screen's cards and the garment page. It
 * lists core's editable fields and picks each one's input from its schema (field-kind.ts), unless
 * a renderer is given for it by name.
 */
import { useId } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { label as labelClass } from '../../components/ui.ts';
import { EDITABLE_GARMENT_FIELDS, kindOf } from './field-kind.ts';
import type { EditableField } from './field-kind.ts';
import { fieldLabel } from './labels.ts';
import { GenericInput } from './inputs.tsx';
import { defaultRenderers } from './renderers.tsx';
import type { Draft, DraftPatch, FieldRenderers } from './types.ts';

/** What a person names first (the garment, then its type and colour); the rest as core declares. */
const FIRST: readonly string[] = ['clase_nombre', 'tipo', 'color'];
const rank = (f: string) => (FIRST.includes(f) ? FIRST.indexOf(f) : FIRST.length);

interface Props {
  draft: Draft;
  onChange: (patch: DraftPatch) => void;
  /** The fields shown open; the remaining editable ones go under "More details" when `more`. */
  fields?: readonly EditableField[];
  /** Fields left out entirely (edited elsewhere on the screen). */
  omit?: readonly EditableField[];
  more?: boolean;
  renderers?: FieldRenderers;
  /** A line under a field (e.g. "suggested from the class"). */
  hints?: Partial<Record<string, string>>;
  disabled?: boolean;
}

export function GarmentFieldsEditor({
  draft,
  onChange,
  fields,
  omit = [],
  more = false,
  renderers,
  hints = {},
  disabled,
}: Props) {
  const t = useT();
  const all = EDITABLE_GARMENT_FIELDS.filter((f) => !omit.includes(f)).sort(
    (a, b) => rank(a) - rank(b),
  );
  const open = fields ? all.filter((f) => fields.includes(f)) : all;
  const rest = all.filter((f) => !open.includes(f));
  const render = { ...defaultRenderers, ...renderers };
  const list = (names: readonly EditableField[]) => (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {names.map((name) => (
        <Field
          key={name}
          name={name}
          draft={draft}
          onChange={onChange}
          render={render}
          hint={hints[name]}
          disabled={disabled}
        />
      ))}
    </div>
  );
  return (
    <div className="space-y-3" data-testid="garment-fields">
      {list(open)}
      {more && rest.length ? (
        <details className="group rounded-xl border border-stone-200 p-3 dark:border-stone-800">
          <summary className="cursor-pointer text-sm font-medium">{t.fields.moreDetails}</summary>
          <div className="mt-3">{list(rest)}</div>
        </details>
      ) : (
        list(more ? [] : rest)
      )}
    </div>
  );
}

function Field({
  name,
  draft,
  onChange,
  render,
  hint,
  disabled,
}: {
  name: EditableField;
  draft: Draft;
  onChange: (patch: DraftPatch) => void;
  render: FieldRenderers;
  hint: string | undefined;
  disabled: boolean | undefined;
}) {
  const t = useT();
  const id = `${useId()}-${name}`;
  const custom = render[name];
  if (custom === null) return null;
  const label = fieldLabel(t, name) ?? name;
  const kind = kindOf(name);
  // Chips and tag lists span the row; a group is named by its label, not a <label for>.
  const wide =
    kind.kind === 'enum-set' || kind.kind === 'tags' || (kind.kind === 'text' && kind.long);
  const group = kind.kind === 'enum-set';
  return (
    <div className={wide ? 'sm:col-span-2 lg:col-span-3' : undefined} data-field={name}>
      {group ? (
        <p className={labelClass}>{label}</p>
      ) : (
        <label htmlFor={id} className={labelClass}>
          {label}
        </label>
      )}
      {custom ? (
        custom({ name, id, label, draft, set: onChange, ...(disabled ? { disabled } : {}) })
      ) : (
        <GenericInput
          name={name}
          id={id}
          label={label}
          kind={kind}
          value={draft[name]}
          onChange={(v) => onChange({ [name]: v } as DraftPatch)}
          {...(disabled ? { disabled } : {})}
        />
      )}
      {hint ? (
        <span id={`${id}-hint`} className="mt-1 block text-xs text-stone-600 dark:text-stone-400">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
