/**
 * `userprofiles`, with the old system's field names: `user_id`, flat preference fields,
 * `age`/`height_cm`/`weight_kg` and `updated_at`. Stored values the contracts no longer accept
 * (the old defaults were empty strings) read as the defaults.
 */
import type { ProfileStore } from '@fashion/api';
import {
  DEFAULT_PREFERENCES,
  PreferencesSchema,
  ProfileFieldsSchema,
  type Preferences,
  type PreferencesUpdate,
  type Profile,
} from '@fashion/core';
import type { Collection, Document } from 'mongodb';
import { checkUserId, InvalidQueryValue } from './ids.ts';
import { isoDate } from './legacy.ts';

/** Profile field → document field, where the old system named it differently. */
const FIELD_NAMES = { edad: 'age', altura: 'height_cm', peso: 'weight_kg' } as const;
const PREFERENCE_KEYS = Object.keys(PreferencesSchema.shape) as (keyof Preferences)[];

const UpdateSchema = PreferencesSchema.partial().extend(ProfileFieldsSchema.shape).strict();

function documentToProfile(doc: Document): Profile {
  const profile: Profile = { ...DEFAULT_PREFERENCES, userId: String(doc.user_id) };
  for (const key of PREFERENCE_KEYS) {
    const parsed = PreferencesSchema.shape[key].safeParse(doc[key]);
    if (parsed.success) Object.assign(profile, { [key]: parsed.data });
  }
  // Field by field: one out-of-range old value (the old schema allowed other bounds) drops
  // only itself.
  for (const key of Object.keys(
    ProfileFieldsSchema.shape,
  ) as (keyof typeof ProfileFieldsSchema.shape)[]) {
    const stored: unknown = doc[key === 'nombre' ? 'nombre' : FIELD_NAMES[key]];
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

  async update(userId: string, patch: PreferencesUpdate, defaults: Preferences): Promise<Profile> {
    const parsed = UpdateSchema.safeParse(patch);
    if (!parsed.success) throw new InvalidQueryValue('preferences');
    const set: Document = { updated_at: new Date() };
    for (const [key, value] of Object.entries(parsed.data)) {
      if (value === undefined) continue;
      set[FIELD_NAMES[key as keyof typeof FIELD_NAMES] ?? key] = value;
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
