/**
 * `userprofiles`, with the old system's field names: `user_id`, flat preference fields,
 * `age`/`height_cm`/`weight_kg`, `style_preference` and `updated_at`; `''` is "not chosen" as
 * there. A stored value the contracts do not accept reads as the default.
 */
import type { ProfileStore } from '@fashion/api';
import {
  PROFILE_DEFAULTS,
  ProfileFieldsSchema,
  SavedPreferencesSchema,
  type SavedPreferences,
  type PreferencesUpdate,
  type Profile,
} from '@fashion/core';
import type { Collection, Document } from 'mongodb';
import { checkUserId, InvalidQueryValue } from './ids.ts';
import { isoDate } from './legacy.ts';

/** Profile field → document field, where the old system named it differently. */
const FIELD_NAMES = { edad: 'age', altura: 'height_cm', peso: 'weight_kg' } as const;
/** The document field of a profile field (the old names where they differ). */
const fieldName = (key: string): string =>
  (FIELD_NAMES as Record<string, string | undefined>)[key] ?? key;

const PREFERENCE_KEYS = Object.keys(SavedPreferencesSchema.shape) as (keyof SavedPreferences)[];

const UpdateSchema = SavedPreferencesSchema.partial().extend(ProfileFieldsSchema.shape).strict();

function documentToProfile(doc: Document): Profile {
  const profile: Profile = { ...PROFILE_DEFAULTS, userId: String(doc.user_id) };
  for (const key of PREFERENCE_KEYS) {
    const parsed = SavedPreferencesSchema.shape[key].safeParse(doc[key]);
    if (parsed.success && parsed.data !== undefined) Object.assign(profile, { [key]: parsed.data });
  }
  // Field by field: one out-of-range old value (the old schema allowed other bounds) drops
  // only itself.
  for (const key of Object.keys(
    ProfileFieldsSchema.shape,
  ) as (keyof typeof ProfileFieldsSchema.shape)[]) {
    const stored: unknown = doc[fieldName(key)];
    if (stored === undefined || stored === null) continue;
    const parsed = ProfileFieldsSchema.shape[key].safeParse(stored);
    if (parsed.success && parsed.data !== undefined) Object.assign(profile, { [key]: parsed.data });
  }
  if (doc.updated_at !== undefined) profile.updatedAt = isoDate(doc.updated_at);
  return profile;
}

export class MongoProfileStore implements ProfileStore {
  constructor(private readonly profiles: Collection<Document>) {}

  async get(userId: string): Promise<Profile | null> {
    const doc = await this.profiles.findOne({ user_id: checkUserId(userId) });
    return doc ? documentToProfile(doc) : null;
  }

  async update(
    userId: string,
    patch: PreferencesUpdate,
    defaults: SavedPreferences,
  ): Promise<Profile> {
    const parsed = UpdateSchema.safeParse(patch);
    if (!parsed.success) throw new InvalidQueryValue('preferences');
    const set: Document = { updated_at: new Date() };
    for (const [key, value] of Object.entries(parsed.data)) {
      if (value === undefined) continue;
      set[fieldName(key)] = value;
    }
    const setOnInsert: Document = {};
    for (const key of PREFERENCE_KEYS) {
      if (!(key in set)) setOnInsert[key] = defaults[key];
    }
    const doc = await this.profiles.findOneAndUpdate(
      { user_id: checkUserId(userId) },
      { $set: set, $setOnInsert: setOnInsert },
      { upsert: true, returnDocument: 'after' },
    );
    if (!doc) throw new Error('profile upsert returned nothing');
    return documentToProfile(doc);
  }
}
