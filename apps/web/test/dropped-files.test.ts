/**
 * A dropped folder is walked to its last file (directory readers answer in batches), paths kept;
 * a drop of plain files is just its files. The entries are stand-ins for the browser's
 * FileSystemEntry objects, which jsdom lacks.
 */
import { describe, expect, it } from 'vitest';
import { droppedFiles } from '../src/features/add/dropped-files.ts';

const jpeg = (name: string) =>
  new File([new Uint8Array([0xff, 0xd8, 0xff])], name, { type: 'image/jpeg' });

function fileEntry(path: string) {
  const name = path.split('/').pop()!;
  return {
    isFile: true,
    isDirectory: false,
    fullPath: `/${path}`,
    file: (ok: (f: File) => void) => ok(jpeg(name)),
  };
}

/** A folder whose reader answers `batch` entries at a time, then an empty batch. */
function dirEntry(path: string, children: unknown[], batch = 2) {
  return {
    isFile: false,
    isDirectory: true,
    fullPath: `/${path}`,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok: (e: unknown[]) => void) => {
          ok(children.slice(at, at + batch));
          at += batch;
        },
      };
    },
  };
}

function drop(entries: unknown[], files: File[] = []): DataTransfer {
  return {
    items: entries.map((e) => ({ kind: 'file', webkitGetAsEntry: () => e })),
    files,
  } as unknown as DataTransfer;
}

describe('droppedFiles', () => {
  it('walks a dropped folder and its subfolders, past the first batch, keeping paths', async () => {
    const trip = dirEntry('closet/summer', [fileEntry('closet/summer/a.jpg')]);
    const closet = dirEntry('closet', [
      fileEntry('closet/1.jpg'),
      fileEntry('closet/2.jpg'),
      fileEntry('closet/3.jpg'),
      trip,
    ]);
    const { files, folder } = await droppedFiles(drop([closet]));
    expect(folder).toBe(true);
    expect(files.map((f) => f.name)).toEqual([
      'closet/1.jpg',
      'closet/2.jpg',
      'closet/3.jpg',
      'closet/summer/a.jpg',
    ]);
    expect(files.every((f) => f.type === 'image/jpeg')).toBe(true);
  });

  it('a drop of files only: the files as dropped, not a folder', async () => {
    const shirt = jpeg('shirt.jpg');
    const { files, folder } = await droppedFiles(drop([fileEntry('shirt.jpg')], [shirt]));
    expect(folder).toBe(false);
    expect(files).toEqual([shirt]);
  });
});
