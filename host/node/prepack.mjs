// `npm pack` / `npm publish` step: copies the checkout's built modules (wasm/build.sh) into this folder so the
// package carries them; stops with a message naming wasm/build.sh when they are missing.
import { copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

for (const name of ['panelcore.wasm', 'panelcore-baseline.wasm']) {
  const built = fileURLToPath(new URL(`../../.build-wasm/${name}`, import.meta.url));
  if (!existsSync(built)) {
    console.error(`panelcore: ${built} is missing — run wasm/build.sh in the PanelCore checkout first`);
    process.exit(1);
  }
  copyFileSync(built, fileURLToPath(new URL(`./${name}`, import.meta.url)));
}
