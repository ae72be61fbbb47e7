/**
 * Reading a MongoDB collection as `mongoexport` writes it: one document per line (the default) or
 * one JSON array (`--jsonArray`), in Extended JSON (`{"$oid": …}`, `{"$date": …}`,
 * `{"$numberInt": …}`), which is unwrapped to plain strings and numbers.
 */
import { HttpError } from '../../http/errors.ts';

function unwrap(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrap);
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 1) {
    const [k] = keys;
    const v = o[k!];
    if (k === '$oid' && typeof v === 'string') return v;
    if (k === '$date') {
      if (typeof v === 'string') return new Date(v).toISOString();
      if (typeof v === 'number') return new Date(v).toISOString();
      const n = (v as { $numberLong?: string })?.$numberLong;
      if (n) return new Date(Number(n)).toISOString();
    }
    if (k === '$numberInt' || k === '$numberLong' || k === '$numberDouble') return Number(v);
  }
  return Object.fromEntries(keys.map((key) => [key, unwrap(o[key])]));
}

/** The documents of one collection file; a 400 naming the file when it is not such JSON. */
export function readCollection(bytes: Uint8Array, name: string): Record<string, unknown>[] {
  const text = new TextDecoder().decode(bytes).trim();
  let docs: unknown[];
  try {
    docs = text.startsWith('[')
      ? (JSON.parse(text) as unknown[])
      : text
          .split('\n')
          .filter((line) => line.trim())
          .map((line) => JSON.parse(line) as unknown);
  } catch {
    throw new HttpError(400, `${name} is not a mongoexport JSON file`);
  }
  if (!docs.every((d) => d !== null && typeof d === 'object' && !Array.isArray(d))) {
    throw new HttpError(400, `${name}: every entry must be a document`);
  }
  return docs.map((d) => unwrap(d) as Record<string, unknown>);
}
