// A worker thread that parses wire files for a big import while the main thread writes to the store.
import { parentPort } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { parseWireFile } = await import('../db/import.ts');

parentPort.on('message', async ({ id, bytes, options }) => {
  try {
    parentPort.postMessage({ id, wire: await parseWireFile(bytes, options) });
  } catch (error) {
    // parseWireFile fails only with a WireError: its message is the whole story.
    parentPort.postMessage({ id, refusal: error instanceof Error ? error.message : String(error) });
  }
});
