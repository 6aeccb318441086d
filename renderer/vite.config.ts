// Builds the renderer (the app page and the typing-bench page) into dist/renderer.
// core/ is bundled as plain TypeScript; nothing from Node may reach the page.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react()],
  build: {
    outDir: here('../dist/renderer'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      input: { index: here('index.html'), bench: here('bench.html') },
    },
  },
});
