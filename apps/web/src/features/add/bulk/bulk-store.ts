/**
 * Where a bulk upload lives between page loads: IndexedDB (photos as Blobs, with their state and
 * Idempotency-Key), so a reload or a closed tab resumes where it stopped and sends nothing twice.
 */
import { createStore, delMany, entries, set, setMany } from 'idb-keyval';
import type { BulkItem } from './bulk-item.ts';

const store = () => createStore('fashion-bulk-upload', 'items');
let cached: ReturnType<typeof store> | undefined;
const db = () => (cached ??= store());

/**
 * The photo is kept as bytes and a type, not as a Blob: some browsers (older WebKit) cannot keep
 * Blobs in IndexedDB, and bytes read back the same everywhere.
 */
type Stored = Omit<BulkItem, 'blob'> & { bytes?: ArrayBuffer; type?: string };

function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  // Older engines (and jsdom) only read Blobs through a FileReader.
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as ArrayBuffer);
    r.onerror = () => reject(r.error ?? new Error('could not read the photo'));
    r.readAsArrayBuffer(blob);
  });
}

async function toStored({ blob, ...rest }: BulkItem): Promise<Stored> {
  if (!blob) return rest;
  return { ...rest, bytes: await bytesOf(blob), type: blob.type };
}

function fromStored({ bytes, type, ...rest }: Stored): BulkItem {
  return bytes ? { ...rest, blob: new Blob([bytes], { type: type ?? '' }) } : rest;
}

export async function loadItems(): Promise<BulkItem[]> {
  const all = await entries<string, Stored>(db());
  return all.map(([, v]) => fromStored(v)).sort((a, b) => a.seq - b.seq);
}

export const putItem = async (item: BulkItem) => set(item.id, await toStored(item), db());

/** One photo read at a time: 300 photos are not all held as bytes at once. */
export async function putItems(items: readonly BulkItem[]): Promise<void> {
  for (const i of items) await setMany([[i.id, await toStored(i)]], db());
}
export const deleteItems = (ids: readonly string[]) => delMany([...ids], db());

const PAUSED = 'fashion.bulk.paused';
export const loadPaused = () => localStorage.getItem(PAUSED) === '1';
export const savePaused = (p: boolean) =>
  p ? localStorage.setItem(PAUSED, '1') : localStorage.removeItem(PAUSED);
