import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

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
