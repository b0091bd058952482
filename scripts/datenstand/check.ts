import { tableFromIPC } from 'apache-arrow';
import { readDatenstand } from '../../src/lib/project/datenstand';

const de = new Intl.NumberFormat('de-DE');
const FLAG: Record<string, string> = {
	real: 'amtlich/real',
	estimate: 'Schätzung',
	sample: 'Beispieldaten',
	user: 'eigene Daten'
};
const date = (iso: string) => iso.split('-').reverse().join('.');

/** The whole check of a Datenstand file as German text (the CLI prints it). */
export async function checkDatenstand(
	fileName: string,
	bytes: Uint8Array
): Promise<{ ok: boolean; text: string }> {
	const r = await readDatenstand(fileName, bytes);
	if (!r.ok) return { ok: false, text: `FEHLER: ${r.message}` };
	const d = r.datenstand;
	const lines = [
		`Datenstand „${fileName}“ ist in Ordnung.`,
		`Datenstand vom ${date(d.info.date)}, veröffentlicht von ${d.info.publisher}.`,
		...(d.info.note ? [`Hinweis: ${d.info.note}`] : []),
		`Atlas-Version ${d.meta.appVersion}, Projektformat ${d.meta.format}; Objektdaten des Leerstandskatasters: ${d.info.objektdaten ? 'ja (ausdrücklich veröffentlicht)' : 'nein'}.`,
		`Tabellen: ${de.format(d.tables.length)} – Prüfsummen (SHA-256) stimmen, alle lesbar:`
	];
	for (const t of d.tables) {
		const n = tableFromIPC(t.ipc).numRows;
		lines.push(
			`  ${t.meta.name}: ${de.format(n)} ${n === 1 ? 'Zeile' : 'Zeilen'}, ${FLAG[t.meta.flag] ?? t.meta.flag}`
		);
	}
	return { ok: true, text: lines.join('\n') };
}
