/** Byte counts as people read them in error messages: "10 MB", "2.5 MB" (MiB, one decimal). */
export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
