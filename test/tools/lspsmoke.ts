// A quick manual check of the server: node --import tsx test/tools/lspsmoke.ts FOLDER [file needle]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestClient, positionOf, uriOf } from '../lsp/client.ts';

const [folder, file, needle] = process.argv.slice(2);
const c = new TestClient(folder);
c.start().then(async () => {
  console.log('indexed; diagnostics for', c.diagnostics.size, 'files');
  if (file && needle) {
    const text = readFileSync(join(folder, file), 'utf8');
    const h = await c.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uriOf(join(folder, file)) }, position: positionOf(text, needle, 0, 1) });
    console.log(h?.contents.value);
  }
  await c.stop();
}, (e) => {
  console.error(e);
  process.exit(1);
});
