/** English strings of the wardrobe's selection, batch edit and fact filters. */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const wardrobeBatchEn = {
  batch: {
    select: 'Select',
    done: 'Done',
    selected: (n: number) => `${n} selected`,
    selectAll: (n: number) => `Select all shown (${n})`,
    clearSelection: 'Clear selection',
    selectHint: 'Tap garments to select them; shift-click selects a range.',
    actions: 'Change the selected garments',
    apply: (n: number) => `Apply to ${plural(n, 'garment', 'garments')}`,
    cancel: 'Cancel',
    archive: 'Archive',
    restore: 'Restore',
    archiveReason: 'Why it leaves',
    delete: 'Delete',
    deleteTitle: (n: number) => `Delete ${plural(n, 'garment', 'garments')}?`,
    deleteBody:
      'Their photos will be removed, and saved outfits that use them will be deleted too. This cannot be undone.',
    applied: (n: number) => `${plural(n, 'garment', 'garments')} updated.`,
    deleted: (n: number) => `${plural(n, 'garment', 'garments')} deleted.`,
    failed: 'Nothing was changed: the server said no. Your garments are as they were.',
    favourite: 'Favourite',
    unfavourite: 'Not favourite',
    markLaundry: 'Mark for laundry',
    markClean: 'Mark clean',
    selectGarment: (name: string) => `Select ${name}`,
  },
  wardrobeFilters: {
    offline: (n: number) =>
      `Offline: ${plural(n, 'match', 'matches')} among the garments saved on this device, not the whole wardrobe. The full answer comes when you are back online.`,
  },
  facts: {
    favourites: 'Favourites',
    laundry: 'In the wash',
    archived: 'Archived',
    seasons: 'Seasons',
  },
};
