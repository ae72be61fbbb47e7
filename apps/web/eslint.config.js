// The root config plus the React hooks rules, for `npm run lint -w @fashion/web` (run from here).
import reactHooks from 'eslint-plugin-react-hooks';
import root from '../../eslint.config.js';

export default [
  ...root,
  { files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
];
