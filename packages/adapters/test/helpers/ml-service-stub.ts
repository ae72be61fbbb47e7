/**
 * A small ML service speaking the contract of docs/architecture.md §3 over real HTTP on 127.0.0.1, for testing
 * the HTTP classifier and the API's classification paths without the models. It records what
 * it received so tests can check the multipart field name and the bytes sent.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubRequest {
  method: string;
  path: string;
  contentType: string;
  /** Field name and bytes of the multipart file part, when there was one. */
  file?: { field: string; type: string; bytes: Buffer };
}

export type StubBehaviour =
  | { kind: 'ok' }
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'garbage' }
  | { kind: 'hang' };

export interface MlServiceStub {
  url: string;
  requests: StubRequest[];
  behave(b: StubBehaviour): void;
  close(): Promise<void>;
}

export const STUB_CLASSIFICATION = {
  clase: 5,
  clase_nombre: 'Shirt',
  tipo: 'superior',
  confianza: 0.91,
  color: 'azul',
  color_hex: '#2f5d9e',
  top3: [
    { clase_nombre: 'Shirt', confianza: 0.91, tipo: 'superior' },
    { clase_nombre: 'T-shirt', confianza: 0.06, tipo: 'superior' },
    { clase_nombre: 'Longsleeve', confianza: 0.02, tipo: 'superior' },
  ],
};

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Parses the one file part of a multipart body with the Fetch API's own parser. */
async function filePart(req: IncomingMessage, body: Buffer): Promise<StubRequest['file']> {
  const form = await new Response(body, {
    headers: { 'content-type': req.headers['content-type'] ?? '' },
  }).formData();
  for (const [field, value] of form) {
    if (typeof value !== 'string') {
      return { field, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) };
    }
  }
  return undefined;
}

export async function startMlServiceStub(): Promise<MlServiceStub> {
  let behaviour: StubBehaviour = { kind: 'ok' };
  const requests: StubRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = req.url ?? '/';
    const record: StubRequest = {
      method: req.method ?? 'GET',
      path,
      contentType: req.headers['content-type'] ?? '',
    };
    if (record.contentType.startsWith('multipart/')) {
      const file = await filePart(req, body);
      if (file) record.file = file;
    }
    requests.push(record);
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(value));
    };
    if (behaviour.kind === 'hang') return; // never answers
    if (behaviour.kind === 'garbage') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>sleeping space</html>');
      return;
    }
    if (behaviour.kind === 'status') {
      json(behaviour.status, behaviour.body ?? { error: 'stub failure' }, behaviour.headers);
      return;
    }
    switch (`${req.method} ${path}`) {
      case 'GET /health':
        return json(200, {
          status: 'ok',
          model_loaded: true,
          models: {
            cnn: { loaded: true, file: 'cnn.onnx' },
            vit: { loaded: true, file: 'vit.onnx' },
          },
        });
      case 'POST /classify':
      case 'POST /classify-vit': {
        if (!record.file || record.file.field !== 'imagen')
          return json(400, { error: 'no imagen' });
        const model = path === '/classify' ? 'cnn' : 'vit';
        return json(200, { ...STUB_CLASSIFICATION, model, model_file: `${model}.onnx` });
      }
      case 'GET /metrics':
      case 'GET /metrics-vit':
        return json(200, { accuracy: path === '/metrics' ? 0.91 : 0.94, classes: 10 });
      case 'GET /confusion-matrix':
      case 'GET /confusion-matrix-vit':
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        return;
      default:
        return json(404, { error: 'not found' });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    behave: (b) => {
      behaviour = b;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
