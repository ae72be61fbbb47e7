/** New ids in the MongoDB ObjectId shape (24 hex chars), random so that they are unguessable. */
export function newId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
