// Production entry of the ML service (the Docker image): the esbuild bundle of src/main.ts and its
// inference worker, built by `npm run build -w @fashion/ml` — no TypeScript loader at run time.
import './dist/main.js';
