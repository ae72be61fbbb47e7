/**
 * The AI stylist's language models, behind ports: a chat model (any OpenAI-compatible
 * chat-completions endpoint, optionally with a vision model for camera frames) and a speech
 * model (text-to-speech and transcription). Both are optional: without a chat model the API's
 * built-in stylist answers from the recommender; without a speech model tts/transcribe are 501.
 */

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatRequest {
  messages: ChatMessage[];
  /** A `data:image/…;base64,` URL sent with the last user message (needs the vision model). */
  image?: string;
  /** Ask for a JSON object answer (response_format json_object where supported). */
  json?: boolean;
}

export interface ChatModel {
  /** The assistant's answer text. @throws UpstreamError */
  complete(request: ChatRequest): Promise<string>;
}

export interface SpeechAudio {
  audio: Uint8Array;
  /** e.g. `mp3`, `wav`. */
  format: string;
  mimeType: string;
}

export interface SpeechModel {
  speak(text: string): Promise<SpeechAudio>;
  transcribe(audio: Uint8Array, format: string): Promise<string>;
}

/**
 * The model service failed: `timeout` (no answer in time) becomes a 503 `upstream_timeout`,
 * `error` (refused, 5xx, or an answer that is not the protocol) a 502 `upstream_error`.
 */
export class UpstreamError extends Error {
  constructor(
    readonly kind: 'timeout' | 'error',
    message: string,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }
}
