/**
 * The API speaks 24-hex string ids; MongoDB stores ObjectIds. Every id and user id is checked
 * here before it reaches a query, so that a crafted value (an object such as `{ $ne: null }`,
 * or a malformed string) can never become a query operator.
 */
import { ObjectId } from 'mongodb';

const HEX_ID = /^[0-9a-f]{24}$/;

export class InvalidQueryValue extends Error {
  constructor(what: string) {
    super(`invalid ${what}`);
    this.name = 'InvalidQueryValue';
  }
}

export function isHexId(value: unknown): value is string {
  return typeof value === 'string' && HEX_ID.test(value);
}

/** A validated ObjectId, or null when the value is not a 24-hex id (a lookup that finds nothing). */
export function toObjectId(value: unknown): ObjectId | null {
  return isHexId(value) ? ObjectId.createFromHexString(value) : null;
}

export function fromObjectId(value: unknown): string | undefined {
  if (value instanceof ObjectId) return value.toHexString();
  if (isHexId(value)) return value;
  return undefined;
}

/** User ids come from the authenticator (an Auth0 `sub` or `anonymous`): a plain bounded string. */
export function checkUserId(userId: unknown): string {
  if (typeof userId !== 'string' || userId.length === 0 || userId.length > 256) {
    throw new InvalidQueryValue('user id');
  }
  return userId;
}
