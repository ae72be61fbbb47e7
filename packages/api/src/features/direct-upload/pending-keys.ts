/**
 * Names of uploads that are in the bucket but not yet confirmed: `pending/<owner>/<id>`, where
 * the owner part is a hash of the user id (user ids such as `auth0|…` are not key-safe, and the
 * hash lets confirm check that the key was issued to the caller). The id is 128 random bits.
 */
export const PENDING_PREFIX = 'pending/';
export const PENDING_KEY_PATTERN = /^pending\/[0-9a-f]{32}\/[0-9a-f]{32}$/;

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export async function ownerTag(userId: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(userId));
  return hex(new Uint8Array(digest)).slice(0, 32);
}

export async function newPendingKey(userId: string): Promise<string> {
  return `${PENDING_PREFIX}${await ownerTag(userId)}/${hex(crypto.getRandomValues(new Uint8Array(16)))}`;
}

export async function isPendingKeyOf(userId: string, key: string): Promise<boolean> {
  return PENDING_KEY_PATTERN.test(key) && key.split('/')[1] === (await ownerTag(userId));
}
