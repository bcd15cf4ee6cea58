// A profiling build of the client for `npm run bench:trace -- --react`: React's profiling renderer (which keeps
// each fiber's render durations), unminified names, no compression and no budgets. Writes web/dist like the
// real build: run `npm run build` again afterwards.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  plugins: [react()],
  resolve: { alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] },
  build: { outDir: 'dist', emptyOutDir: true, minify: false, sourcemap: false },
});
