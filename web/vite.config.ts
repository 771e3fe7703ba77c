/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The C++ server (`attache serve`) answers the API in development; `npm run dev` only
// serves the UI and forwards these paths to it.
const server = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/api': server, '/healthz': server, '/readyz': server },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    // The server caches /assets/* as immutable, so every file there must carry a hash.
    assetsInlineLimit: 0,
    rollupOptions: {
      output: {
        // Libraries change far less often than the app: in chunks of their own, a new
        // release of the UI does not make browsers fetch React and antd again.
        manualChunks(id) {
          if (!id.includes('/node_modules/')) return undefined;
          if (/\/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom|@remix-run)\//.test(id)) {
            return 'react';
          }
          if (/\/node_modules\/(antd|rc-[^/]+|@rc-component|@ant-design|@emotion|dayjs)\//.test(id)) return 'antd';
          return undefined;
        },
      },
    },
    // The antd chunk (Table, Form, DatePicker, TreeSelect, Steps, Timeline, Tabs... and their
    // rc-* parts) is about 1.26 MB, 395 kB gzipped; warn only if it grows well past that.
    chunkSizeWarningLimit: 1350,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    // antd's first render in jsdom builds its CSS-in-JS styles: seconds on a 2-core machine.
    testTimeout: 20_000,
  },
});
