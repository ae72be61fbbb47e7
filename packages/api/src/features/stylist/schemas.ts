/**
 * Request bodies of the stylist routes, as the original clients send them. Strict: an unknown
 * field is a 400. Chat roles are `user` and `assistant` only: a client cannot write the system
 * prompt.
 */
import { z } from '@hono/zod-openapi';

export const ChatMessageSchema = z.strictObject({
  role: z.enum(['user', 'assistant']),
  content: z.string().max(8000),
});

export const ChatBodySchema = z.strictObject({
  messages: z.array(ChatMessageSchema).min(1).max(60),
});

export const ChatAnswerSchema = z.object({
  reply: z.string(),
  outfitGeneration: z.record(z.string(), z.unknown()).optional(),
  outfit: z.record(z.string(), z.unknown()).optional(),
});

/** The Mirror page's context (its own keys; free text is bounded). */
export const MirrorContextSchema = z.strictObject({
  event: z.string().max(200).optional(),
  weather: z.string().max(200).optional(),
  time: z.string().max(200).optional(),
  location: z.string().max(500).optional(),
  user_profile: z.strictObject({ style_preference: z.string().max(2000).optional() }).optional(),
});

export const AnalyzeFrameBodySchema = z.strictObject({
  imageDataUrl: z.string().min(1),
  context: MirrorContextSchema.optional(),
  userNotes: z.string().max(2000).optional(),
});

export const AnalyzeBodySchema = z.strictObject({
  userPrompt: z.string().trim().min(1, 'userPrompt is required').max(8000),
});

export const MirrorAnswerSchema = z.object({
  analysis: z.record(z.string(), z.unknown()),
  new_detected_items: z.array(z.record(z.string(), z.unknown())),
});

export const TtsBodySchema = z.strictObject({ text: z.string().trim().min(1).max(4000) });

export const TranscribeBodySchema = z.strictObject({
  audioBase64: z.string().min(1),
  format: z.enum(['wav', 'webm', 'mp3', 'ogg', 'm4a', 'flac']).optional(),
});
