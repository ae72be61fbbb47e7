/**
 * labels.csv of a dataset laid out like ../shared/datasets/clothing: columns `image`, `split`,
 * `class10` (among others), images under `images/`. Only rows with a class10 are evaluated.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLASS_NAMES, type ClassName } from '@fashion/core';

export interface LabeledImage {
  path: string;
  image: string;
  split: string;
  clase: ClassName;
}

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

const byKey = new Map(CLASS_NAMES.map((c) => [c.toLowerCase().replace(/[^a-z]/g, ''), c]));

export function classFromLabel(label: string): ClassName | undefined {
  return byKey.get(label.toLowerCase().replace(/[^a-z]/g, ''));
}

export async function readLabeledImages(dataDir: string, split?: string): Promise<LabeledImage[]> {
  const [header, ...rows] = parseCsv(await readFile(join(dataDir, 'labels.csv'), 'utf8'));
  if (!header) throw new Error(`${dataDir}/labels.csv is empty`);
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${dataDir}/labels.csv has no "${name}" column`);
    return i;
  };
  const [iImage, iClass] = [col('image'), col('class10')];
  const iSplit = header.indexOf('split');
  if (split !== undefined && iSplit < 0) throw new Error('labels.csv has no "split" column');
  const out: LabeledImage[] = [];
  for (const r of rows) {
    const label = (r[iClass] ?? '').trim();
    if (!label) continue;
    const rowSplit = iSplit >= 0 ? (r[iSplit] ?? '').trim() : '';
    if (split !== undefined && rowSplit !== split) continue;
    const clase = classFromLabel(label);
    if (!clase) throw new Error(`labels.csv: unknown class10 ${JSON.stringify(label)}`);
    const image = r[iImage]!;
    out.push({ image, path: join(dataDir, 'images', image), split: rowSplit, clase });
  }
  return out;
}
