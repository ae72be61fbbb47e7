/**
 * Ways to make storage full for real, for the "a 2xx means it is on disk" tests.
 *
 * - `mountSmallTmpfs`: a real, tiny filesystem (needs root, as the CI container runs); filling it
 *   makes SQLite's commit fail with the disk error a user hits, after the statement ran.
 * - `fillSqlitePage`: SQLite's own limit (`PRAGMA max_page_count`), portable and deterministic:
 *   the database may not grow, and the garments page is filled to the last byte, so the next
 *   garment insert or a garment update that grows its row needs a page it cannot have.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';

export interface SmallDisk {
  dir: string;
  /** Writes filler files until the filesystem answers ENOSPC. */
  fill(): void;
  /** Frees the space again. */
  free(): void;
  unmount(): void;
}

/** A 1 MiB tmpfs, or null where mounting is not allowed (not root, no tmpfs). */
export function mountSmallTmpfs(): SmallDisk | null {
  const dir = mkdtempSync(join(tmpdir(), 'fashion-fulldisk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  let fillers = 0;
  return {
    dir,
    fill() {
      try {
        for (;;) writeFileSync(join(dir, `filler-${fillers++}`), Buffer.alloc(4096));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
      }
    },
    free() {
      for (let i = 0; i < fillers; i += 1) rmSync(join(dir, `filler-${i}`), { force: true });
      fillers = 0;
    },
    unmount() {
      execFileSync('umount', [dir], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Caps the database at its current size and fills the garments table's last page with one row of
 * another user, so that no garment row can be added or grown. Call it while the garments table
 * still fits in one page (a few rows).
 */
export function fillSqlitePage(connection: Database.Database): void {
  const pages = connection.pragma('page_count', { simple: true }) as number;
  connection.pragma(`max_page_count = ${pages}`);
  const insert = connection.prepare(
    `INSERT INTO garments (id, user_id, image_key, imagen_url, tipo, clase_nombre, color, confianza, ocasion, fecha_agregada)
     VALUES (?, 'disk-filler', ?, '', 'superior', 'Shirt', 'azul', 1, '[]', '2000-01-01T00:00:00.000Z')`,
  );
  // The largest filler that still fits leaves fewer free bytes than any row change needs.
  for (let size = 4000; size > 0; size -= 1) {
    try {
      insert.run(`filler-${size}`, 'x'.repeat(size));
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_FULL') throw err;
    }
  }
  throw new Error('could not fill the garments page');
}
