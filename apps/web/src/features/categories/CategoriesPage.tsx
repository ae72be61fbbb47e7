/** /categories: the person's own categories: create, rename, restyle, merge, delete. */
import { useState } from 'react';
import { CATEGORY_ROLES, CLASS_NAMES } from '@fashion/core';
import type { Category, CategoryRole, ClassName } from '@fashion/core';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Link } from '../../router/router.tsx';
import { usePageTitle } from '../../lib/page-title.ts';
import { newIdempotencyKey } from '../../lib/idempotency.ts';
import { ErrorState, InlineError, Loading } from '../../components/States.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useToast } from '../../components/Toast.tsx';
import { btn, card, input, label, muted, pageTitle } from '../../components/ui.ts';
import {
  useCategories,
  useCreateCategory,
  useDeleteCategory,
  useGarmentsInCategory,
  useMergeCategory,
  useUpdateCategory,
} from './api.ts';
import { CategoryChip } from './CategoryChip.tsx';

interface Draft {
  nombre: string;
  icono: string;
  color: string;
  rol: CategoryRole;
  refina: ClassName | '';
}

const EMPTY: Draft = { nombre: '', icono: '', color: '#8a6f5a', rol: 'superior', refina: '' };

const draftOf = (c: Category): Draft => ({
  nombre: c.nombre,
  icono: c.icono ?? '',
  color: c.color ?? '#8a6f5a',
  rol: c.rol,
  refina: c.refina ?? '',
});

/** A 409 on a name is said in words of this screen; anything else as the app says errors. */
function NameError({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (error instanceof ApiError && error.status === 409) {
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-400">
        {t.categories.nameTaken}
      </p>
    );
  }
  return <InlineError error={error} />;
}

function CategoryForm({
  initial,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: {
  initial: Draft;
  submitLabel: string;
  busy: boolean;
  onSubmit: (d: Draft) => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const [d, setD] = useState(initial);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));
  return (
    <form
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(d);
      }}
    >
      <label className="sm:col-span-2">
        <span className={label}>{t.categories.name}</span>
        <input
          className={input}
          required
          maxLength={40}
          value={d.nombre}
          onChange={(e) => set('nombre', e.target.value)}
        />
      </label>
      <label>
        <span className={label}>{t.categories.icon}</span>
        <input
          className={input}
          maxLength={16}
          value={d.icono}
          onChange={(e) => set('icono', e.target.value)}
        />
      </label>
      <label>
        <span className={label}>{t.categories.colour}</span>
        <input
          type="color"
          className={`${input} h-10 p-1`}
          value={d.color}
          onChange={(e) => set('color', e.target.value)}
        />
      </label>
      <label>
        <span className={label}>{t.categories.role}</span>
        <select
          className={input}
          value={d.rol}
          onChange={(e) => set('rol', e.target.value as CategoryRole)}
        >
          {CATEGORY_ROLES.map((r) => (
            <option key={r} value={r}>
              {t.categories.roles[r]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className={label}>{t.categories.refines}</span>
        <select
          className={input}
          value={d.refina}
          onChange={(e) => set('refina', e.target.value as ClassName | '')}
        >
          <option value="">{t.categories.refinesNone}</option>
          {CLASS_NAMES.map((c) => (
            <option key={c} value={c}>
              {t.classes[c]}
            </option>
          ))}
        </select>
      </label>
      <div className="flex gap-2 sm:col-span-2">
        <button type="submit" className={btn.primary} disabled={busy || !d.nombre.trim()}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className={btn.ghost} onClick={onCancel}>
            {t.categories.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}

function CreateCategory() {
  const { t } = useI18n();
  const toast = useToast();
  const create = useCreateCategory();
  // One key per category being created: a retry of the same form is answered once.
  const [key, setKey] = useState(newIdempotencyKey);
  const [formKey, setFormKey] = useState(0);
  return (
    <section className={`${card} p-5`} aria-labelledby="cat-new">
      <h2 id="cat-new" className="mb-3 font-medium">
        {t.categories.create}
      </h2>
      <CategoryForm
        key={formKey}
        initial={EMPTY}
        submitLabel={t.categories.create}
        busy={create.isPending}
        onSubmit={(d) =>
          create.mutate(
            {
              key,
              body: {
                nombre: d.nombre.trim(),
                color: d.color,
                rol: d.rol,
                ...(d.icono.trim() ? { icono: d.icono.trim() } : {}),
                ...(d.refina ? { refina: d.refina } : {}),
              },
            },
            {
              onSuccess: () => {
                toast.show(t.categories.created);
                setKey(newIdempotencyKey());
                setFormKey((k) => k + 1);
              },
            },
          )
        }
      />
      <div className="mt-2">
        <NameError error={create.error} />
      </div>
    </section>
  );
}

function CategoryRow({ c, others }: { c: Category; others: Category[] }) {
  const { t } = useI18n();
  const toast = useToast();
  const update = useUpdateCategory();
  const remove = useDeleteCategory();
  const merge = useMergeCategory();
  const [editing, setEditing] = useState(false);
  const [showGarments, setShowGarments] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [target, setTarget] = useState('');
  const garments = useGarmentsInCategory(showGarments ? c._id : undefined);

  return (
    <li className={`${card} p-4`} data-testid="category-row">
      {editing ? (
        <CategoryForm
          initial={draftOf(c)}
          submitLabel={t.categories.save}
          busy={update.isPending}
          onCancel={() => setEditing(false)}
          onSubmit={(d) =>
            update.mutate(
              {
                id: c._id,
                patch: {
                  nombre: d.nombre.trim(),
                  color: d.color,
                  icono: d.icono.trim() || null,
                  rol: d.rol,
                  refina: d.refina || null,
                },
              },
              {
                onSuccess: () => {
                  toast.show(t.categories.saved);
                  setEditing(false);
                },
              },
            )
          }
        />
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <CategoryChip c={c} className="text-sm" />
          <span className={`text-xs ${muted}`}>
            {t.categories.roles[c.rol]}
            {/* "Outerwear · Outerwear" says nothing twice. */}
            {c.refina && t.classes[c.refina] !== t.categories.roles[c.rol]
              ? ` · ${t.classes[c.refina]}`
              : ''}
          </span>
          <span className="ml-auto flex flex-wrap gap-1">
            <button
              type="button"
              className={`${btn.ghost} ${btn.small}`}
              aria-expanded={showGarments}
              onClick={() => setShowGarments((s) => !s)}
            >
              {t.nav.wardrobe}
            </button>
            <button
              type="button"
              className={`${btn.secondary} ${btn.small}`}
              onClick={() => setEditing(true)}
            >
              {t.categories.edit}
            </button>
            <button
              type="button"
              className={`${btn.dangerOutline} ${btn.small}`}
              onClick={() => setConfirming(true)}
            >
              {t.categories.delete}
            </button>
          </span>
        </div>
      )}
      {others.length > 0 && !editing ? (
        <div className="mt-3 flex items-center gap-2">
          <select
            aria-label={`${t.categories.mergeInto} ${c.nombre}`}
            className={`${input} min-w-0 flex-1`}
            value={target}
            onChange={(e) => setTarget(e.target.value)}
          >
            <option value="">{t.categories.mergeInto}</option>
            {others.map((o) => (
              <option key={o._id} value={o._id}>
                {o.nombre}
              </option>
            ))}
          </select>
          <button
            type="button"
            className={`${btn.secondary} ${btn.small} shrink-0`}
            disabled={!target || merge.isPending}
            onClick={() =>
              merge.mutate(
                { id: c._id, destino: target },
                { onSuccess: (r) => toast.show(t.categories.merged(r.movidas)) },
              )
            }
          >
            {t.categories.merge}
          </button>
        </div>
      ) : null}
      <NameError error={update.error ?? merge.error} />
      {showGarments ? (
        garments.isPending ? (
          <Loading />
        ) : (
          <ul className="mt-3 flex flex-wrap gap-2" data-testid="category-garments">
            {(garments.data ?? []).map((g) => (
              <li key={g._id}>
                <Link to={`/garments/${g._id}`} className={`${btn.ghost} ${btn.small}`}>
                  {t.classes[g.clase_nombre]} · {t.colors[g.color]}
                </Link>
              </li>
            ))}
          </ul>
        )
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t.categories.deleteTitle(c.nombre)}
        body={t.categories.deleteBody}
        confirmLabel={t.categories.delete}
        busy={remove.isPending}
        error={remove.error}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(c._id, {
            onSuccess: () => {
              setConfirming(false);
              toast.show(t.categories.deleted);
            },
          })
        }
      />
    </li>
  );
}

export default function CategoriesPage() {
  const { t } = useI18n();
  usePageTitle(t.categories.title);
  const categories = useCategories();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className={pageTitle}>{t.categories.title}</h1>
      <p className={muted}>{t.categories.intro}</p>
      <CreateCategory />
      {categories.isPending ? (
        <Loading />
      ) : categories.isError ? (
        <ErrorState error={categories.error} onRetry={() => void categories.refetch()} />
      ) : categories.data.length === 0 ? (
        <p className={muted}>{t.categories.empty}</p>
      ) : (
        <ul className="space-y-3">
          {categories.data.map((c) => (
            <CategoryRow key={c._id} c={c} others={categories.data.filter((o) => o !== c)} />
          ))}
        </ul>
      )}
    </div>
  );
}
