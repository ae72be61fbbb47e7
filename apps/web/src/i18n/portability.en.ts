/** English strings of the settings' export and import. */
const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const portabilityEn = {
  title: 'Your data',
  intro:
    'Take your wardrobe with you: one ZIP file with your garments and their photos, outfits, wear log, plans, trips, categories and preferences. Import it here or into another Fashion AI.',
  download: 'Download my wardrobe',
  downloading: 'Preparing the file…',
  downloaded: 'Your wardrobe was downloaded',
  importLabel: 'Import a wardrobe',
  importHint:
    'A ZIP file exported from Fashion AI, or the database export of the original Fashion AI. Nothing already here is added twice.',
  choose: 'Choose a ZIP file',
  importing: 'Importing…',
  uploadProgress: 'Sending the file',
  imported: 'Import finished',
  sections: {
    garments: (c: number) => n(c, 'garment', 'garments'),
    outfits: (c: number) => n(c, 'outfit', 'outfits'),
    wears: (c: number) => n(c, 'wear', 'wears'),
    plans: (c: number) => n(c, 'plan', 'plans'),
    trips: (c: number) => n(c, 'trip', 'trips'),
    categories: (c: number) => n(c, 'category', 'categories'),
    preferences: (c: number) => (c ? 'your preferences' : ''),
  } as Record<string, (c: number) => string>,
  added: (list: string) => `Added: ${list}.`,
  nothingAdded: 'Nothing new: everything in this file was already in your wardrobe.',
  duplicates: (c: number) =>
    c === 1
      ? '1 garment was already here (same photo) and was not added again.'
      : `${c} garments were already here (same photo) and were not added again.`,
  skipped: (c: number) =>
    c === 1
      ? '1 garment was left out: its photo could not be downloaded.'
      : `${c} garments were left out: their photos could not be downloaded.`,
  notAnExport: 'This file is not a Fashion AI export, or it is damaged. Nothing was imported.',
  tooLarge: 'This file is larger than the server accepts. Nothing was imported.',
};
