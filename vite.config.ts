import { constants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { bundleReport } from './scripts/bundle-report.ts';
import { pageChunkGroups } from './scripts/page-chunk-groups.ts';

export default defineConfig({
  root: 'web',
  plugins: [
    react(),
    // Every text file also as .br and .gz, served as such by the server (@fastify/static preCompressed):
    // compressed once at build time at the highest levels instead of on every request.
    compression({
      include: /\.(html|js|css|json|svg|txt|webmanifest)$/,
      // The build manifest is read by the server, never sent.
      exclude: /\.vite\//,
      algorithms: [defineAlgorithm('gzip', { level: 9 }), defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })],
      // index.html (about 800 bytes) is fetched and revalidated on every visit: worth it too.
      threshold: 512,
      logLevel: 'silent',
    }),
    // Survey pages: the 150 kB (measured 147.9 kB for the form on 2026-12-02, after the error texts became lazy).
    // Entry: measured 137.2 kB (react-dom, react-router, react-query, i18next, the shell, as one chunk); 145 kB leaves
    // room for small shell changes and stops a library slipping in.
    // Chunks: what each of the pages issue 15 measures loads besides the entry (decision 0038), as measured on 2026-12-03.
    bundleReport({
      entryMaxGzipKilobytes: 145,
      budgets: [
        { pagePathPrefix: 'survey/', maxGzipKilobytes: 150 },
        { pagePathPrefix: 'survey/SurveyFormPage', maxChunks: 3 },
        { pagePathPrefix: 'results/ResultsPage', maxChunks: 6 },
        { pagePathPrefix: 'national/NationalPage', maxChunks: 3 },
      ],
    }),
  ],
  build: {
    outDir: 'dist',
    // dist/.vite/manifest.json: which chunks and styles each page module needs, so the server can name them in the page's
    // HTML (server/http/page-preloads.ts). Not served (a dot directory).
    manifest: true,
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: true,
    // Everything the entry imports statically (every page loads it) in one chunk: Rolldown would otherwise split it by
    // which lazy pages share each part (four to seven chunks, about 2 kB gzip more with the repeated imports and
    // exports, and more requests before the first paint). The lazy pages' shared modules in a few families, one chunk
    // each (scripts/page-chunk-groups.ts, docs/decisions/0038); each page's own modules in its own chunk.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'shell', tags: ['$initial'] }, ...pageChunkGroups(import.meta.dirname)] } },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? '3000'}` },
  },
});
