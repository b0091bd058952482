import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const INSTALL =
	'  sudo apt-get update && sudo apt-get install -y chromium fonts-dejavu-core poppler-utils';
const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
	console.error(`Chromium fehlt (${path}). Die E2E-Tests brauchen Debians Chromium:

${INSTALL}

(oder CHROMIUM_PATH auf eine vorhandene Chromium-Binärdatei setzen). „npx playwright install“ wird nicht gebraucht.`);
	process.exit(1);
}
try {
	execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
} catch {
	console.error(`pdftotext fehlt. Der Test des gedruckten Berichts liest das PDF mit Poppler:

${INSTALL}`);
	process.exit(1);
}
