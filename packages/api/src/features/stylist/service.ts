/**
 * The stylist: chat and mirror answers, from the configured LLM or, without one, from the
 * built-in stylist (recommender + classifier). Every LLM call carries only the caller's
 * wardrobe summary (wardrobe-view.ts) and the caller's own messages.
 */
import type { AppContext } from '../../deps.ts';
import { UpstreamError, type ChatMessage } from '../../ports/stylist.ts';
import { builtinChat, type ChatAnswer } from './builtin.ts';
import { readIntent } from './intent.ts';
import { builtinMirror, type MirrorAnswer } from './mirror-builtin.ts';
import { chatSystemPrompt, jsonObjectOf, mirrorSystemPrompt, splitOutfitBlock } from './prompts.ts';
import { wardrobeLines } from './wardrobe-view.ts';

export interface FrameRequest {
  frame: Uint8Array;
  imageDataUrl: string;
  context?: Record<string, unknown>;
  userNotes?: string;
}

function contextText(context: Record<string, unknown> | undefined, notes: string | undefined) {
  const parts = Object.entries(context ?? {})
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
  if (notes) parts.push(`notes: ${notes}`);
  return parts.join('\n');
}

function mirrorAnswerOf(text: string): MirrorAnswer {
  const obj = jsonObjectOf(text);
  if (!obj || typeof obj.analysis !== 'object' || obj.analysis === null) {
    throw new UpstreamError('error', 'the language model did not answer with the analysis JSON');
  }
  return {
    ...(obj as unknown as MirrorAnswer),
    new_detected_items: Array.isArray(obj.new_detected_items)
      ? (obj.new_detected_items as MirrorAnswer['new_detected_items'])
      : [],
  };
}

export function stylistService(ctx: AppContext) {
  const wardrobe = async (userId: string) =>
    wardrobeLines(await ctx.store.garments.list(userId, { estado: 'activa' }));
  /** What the person wrote about their style in settings (their own profile only). */
  const style = async (userId: string) =>
    (await ctx.store.profiles.get(userId))?.style_preference ?? '';
  return {
    async chat(userId: string, messages: ChatMessage[]): Promise<ChatAnswer> {
      if (!ctx.chatModel) return builtinChat(ctx, userId, messages);
      const text = await ctx.chatModel.complete({
        messages: [
          {
            role: 'system',
            content: chatSystemPrompt(await wardrobe(userId), await style(userId)),
          },
          ...messages,
        ],
      });
      const answer = splitOutfitBlock(text);
      if (!answer.reply)
        throw new UpstreamError('error', 'the language model answered with no text');
      return answer;
    },

    async analyzeFrame(userId: string, req: FrameRequest): Promise<MirrorAnswer> {
      const about = contextText(req.context, req.userNotes);
      if (!ctx.chatModel) return builtinMirror(ctx, userId, req.frame, readIntent(about));
      const text = await ctx.chatModel.complete({
        messages: [
          {
            role: 'system',
            content: mirrorSystemPrompt(await wardrobe(userId), await style(userId)),
          },
          { role: 'user', content: `Evaluate the outfit in this photo.\n${about}` },
        ],
        image: req.imageDataUrl,
        json: true,
      });
      return mirrorAnswerOf(text);
    },

    async analyze(userId: string, userPrompt: string): Promise<MirrorAnswer> {
      if (!ctx.chatModel) {
        const chat = await builtinChat(ctx, userId, [{ role: 'user', content: userPrompt }]);
        const o = chat.outfit;
        return {
          analysis: {
            style_identity: '',
            silhouette_balance: '',
            color_analysis: {
              palette_type: '',
              contrast_level: '',
              harmony_score: o ? Math.round((o.breakdown.color?.valor ?? 0) * 100) : 0,
            },
            fit_evaluation: '',
            occasion_alignment: o?.ocasion ?? '',
            seasonal_match: '',
            overall_score: o?.puntuacion ?? 0,
            confidence_score: o ? 100 : 0,
            expert_feedback: chat.reply,
            upgrade_suggestions: o?.explicaciones.slice(0, 4) ?? [],
          },
          new_detected_items: [],
        };
      }
      const text = await ctx.chatModel.complete({
        messages: [
          {
            role: 'system',
            content: mirrorSystemPrompt(await wardrobe(userId), await style(userId)),
          },
          { role: 'user', content: userPrompt },
        ],
        json: true,
      });
      return mirrorAnswerOf(text);
    },
  };
}
