/** The stylist's ports from an LlmConfig (none configured: the API's built-in stylist). */
import type { ChatModel, SpeechModel } from '@fashion/api';
import type { LlmConfig } from '@fashion/core';
import { createOpenAiChatModel } from './chat-model.ts';
import { createOpenAiSpeechModel } from './speech-model.ts';

export function stylistDeps(
  config: LlmConfig | null,
  doFetch?: typeof fetch,
): { chatModel?: ChatModel; speech?: SpeechModel } {
  if (!config) return {};
  const endpoint = {
    baseUrl: config.baseUrl,
    timeoutMs: config.timeoutMs,
    ...(config.apiKey ? { apiKey: config.apiKey } : {}),
    ...(doFetch ? { fetch: doFetch } : {}),
  };
  return {
    ...(config.chat ? { chatModel: createOpenAiChatModel({ ...endpoint, ...config.chat }) } : {}),
    ...(config.speech
      ? { speech: createOpenAiSpeechModel({ ...endpoint, ...config.speech }) }
      : {}),
  };
}
