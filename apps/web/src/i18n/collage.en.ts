/** English strings of the outfit collage and its image (#18). */
export const collageEn = {
  label: (title: string) => `${title}, laid out flat`,
  download: 'Download image',
  share: 'Share',
  preparing: 'Preparing the image…',
  downloaded: 'Image downloaded',
  fileName: 'outfit',
};
