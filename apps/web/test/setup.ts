import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// A loaded machine (CI's 2 shared cores) renders a lazy screen and its queries slowly: wait up
// to 10 s for what should appear, not the default second. No test measures time with this.
configure({ asyncUtilTimeout: 10_000 });

// jsdom lacks these browser APIs; the app only needs them to exist.
if (!URL.createObjectURL) {
  let n = 0;
  URL.createObjectURL = () => `blob:test/${++n}`;
  URL.revokeObjectURL = () => {};
}
window.scrollTo = () => {};

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.className = '';
});
