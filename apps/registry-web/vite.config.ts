import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { devSessionStub } from './scripts/dev-session-stub';

/**
 * The console is served by registry-api at / under `script-src 'self'; style-src 'self'`: nothing in the
 * built index.html may be inline (no module-preload polyfill script, no data: URIs for assets), and
 * everything is bundled; nothing is fetched from another origin.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// `npm run dev` / `npm run preview`: stand-in session endpoints over a plain registry API (dev only).
// REGISTRY_PROXY=1 instead forwards /auth, /graphql, /audit and /login to a service that has them.
const registryUrl = process.env.REGISTRY_URL ?? 'http://127.0.0.1:3000';
const useRealSession = process.env.REGISTRY_PROXY === '1';
const proxy = useRealSession
  ? Object.fromEntries(
      ['/auth', '/graphql', '/audit', '/login/callback'].map((path) => [path, { target: registryUrl, changeOrigin: false }]),
    )
  : undefined;

export default defineConfig({
  base: '/',
  plugins: [
    react(),
    ...(useRealSession || process.env.VITEST
      ? []
      : [devSessionStub({ registryUrl, dataDir: process.env.REGISTRY_DATA_DIR ?? resolve(repoRoot, 'data'), repoRoot })]),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 300,
    rollupOptions: {
      output: {
        // Libraries in chunks of their own, so a console release does not make browsers fetch React again.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(react|react-dom|scheduler|react-router|cookie|set-cookie-parser)\//.test(id)) return 'vendor-react';
          if (/node_modules\/(urql|@urql|wonka|@0no-co)\//.test(id)) return 'vendor-graphql';
          if (/node_modules\/(i18next|react-i18next|html-parse-stringify|void-elements|use-sync-external-store)\//.test(id))
            return 'vendor-i18n';
          return 'vendor';
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, proxy, headers: { 'Content-Security-Policy': CSP } },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    css: false,
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
