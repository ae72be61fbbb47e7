/** The stylist's LLM_* variables: unset is the built-in stylist; half a setup names what is missing. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('LLM configuration', () => {
  it('unset: no LLM (the built-in stylist) and image URLs follow the request', () => {
    expect(loadConfig({})).toMatchObject({ llm: null, publicBaseUrl: null });
  });

  it('a chat model, a vision model and an audio pair over one endpoint', () => {
    const c = loadConfig({
      LLM_BASE_URL: 'http://127.0.0.1:11434/v1',
      LLM_MODEL: 'llama3.2',
      LLM_VISION_MODEL: 'llava',
      LLM_TTS_MODEL: 'tts-1',
      LLM_TRANSCRIBE_MODEL: 'whisper-1',
      LLM_API_KEY: 'sk-x',
      PUBLIC_BASE_URL: 'https://api.example.com/',
    });
    expect(c.llm).toEqual({
      baseUrl: 'http://127.0.0.1:11434/v1',
      apiKey: 'sk-x',
      timeoutMs: 60_000,
      chat: { model: 'llama3.2', visionModel: 'llava' },
      speech: { ttsModel: 'tts-1', transcribeModel: 'whisper-1' },
    });
    expect(c.publicBaseUrl).toBe('https://api.example.com');
  });

  it('names the missing or bad variable', () => {
    expect(problems({ LLM_MODEL: 'gpt-4o-mini' }).join()).toMatch(/LLM_BASE_URL/);
    expect(problems({ LLM_BASE_URL: 'http://127.0.0.1:1/v1' }).join()).toMatch(/LLM_MODEL/);
    expect(
      problems({ LLM_BASE_URL: 'http://127.0.0.1:1/v1', LLM_TTS_MODEL: 'tts-1' }).join(),
    ).toMatch(/LLM_TRANSCRIBE_MODEL/);
    expect(problems({ LLM_BASE_URL: 'ftp://x' }).join()).toMatch(/LLM_BASE_URL/);
  });
});
