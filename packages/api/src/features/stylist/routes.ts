/**
 * The AI stylist: /api/chat (+ /tts, /transcribe) and /api/mirror/analyze(-frame), with the
 * request and answer shapes of the original clients. Model failures answer 503
 * `upstream_timeout` or 502 `upstream_error`, never a hang (the adapters bound every call).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { ErrorSchema } from '@fashion/core';
import type { AppContext, AppCtx } from '../../deps.ts';
import { userIdOf } from '../../http/auth.ts';
import { base64BodyLimit, decodeBase64Image, limitBody } from '../../http/body.ts';
import { HttpError } from '../../http/errors.ts';
import {
  bearer,
  errorResponses,
  featureRouter,
  jsonBody,
  jsonContent,
} from '../../http/openapi.ts';
import {
  AnalyzeBodySchema,
  AnalyzeFrameBodySchema,
  ChatAnswerSchema,
  ChatBodySchema,
  MirrorAnswerSchema,
  TranscribeBodySchema,
  TtsBodySchema,
} from './schemas.ts';
import { stylistService } from './service.ts';

const ErrorWithCode = ErrorSchema.extend({ code: z.string() });
const modelErrors = {
  501: jsonContent(ErrorWithCode, 'No audio model configured (code not_implemented)'),
  502: jsonContent(ErrorWithCode, 'The language model failed (code upstream_error)'),
  503: jsonContent(
    ErrorWithCode,
    'The language model timed out (code upstream_timeout), or no classifier',
  ),
};

/** Base64 without Node's Buffer (the Worker runs this too). */
function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

function notConfigured(c: AppCtx, what: string) {
  return c.json(
    {
      error: `${what} needs an OpenAI-compatible audio endpoint: set LLM_BASE_URL (and LLM_API_KEY), with LLM_TTS_MODEL / LLM_TRANSCRIBE_MODEL.`,
      code: 'not_implemented',
    },
    501,
  );
}

const route = <B extends z.ZodType, R extends z.ZodType>(
  path: string,
  summary: string,
  body: B,
  answer: R,
  limit: number,
) =>
  createRoute({
    method: 'post',
    path,
    summary,
    security: bearer,
    middleware: [limitBody(limit)] as const,
    request: { body: jsonBody(body) },
    responses: {
      200: jsonContent(answer, 'The answer'),
      ...errorResponses(400, 401, 413, 429),
      ...modelErrors,
    },
  });

export function stylistRoutes(ctx: AppContext) {
  const service = stylistService(ctx);
  const maxBytes = ctx.options.maxUploadBytes;
  const chat = route(
    '/api/chat',
    'Chat with the stylist about your wardrobe',
    ChatBodySchema,
    ChatAnswerSchema,
    256 * 1024,
  );
  const frame = route(
    '/api/mirror/analyze-frame',
    'Evaluate the outfit in a camera frame',
    AnalyzeFrameBodySchema,
    MirrorAnswerSchema,
    base64BodyLimit(maxBytes),
  );
  const analyze = route(
    '/api/mirror/analyze',
    'Evaluate an outfit described in words',
    AnalyzeBodySchema,
    MirrorAnswerSchema,
    64 * 1024,
  );
  const tts = route(
    '/api/chat/tts',
    'Speak a reply (OpenAI-compatible audio endpoint)',
    TtsBodySchema,
    z.object({ audioBase64: z.string(), format: z.string(), mimeType: z.string() }),
    64 * 1024,
  );
  const transcribe = route(
    '/api/chat/transcribe',
    'Transcribe a voice message (OpenAI-compatible audio endpoint)',
    TranscribeBodySchema,
    z.object({ text: z.string() }),
    base64BodyLimit(maxBytes),
  );

  return featureRouter()
    .openapi(chat, async (c) => {
      const userId = userIdOf(c);
      const answer = await service.chat(userId, c.req.valid('json').messages);
      if (answer.outfit) ctx.suggestions.served(c, userId, [answer.outfit]);
      return c.json(answer, 200);
    })
    .openapi(frame, async (c) => {
      const body = c.req.valid('json');
      const bytes = decodeBase64Image(body.imageDataUrl, maxBytes, 'imageDataUrl');
      const answer = await service.analyzeFrame(userIdOf(c), {
        frame: bytes,
        imageDataUrl: body.imageDataUrl,
        ...(body.context ? { context: body.context } : {}),
        ...(body.userNotes ? { userNotes: body.userNotes } : {}),
      });
      return c.json(answer, 200);
    })
    .openapi(analyze, async (c) =>
      c.json(await service.analyze(userIdOf(c), c.req.valid('json').userPrompt), 200),
    )
    .openapi(tts, async (c) => {
      if (!ctx.speech) return notConfigured(c, 'Text-to-speech');
      const a = await ctx.speech.speak(c.req.valid('json').text);
      return c.json(
        { audioBase64: toBase64(a.audio), format: a.format, mimeType: a.mimeType },
        200,
      );
    })
    .openapi(transcribe, async (c) => {
      if (!ctx.speech) return notConfigured(c, 'Voice input');
      const body = c.req.valid('json');
      let audio: Uint8Array;
      try {
        audio = Uint8Array.from(atob(body.audioBase64), (ch) => ch.charCodeAt(0));
      } catch {
        throw new HttpError(400, 'audioBase64: not valid base64');
      }
      return c.json({ text: await ctx.speech.transcribe(audio, body.format ?? 'webm') }, 200);
    });
}
