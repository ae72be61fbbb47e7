/**
 * A small server speaking the OpenAI chat-completions and audio protocol on 127.0.0.1, for
 * testing the LLM adapters and the stylist routes without a model. It records every request
 * (path, headers, JSON body) and answers as told: a reply text, slowly, an error, or nonsense.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LlmRequest {
  path: string;
  authorization?: string;
  contentType: string;
  /** The JSON body (chat, speech); the raw text for multipart (transcriptions). */
  body: unknown;
}

export type LlmBehaviour =
  /** Answer with this content (or compute it from the request). */
  | { kind: 'reply'; content: string | ((req: LlmRequest) => string) }
  /** Never send headers. */
  | { kind: 'hang' }
  /** Send headers, then never finish the body. */
  | { kind: 'stall-body' }
  | { kind: 'status'; status: number; body?: unknown }
  /** 200 with an HTML page (a proxy's error page). */
  | { kind: 'garbage' }
  /** 200 JSON without `choices`. */
  | { kind: 'no-choices' };

export interface LlmServer {
  url: string;
  requests: LlmRequest[];
  behave(b: LlmBehaviour): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startLlmServer(): Promise<LlmServer> {
  let behaviour: LlmBehaviour = { kind: 'reply', content: 'Hello from the test model.' };
  const requests: LlmRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const contentType = req.headers['content-type'] ?? '';
    let body: unknown = raw.toString('utf8');
    if (contentType.includes('application/json')) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        body = undefined;
      }
    }
    const record: LlmRequest = {
      path: req.url ?? '/',
      contentType,
      body,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    };
    requests.push(record);
    const b = behaviour;
    if (b.kind === 'hang') return;
    if (b.kind === 'stall-body') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"choices":[');
      return;
    }
    if (b.kind === 'garbage') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>bad gateway</html>');
      return;
    }
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    if (b.kind === 'status')
      return json(b.status, b.body ?? { error: { message: 'test failure' } });
    if (b.kind === 'no-choices') return json(200, { id: 'x', object: 'chat.completion' });
    const content = typeof b.content === 'function' ? b.content(record) : b.content;
    if (record.path === '/v1/chat/completions') {
      return json(200, {
        id: 'chatcmpl-test',
        object: 'chat.completion',
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      });
    }
    if (record.path === '/v1/audio/speech') {
      res.writeHead(200, { 'content-type': 'audio/mpeg' });
      res.end(Buffer.from(content, 'utf8'));
      return;
    }
    if (record.path === '/v1/audio/transcriptions') return json(200, { text: content });
    return json(404, { error: { message: 'not found' } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    behave: (nb) => {
      behaviour = nb;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
