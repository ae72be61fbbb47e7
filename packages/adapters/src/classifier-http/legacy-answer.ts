/**
 * The original Hugging Face Space answers with its own model name (`vision_transformer`) and
 * Fashion-MNIST-style classes (Trouser, Sneaker, …). This maps such an answer onto docs/architecture.md §3
 * through core's legacy table, so people can keep their Space; our own answers pass unchanged.
 */
import {
  classIndex,
  mapLegacyClass,
  mapLegacyColor,
  tipoOf,
  isClassName,
  type ModelKind,
} from '@fashion/core';

const LEGACY_MODELS: Readonly<Record<string, ModelKind>> = {
  vision_transformer: 'vit',
  vit: 'vit',
  cnn: 'cnn',
  convolutional: 'cnn',
};

interface Entry {
  clase_nombre?: unknown;
  confianza?: unknown;
  tipo?: unknown;
}

/** Top entries in our classes: legacy names mapped, unknown ones dropped, the first of duplicates kept. */
function mapTop(entries: unknown): Entry[] {
  if (!Array.isArray(entries)) return [];
  const seen = new Set<string>();
  const out: Entry[] = [];
  for (const e of entries as Entry[]) {
    const name = typeof e?.clase_nombre === 'string' ? mapLegacyClass(e.clase_nombre) : undefined;
    if (!name || !isClassName(name) || seen.has(name)) continue;
    seen.add(name);
    out.push({ clase_nombre: name, confianza: e.confianza, tipo: tipoOf(name) });
  }
  return out;
}

export function mapLegacyAnswer(body: unknown, requested: ModelKind): unknown {
  if (body === null || typeof body !== 'object') return body;
  const b = body as Record<string, unknown>;
  const legacyClass = typeof b.clase_nombre === 'string' && !isClassName(b.clase_nombre);
  const legacyModel = typeof b.model === 'string' && b.model !== 'cnn' && b.model !== 'vit';
  if (
    !legacyClass &&
    !legacyModel &&
    !(typeof b.color === 'string' && mapLegacyColor(b.color) !== b.color)
  ) {
    return body;
  }
  const top3 = mapTop(b.top3);
  const mapped = typeof b.clase_nombre === 'string' ? mapLegacyClass(b.clase_nombre) : undefined;
  // A class we lack (Bag, desconocido): the best of its alternatives that we have.
  const best =
    mapped && isClassName(mapped) ? { clase_nombre: mapped, confianza: b.confianza } : top3[0];
  if (!best || typeof best.clase_nombre !== 'string' || !isClassName(best.clase_nombre))
    return body;
  return {
    ...b,
    clase: classIndex(best.clase_nombre),
    clase_nombre: best.clase_nombre,
    tipo: tipoOf(best.clase_nombre),
    confianza: best.confianza,
    color: typeof b.color === 'string' ? mapLegacyColor(b.color) : b.color,
    top3,
    model: (typeof b.model === 'string' && LEGACY_MODELS[b.model]) || requested,
  };
}
