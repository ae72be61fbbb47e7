/**
 * Spanish wording of the recommender's reasons: the same sentences the API sends in
 * `explicaciones`, from the one Spanish wording in @fashion/core, so the two never drift.
 */
import { REASON_CODES, spanishReason, type ReasonCode } from '@fashion/core';
import type { ReasonWords } from './reasons.en.ts';

const words = {} as Record<ReasonCode, ReasonWords[ReasonCode]>;
for (const code of REASON_CODES) words[code] = (p) => spanishReason(code, p);

export const reasonsEs: ReasonWords = words;
