/**
 * Layer rules of the ports-and-adapters design (docs/architecture.md, "Packages and layers"),
 * checked by ESLint's no-restricted-imports on every `npm run lint`:
 *   - core is runtime-free: it imports only zod, culori and its own files;
 *   - the API sees only ports: no adapter, no image/ML code, no storage or runtime library;
 *   - the web app may import core (types and vocabularies), nothing else of the server.
 */
const ADAPTER_LIBRARIES = [
  'better-sqlite3',
  'mongodb',
  'drizzle-orm',
  'drizzle-orm/*',
  '@aws-sdk/*',
  'sharp',
  'onnxruntime-node',
  'onnxruntime-web',
  'jose',
];

const rule = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export const layerRules = [
  {
    files: ['packages/core/src/**/*.ts'],
    rules: rule([
      {
        regex: '^(?!\\.|zod$|zod/|culori$|culori/)',
        message:
          'core is runtime-free: only zod, culori and its own files (no node:*, no runtime library, no other package).',
      },
      {
        regex: '^(\\.\\./)+(api|adapters|vision|web|server|ml|worker)/',
        message: 'core imports no other package.',
      },
    ]),
  },
  {
    files: ['packages/api/src/**/*.ts'],
    rules: rule([
      {
        group: [
          '@fashion/adapters',
          '@fashion/adapters/*',
          '@fashion/vision',
          '@fashion/vision/*',
          ...ADAPTER_LIBRARIES,
        ],
        message:
          'the API sees only its ports (src/ports); adapters are wired by the entries (apps/*).',
      },
      {
        regex: '^(\\.\\./)+(adapters|vision)/',
        message: 'the API imports no adapter.',
      },
    ]),
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    rules: rule([
      {
        group: [
          '@fashion/api',
          '@fashion/api/*',
          '@fashion/adapters',
          '@fashion/adapters/*',
          '@fashion/vision',
          '@fashion/vision/*',
          ...ADAPTER_LIBRARIES,
        ],
        message: 'the web app talks to the API over HTTP; it may import @fashion/core only.',
      },
      {
        regex: '(^|/)packages/(?!core/)',
        message: 'the web app may import @fashion/core only.',
      },
    ]),
  },
];
