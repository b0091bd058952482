import { fmtNum, fmtPct } from '$lib/format';
import { filterWords, isFiltered } from './filters';
import type { LeerstandPool } from './queries';
import type { LeerstandData } from './source';

/** The difference as the reader sees it: of the two rates rounded as shown (one decimal). */
function compared(q: number, land: number): string {
	const shown = (n: number) => Math.round(n * 10);
	const d = (shown(q) - shown(land)) / 10;
	const ref = `in ganz Thüringen (${fmtPct(land)})`;
	if (d === 0) return `so hoch wie ${ref}`;
	return `${fmtNum(Math.abs(d), 1)} Prozentpunkte ${d > 0 ? 'mehr' : 'weniger'} als ${ref}`;
}

const extremes = (pools: LeerstandPool[]) => {
	const rated = pools.filter((p) => p.quote !== null).sort((a, b) => b.quote! - a.quote!);
	return rated.length > 1 ? { top: rated[0], bottom: rated.at(-1)! } : undefined;
};

/**
 * The takeaway of the /leerstand view in one sentence, from the figures the view shows and the filter
 * they were computed for: the selection against the state, or (without a filter) the state with its
 * highest and lowest Kreis. Empty when there is no rate to state.
 */
export function leerstandHeadline(data: LeerstandData): string {
	const land = data.land.quote;
	if (land === null) return '';
	const est = data.datenstatus !== 'amtlich';
	if (isFiltered(data.filter)) {
		const q = data.selection?.quote;
		if (q === null || q === undefined) return '';
		const was = filterWords(data.filter, data.kreisName).title.join(', ');
		return `${was}: ${fmtPct(q)} der Wohnungen stehen leer${est ? ' (Schätzung)' : ''} – ${compared(q, land)}.`;
	}
	const k = extremes(data.byKreis);
	const span = k
		? ` Am höchsten${est ? ' geschätzt' : ''}: ${k.top.label} (${fmtPct(k.top.quote)}), am niedrigsten: ${k.bottom.label} (${fmtPct(k.bottom.quote)}).`
		: '';
	return `In Thüringen stehen ${fmtPct(land)} der Wohnungen leer${est ? ' (Schätzung aus dem Zensus-Gitter)' : ''}.${span}`;
}

/** A town profile's takeaway: its rate against the state's; empty where the rate is missing or unreliable. */
export function gemeindeHeadline(
	name: string,
	g: { quote: number | null; reliability: string | null; datenstatus: string },
	land: number | null
): string {
	if (g.quote === null || land === null || g.reliability === 'unreliable') return '';
	const est = g.datenstatus !== 'amtlich';
	return `In ${name} stehen ${fmtPct(g.quote)} der Wohnungen leer${est ? ' (Schätzung)' : ''} – ${compared(g.quote, land)}.`;
}
