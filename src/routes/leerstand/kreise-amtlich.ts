import type { KreisAmtlich } from '$lib/innenstadt/queries';
import { fmtPct } from '$lib/format';

/** The Zensus reasons for vacancy (LEERSTAND_GRUND 1–6) as stored in zensus_kreise_amtlich. */
export const GRUENDE = [
	{ key: 'grund_bezug_3m', label: 'innerhalb von 3 Monaten beziehbar' },
	{ key: 'grund_bau', label: 'Baumaßnahme laufend/geplant' },
	{ key: 'grund_abriss', label: 'Abriss/Rückbau geplant' },
	{ key: 'grund_verkauf', label: 'Verkauf' },
	{ key: 'grund_eigennutzung', label: 'künftige Eigennutzung' },
	{ key: 'grund_sonstig', label: 'sonstiger Grund' }
] as const satisfies readonly { key: keyof KreisAmtlich; label: string }[];

/** The most frequent reason with its share of the Kreis's vacant dwellings, e.g. „Verkauf (12 %)“. */
export function hauptgrund(k: KreisAmtlich): string {
	const top = [...GRUENDE].sort((a, b) => (k[b.key] ?? 0) - (k[a.key] ?? 0))[0];
	const n = k[top.key];
	return n ? `${top.label} (${fmtPct((100 * n) / k.leer, 0)})` : '–';
}
