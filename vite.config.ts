import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundleReport } from './scripts/bundle-report';

export default defineConfig({
  root: 'web',
  plugins: [react(), bundleReport({ budgets: [{ pagePathPrefix: 'survey/', maxGzipKilobytes: 150 }] })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: true,
  },
  server: {
    port: 5173,
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? '3000'}` },
  },
});
