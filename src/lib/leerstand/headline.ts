import { fmtNum, fmtPct } from '$lib/format';
import { filterWords, isFiltered } from './filters';
import type { LeerstandFilter, LeerstandPool } from './queries';
import type { LeerstandData } from './source';

/** below this difference (percentage points) two rates read as „so hoch wie“ */
const SAME_PP = 0.05;

function compared(q: number, land: number): string {
	const d = q - land;
	if (Math.abs(d) < SAME_PP) return `so viel wie in ganz Thüringen (${fmtPct(land)})`;
	return `${fmtNum(Math.abs(d), 1)} Prozentpunkte ${d > 0 ? 'mehr' : 'weniger'} als in ganz Thüringen (${fmtPct(land)})`;
}

const extremes = (pools: LeerstandPool[]) => {
	const rated = pools.filter((p) => p.quote !== null).sort((a, b) => b.quote! - a.quote!);
	return rated.length > 1 ? { top: rated[0], bottom: rated.at(-1)! } : undefined;
};

/**
 * The takeaway of the /leerstand view in one sentence, computed from the figures the view shows:
 * the selection against the state, or (without a filter) the state with its highest and lowest Kreis.
 * Empty when there is no rate to state.
 */
export function leerstandHeadline(
	data: LeerstandData,
	f: LeerstandFilter,
	kreisName: string
): string {
	const land = data.land.quote;
	if (land === null) return '';
	const how = data.datenstatus === 'amtlich' ? '' : ' (Schätzung)';
	if (isFiltered(f)) {
		const q = data.selection?.quote;
		if (q === null || q === undefined) return '';
		const was = filterWords(f, kreisName).title.join(', ');
		return `${was}: ${fmtPct(q)} der Wohnungen stehen leer${how} – ${compared(q, land)}.`;
	}
	const k = extremes(data.byKreis);
	const span = k
		? ` Am höchsten: ${k.top.label} (${fmtPct(k.top.quote)}), am niedrigsten: ${k.bottom.label} (${fmtPct(k.bottom.quote)}).`
		: '';
	return `In Thüringen stehen ${fmtPct(land)} der Wohnungen leer${how}.${span}`;
}
