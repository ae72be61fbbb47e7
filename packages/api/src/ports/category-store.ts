/**
 * The person's own categories (core's categories.ts). Like every store port, each method takes
 * the owner's userId and never touches another user's records.
 */
import type { Category, CategoryPatch } from '@fashion/core';

/** Create or rename to a name the user already has (compared trimmed, without case). */
export class CategoryNameTaken extends Error {
  constructor(readonly nombre: string) {
    super(`a category named "${nombre}" already exists`);
    this.name = 'CategoryNameTaken';
  }
}

export interface CategoryStore {
  /** The user's categories, by name. */
  list(userId: string): Promise<Category[]>;
  get(userId: string, id: string): Promise<Category | null>;
  /** @throws CategoryNameTaken */
  create(category: Category): Promise<Category>;
  /** Sets the named fields; null clears icono, color or refina. Null when not the user's. @throws CategoryNameTaken */
  update(userId: string, id: string, patch: CategoryPatch): Promise<Category | null>;
  /**
   * Deletes the category and takes it off its garments (they keep their class), all or none.
   * Answers how many garments lost it, or null when the user has no such category.
   */
  delete(userId: string, id: string): Promise<{ garments: number } | null>;
  /**
   * Moves the garments of `from` to `to` and deletes `from`, all or none. Null when either is
   * not the user's (nothing changes); `from` equal to `to` changes nothing.
   */
  merge(
    userId: string,
    from: string,
    to: string,
  ): Promise<{ categoria: Category; movidas: number } | null>;
}
