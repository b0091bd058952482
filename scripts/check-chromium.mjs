import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
	console.error(`Chromium fehlt (${path}). Die E2E-Tests brauchen Debians Chromium:

  sudo apt-get update && sudo apt-get install -y chromium fonts-dejavu-core

(oder CHROMIUM_PATH auf eine vorhandene Chromium-Binärdatei setzen). „npx playwright install“ wird nicht gebraucht.`);
	process.exit(1);
}
