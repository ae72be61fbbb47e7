/** English strings of the garment cut-outs (#18). */
export const cutoutEn = {
  show: 'Show the cut-out',
  showHint: 'The garment on a plain background. Off: the original photo (kept as it was).',
  pending: 'The cut-out is being prepared…',
  saved: 'Cut-out shown',
  photoShown: 'Original photo shown',
};
