/**
 * ChatModel over any OpenAI-compatible `/chat/completions` endpoint (OpenRouter, Ollama,
 * llama.cpp, vLLM, OpenAI). Frames go to the vision model as an `image_url` content part.
 */
import { UpstreamError, type ChatModel, type ChatRequest } from '@fashion/api';
import { postUpstream, readJson, type OpenAiEndpoint } from './request.ts';

export interface OpenAiChatOptions extends OpenAiEndpoint {
  model: string;
  /** For requests with an image; defaults to `model`. */
  visionModel?: string;
  maxTokens?: number;
}

function contentOf(body: unknown): string {
  const choices = (body as { choices?: unknown })?.choices;
  const message = Array.isArray(choices)
    ? (choices[0] as { message?: unknown })?.message
    : undefined;
  const content = (message as { content?: unknown } | undefined)?.content;
  if (typeof content === 'string') return content;
  // Some servers answer with content parts.
  if (Array.isArray(content)) {
    return content
      .map((p: unknown) =>
        typeof (p as { text?: unknown })?.text === 'string' ? (p as { text: string }).text : '',
      )
      .join('');
  }
  throw new UpstreamError('error', 'the language model answer has no choices[0].message.content');
}

export function createOpenAiChatModel(options: OpenAiChatOptions): ChatModel {
  return {
    async complete(request: ChatRequest): Promise<string> {
      const messages: unknown[] = request.messages.map((m) => ({
        role: m.role,
        content: m.content,
      }));
      if (request.image) {
        const last = messages.length - 1;
        const text = request.messages[last]?.content ?? '';
        messages[last] = {
          role: 'user',
          content: [
            { type: 'text', text },
            { type: 'image_url', image_url: { url: request.image } },
          ],
        };
      }
      const body = {
        model: request.image ? (options.visionModel ?? options.model) : options.model,
        messages,
        max_tokens: options.maxTokens ?? 1200,
        ...(request.json ? { response_format: { type: 'json_object' } } : {}),
      };
      return postUpstream(options, '/chat/completions', body, async (res) =>
        contentOf(await readJson(res)),
      );
    },
  };
}
