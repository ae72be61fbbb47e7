import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UpstreamError } from '@fashion/api';
import { createOpenAiChatModel, createOpenAiSpeechModel } from '../src/llm-openai/index.ts';
import { startLlmServer, type LlmServer } from './helpers/openai-server.ts';

let llm: LlmServer;
beforeAll(async () => {
  llm = await startLlmServer();
});
afterAll(() => llm.close());
beforeEach(() => {
  llm.requests.length = 0;
  llm.behave({ kind: 'reply', content: 'Wear the blue shirt.' });
});

const model = (timeoutMs = 2000) =>
  createOpenAiChatModel({
    baseUrl: `${llm.url}/`,
    apiKey: 'sk-test',
    model: 'text-model',
    visionModel: 'vision-model',
    timeoutMs,
  });

async function upstreamKind(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (err) {
    return err instanceof UpstreamError ? err.kind : `other: ${String(err)}`;
  }
}

describe('OpenAI-compatible chat model against a protocol server on 127.0.0.1', () => {
  it('sends the model, the key and the messages, and returns the content', async () => {
    const text = await model().complete({ messages: [{ role: 'user', content: 'hi' }] });
    expect(text).toBe('Wear the blue shirt.');
    const req = llm.requests[0]!;
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.authorization).toBe('Bearer sk-test');
    expect(req.body).toMatchObject({
      model: 'text-model',
      messages: [{ role: 'user', content: 'hi' }],
    });
  });

  it('a frame goes to the vision model as an image_url part; json asks for a JSON object', async () => {
    await model().complete({
      messages: [
        { role: 'system', content: 'sys' },
        { role: 'user', content: 'judge' },
      ],
      image: 'data:image/jpeg;base64,AAAA',
      json: true,
    });
    expect(llm.requests[0]!.body).toMatchObject({
      model: 'vision-model',
      response_format: { type: 'json_object' },
      messages: [
        { role: 'system', content: 'sys' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'judge' },
            { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,AAAA' } },
          ],
        },
      ],
    });
  });

  it('no answer in time (no headers, or a body that stops) is a timeout, never a hang', async () => {
    llm.behave({ kind: 'hang' });
    expect(
      await upstreamKind(model(300).complete({ messages: [{ role: 'user', content: 'x' }] })),
    ).toBe('timeout');
    llm.behave({ kind: 'stall-body' });
    expect(
      await upstreamKind(model(300).complete({ messages: [{ role: 'user', content: 'x' }] })),
    ).toBe('timeout');
  });

  it('errors and malformed answers are upstream errors with the reason', async () => {
    const ask = () => model().complete({ messages: [{ role: 'user', content: 'x' }] });
    llm.behave({ kind: 'status', status: 500 });
    expect(await upstreamKind(ask())).toBe('error');
    llm.behave({ kind: 'status', status: 401, body: { error: { message: 'invalid key' } } });
    await expect(ask()).rejects.toThrow(/401: invalid key/);
    llm.behave({ kind: 'garbage' });
    expect(await upstreamKind(ask())).toBe('error');
    llm.behave({ kind: 'no-choices' });
    await expect(ask()).rejects.toThrow(/choices/);
  });

  it('an endpoint that does not listen is an upstream error', async () => {
    const dead = createOpenAiChatModel({
      baseUrl: 'http://127.0.0.1:9/v1',
      model: 'm',
      timeoutMs: 2000,
    });
    expect(await upstreamKind(dead.complete({ messages: [{ role: 'user', content: 'x' }] }))).toBe(
      'error',
    );
  });
});

describe('OpenAI-compatible speech model', () => {
  const speech = () =>
    createOpenAiSpeechModel({
      baseUrl: llm.url,
      ttsModel: 'tts-1',
      transcribeModel: 'whisper-1',
      timeoutMs: 2000,
    });

  it('speaks text into audio bytes and transcribes audio into text', async () => {
    llm.behave({ kind: 'reply', content: 'AUDIO' });
    const a = await speech().speak('hola');
    expect(new TextDecoder().decode(a.audio)).toBe('AUDIO');
    expect(a).toMatchObject({ format: 'mp3', mimeType: 'audio/mpeg' });
    expect(llm.requests[0]!.body).toMatchObject({ model: 'tts-1', input: 'hola' });
    llm.behave({ kind: 'reply', content: 'what should I wear' });
    expect(await speech().transcribe(new Uint8Array([1, 2, 3]), 'wav')).toBe('what should I wear');
    expect(llm.requests[1]!.path).toBe('/v1/audio/transcriptions');
    expect(String(llm.requests[1]!.body)).toContain('whisper-1');
  });
});
