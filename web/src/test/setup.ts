import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Form validation in antd is asynchronous and slow in jsdom when the tests run in parallel.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lacks the layout APIs antd's responsive components call on mount.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

afterEach(cleanup);
