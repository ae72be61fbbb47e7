/** The stylist over /api/chat and /api/mirror/analyze-frame (built-in, or a configured LLM). */
import { useMutation } from '@tanstack/react-query';
import { api } from './client.ts';
import type { Detail, Recommendation } from './types.ts';

export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
}

/** POST /api/chat: the reply, and the outfit it describes when the stylist picked one. */
export interface ChatAnswer {
  reply: string;
  outfit?: Recommendation;
}

/** POST /api/mirror/analyze-frame, the fields this app shows. */
export interface MirrorAnswer {
  analysis: {
    style_identity?: string;
    overall_score?: number;
    confidence_score?: number;
    expert_feedback?: string;
    upgrade_suggestions?: string[];
  };
  /** Reasons as codes (the built-in mirror), worded in the UI language. */
  reasons?: Detail[];
}

export function useChat() {
  return useMutation({
    mutationFn: (messages: ChatTurn[]) =>
      api<ChatAnswer>({ method: 'POST', path: '/api/chat', json: { messages } }),
  });
}

export function useMirror() {
  return useMutation({
    mutationFn: (body: { imageDataUrl: string; userNotes: string }) =>
      api<MirrorAnswer>({ method: 'POST', path: '/api/mirror/analyze-frame', json: body }),
  });
}
