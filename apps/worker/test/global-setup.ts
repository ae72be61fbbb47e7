/**
 * Runs in Node before the workerd tests: an HTTP server on 127.0.0.1 (random port) that speaks
 * the ML service contract of docs/architecture.md §3 (`/health`, `/classify` and `/segment` with
 * multipart `imagen`), so that the Worker's HTTP classifier and segmenter are exercised over real
 * HTTP. It answers fixed results, not a model's: the models have their own tests.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import type { TestProject } from 'vitest/node';
import { CUTOUT_COLOR_HEADER } from '@fashion/core';

declare module 'vitest' {
  export interface ProvidedContext {
    mlUrl: string;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

let server: Server;

/** What the stub's /segment measures for any photo (non-ASCII on purpose: the header is encoded). */
const STUB_CUTOUT_COLOR = {
  color: 'marrón',
  color_hex: '#6f4a2f',
  color_proporcion: 0.7,
  colores_secundarios: [{ color: 'beige', hex: '#d9c7a7', proporcion: 0.2 }],
  estampado_sugerido: 'rayas',
};

export async function setup(project: TestProject) {
  // A transparent 8×8 WebP: what /segment answers for any photo.
  const cutout = await sharp({
    create: { width: 8, height: 8, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
  })
    .webp()
    .toBuffer();
  server = createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/health') {
      return send(200, {
        status: 'ok',
        model_loaded: true,
        models: { cnn: { loaded: true, file: 'stub.onnx' } },
      });
    }
    if (req.url === '/classify' && req.method === 'POST') {
      const body = await readBody(req);
      // A multipart body whose file part is a JPEG (the Worker sends the cleaned image).
      if (!body.includes(Buffer.from([0xff, 0xd8, 0xff])) || !body.includes('name="imagen"')) {
        return send(400, { error: 'no image in field imagen' });
      }
      return send(200, {
        clase: 3,
        clase_nombre: 'Outwear',
        tipo: 'abrigo',
        confianza: 0.93,
        color: 'verde',
        top3: [
          { clase_nombre: 'Outwear', confianza: 0.93, tipo: 'abrigo' },
          { clase_nombre: 'Longsleeve', confianza: 0.05, tipo: 'superior' },
        ],
        model_file: 'stub.onnx',
      });
    }
    if (req.url === '/segment' && req.method === 'POST') {
      const body = await readBody(req);
      if (!body.includes('name="imagen"')) return send(400, { error: 'no image in field imagen' });
      // The service's colour of the garment's own pixels (apps/ml/src/segment-route.ts).
      res.writeHead(200, {
        'content-type': 'image/webp',
        [CUTOUT_COLOR_HEADER]: encodeURIComponent(JSON.stringify(STUB_CUTOUT_COLOR)),
      });
      return res.end(cutout);
    }
    send(404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  project.provide('mlUrl', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
}

export async function teardown() {
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
