/**
 * `npm run datenstand:beispiel` writes tests/fixtures/datenstand-beispiel.atlas: KPI records for 2023
 * and 2024 and the embedded pilots with one of them placed in a town – all flagged „Beispieldaten“
 * (invented for tests and demonstrations, not the alliance's figures). Deterministic bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { recordsToIpc } from '../../src/lib/kpi/records-ipc';
import type { KpiRecord } from '../../src/lib/kpi/types';
import { ipcRows, writeDatenstand } from '../../src/lib/project/datenstand';
import { rowsToIpc } from '../../src/lib/data/arrow';
import type { StoredTable } from '../../src/lib/store/types';
import manifest from '../../data/manifest.json';

export const BEISPIEL_PATH = 'tests/fixtures/datenstand-beispiel.atlas';
const NOW = new Date('2025-01-15T09:00:00Z');
const SOURCE = 'Beispieldaten für Tests (scripts/datenstand/beispiel.ts)';

const rec = (r: Partial<KpiRecord> & Pick<KpiRecord, 'id' | 'typ' | 'datum'>): KpiRecord => ({
	kind: null,
	kpi_id: null,
	titel: null,
	ort: null,
	ags: null,
	anzahl: null,
	stunden: null,
	ergebnis: null,
	erfasst: '2025-01-15T09:00:00.000Z',
	...r
});

export const BEISPIEL_RECORDS: KpiRecord[] = [
	rec({
		id: 'b2023-1',
		typ: 'termin',
		datum: '2023-05-24',
		kind: 'buendnistreffen',
		titel: 'Beispiel: Bündnistreffen',
		ort: 'Erfurt',
		anzahl: 1
	}),
	rec({
		id: 'b2023-2',
		typ: 'termin',
		datum: '2023-09-12',
		kind: 'ag_sitzung',
		titel: 'Beispiel: AG-Sitzung',
		anzahl: 3
	}),
	rec({
		id: 'b2023-3',
		typ: 'lieferung',
		datum: '2023-10-30',
		kpi_id: 'bericht-2023',
		ergebnis: 'geliefert'
	}),
	rec({
		id: 'b2024-1',
		typ: 'termin',
		datum: '2024-03-06',
		kind: 'buendnistreffen',
		titel: 'Beispiel: Bündnistreffen',
		ort: 'Weimar',
		anzahl: 1
	}),
	rec({ id: 'b2024-2', typ: 'teaser', datum: '2024-04-18', anzahl: 5 }),
	rec({
		id: 'b2024-3',
		typ: 'stunden',
		datum: '2024-06-28',
		kpi_id: 'leg-stunden-pilot',
		stunden: 42
	})
];

/** The embedded pilots; `leerstand-1` gets a title and a place (Rudolstadt, its label point). */
export function beispielPilots(): StoredTable['data'] {
	const file = (name: string) => manifest.datasets.find((d) => d.name === name)!;
	const ort = ipcRows(readFileSync(`data/${file('gemeinden').file}`)).find(
		(g) => g.name === 'Rudolstadt'
	)!;
	const rows = ipcRows(readFileSync(`data/${file('pilots').file}`)).map((r) =>
		r.id === 'leerstand-1'
			? {
					...r,
					title: 'Beispiel: Zwischennutzung leerer Ladenlokale',
					status: 'konzept',
					ags: ort.ags,
					lon: ort.lon,
					lat: ort.lat,
					note: 'Beispieldaten (kein echtes Pilotprojekt)'
				}
			: r
	);
	const columns = file('pilots').columns.map((c) => ({ name: c.name, type: c.type as 'text' }));
	return { kind: 'arrow', ipc: rowsToIpc(columns, rows as Record<string, never>[]) };
}

export async function beispielDatenstand(): Promise<Uint8Array> {
	const meta = (name: string) => ({
		name,
		flag: 'sample' as const,
		source: SOURCE,
		updated: NOW.toISOString(),
		version: 1
	});
	return writeDatenstand(
		[
			{
				meta: meta('kpi_erfassungen'),
				data: { kind: 'arrow', ipc: recordsToIpc(BEISPIEL_RECORDS) }
			},
			{ meta: meta('pilots'), data: beispielPilots() }
		],
		{
			publisher: 'Beispiel-Geschäftsstelle (Testdaten)',
			date: '2025-01-15',
			note: 'Beispieldaten: erfundene Erfassungen 2023 und 2024 und ein verortetes Pilotprojekt – nicht die Zahlen des Bündnisses.',
			objektdaten: false
		},
		NOW
	);
}

if (process.argv[1] && /beispiel\.ts$/.test(process.argv[1])) {
	writeFileSync(BEISPIEL_PATH, await beispielDatenstand());
	console.log(`${BEISPIEL_PATH} geschrieben.`);
}
