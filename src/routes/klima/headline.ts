import { fmtDate, fmtNum, plural } from '$lib/format';
import type { Station } from './model';
import { seasonRange, type TimelineState } from './timeline';

/**
 * The Klima view's takeaway: the Wanderbaumallee's season (stations, towns, distance, dates) and
 * where the trees are on the date shown. null without stations.
 */
export function klimaHeadline(
	stationen: Station[],
	tl: TimelineState,
	date: string,
	km: number
): string | null {
	const range = seasonRange(stationen);
	if (!range) return null;
	const towns = new Set(stationen.map((s) => s.ags ?? s.id)).size;
	const season =
		`Die Wanderbaumallee zieht vom ${fmtDate(range[0])} bis ${fmtDate(range[1])} über ` +
		`${plural(stationen.length, 'Station', 'Stationen')} in ${plural(towns, 'Ort', 'Orten')} ` +
		`(${fmtNum(km, 1)} km Luftlinie)`;
	const on = `am ${fmtDate(date)}`;
	const where =
		tl.phase === 'an'
			? `${on} stehen die Bäume in ${tl.current!.name}, bis ${fmtDate(tl.current!.bis)}`
			: tl.phase === 'zwischen'
				? `${on} sind die Bäume unterwegs nach ${tl.next!.name} (dort ab ${fmtDate(tl.next!.von)})`
				: tl.phase === 'vor'
					? `${on} hat die Saison noch nicht begonnen`
					: `${on} ist die Saison vorbei`;
	return `${season}; ${where}.`;
}
