/**
 * The files of a drop, folders walked: `dataTransfer.files` lists a dropped folder as one
 * unreadable entry, so the drop's entries (webkitGetAsEntry, in every current browser) are read
 * instead, each folder to the end (a directory reader answers in batches until an empty one).
 * A file inside a folder keeps its path, as the folder picker gives it.
 */

export interface Dropped {
  files: File[];
  /** A folder was dropped: its photos go to the durable bulk queue. */
  folder: boolean;
}

const fileOf = (entry: FileSystemFileEntry) =>
  new Promise<File>((resolve, reject) => entry.file(resolve, reject));

async function entriesOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    const path = entry.fullPath.replace(/^\//, '');
    out.push(path && path !== file.name ? new File([file], path, { type: file.type }) : file);
  } else if (entry.isDirectory) {
    for (const child of await entriesOf(entry as FileSystemDirectoryEntry)) await walk(child, out);
  }
}

export async function droppedFiles(data: DataTransfer): Promise<Dropped> {
  const entries = Array.from(data.items ?? [])
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.())
    .filter((e): e is FileSystemEntry => Boolean(e));
  if (entries.length === 0 || !entries.some((e) => e.isDirectory)) {
    return { files: Array.from(data.files), folder: false };
  }
  const files: File[] = [];
  for (const entry of entries) await walk(entry, files);
  return { files, folder: true };
}
