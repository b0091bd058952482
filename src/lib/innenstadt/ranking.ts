import type { LeerstandFilter } from '$lib/leerstand/queries';
import { sizeClassByKey, sizeGroupByKey } from '$lib/domain/size-class';
import { exportStem } from '$lib/export/context';
import { fmtInt, fmtPct, plural } from '$lib/format';
import { filterWords, ZO_OPTIONS } from '$lib/leerstand/filters';
import type { OrtskernRow } from './queries';
import { fmtRadius } from './source';

export const BADGE = 'Schätzung aus dem 100-m-Gitter';
export const TOO_FEW = 'zu wenige Wohnungen im Gitter';

/** The filter in words, for titles: „Kleinstadt (5.000 bis < 20.000 EW), Saale-Orla-Kreis“. */
export function filterLabel(f: LeerstandFilter, kreisName = ''): string {
	const parts = [
		f.klasse ? (sizeGroupByKey(f.klasse)?.label ?? sizeClassByKey(f.klasse)?.label ?? '') : '',
		f.stadt === 'ja' ? 'mit Stadtrecht' : f.stadt === 'nein' ? 'ohne Stadtrecht' : '',
		f.kreis ? kreisName || f.kreis : '',
		f.region,
		f.zo ? (ZO_OPTIONS.find((o) => o.value === f.zo)?.label ?? f.zo) : ''
	].filter(Boolean);
	return parts.length ? parts.join(', ') : 'alle Gemeinden';
}

/** Title of the ranking, its chart and its exports. */
export const rankingTitle = (f: LeerstandFilter, r: number, kreisName = '') =>
	`Kern leerer als Rand – ${filterLabel(f, kreisName)}, Radius ${fmtRadius(r)}`;

/** File name stem by the export rules: ortskern_kleinstadt_saale-orla-kreis_r500_2026-12-07 */
export const fileStem = (f: LeerstandFilter, r: number, kreisName = '') =>
	exportStem('ortskern', [...filterWords(f, kreisName).file, `r${r}`]);

/**
 * The takeaway of the ranking in one sentence, from the ranked rows (sorted by the difference):
 * in how many towns the core is emptier than the rest, and the clearest case.
 */
export function ortskernHeadline(ranked: OrtskernRow[], r: number): string {
	if (!ranked.length) return '';
	const leerer = ranked.filter(kernLeerer).length;
	const first = ranked[0];
	const head = `In ${fmtInt(leerer)} von ${plural(ranked.length, 'Gemeinde', 'Gemeinden')} ist der Ortskern (${fmtRadius(r)} um die Ortsmitte) leerer als der Rest der Gemeinde`;
	return leerer
		? `${head}; am deutlichsten in ${first.name}: ${fmtPct(first.kern_quote)} im Kern gegenüber ${fmtPct(first.rest_quote)} im Rest (Schätzung).`
		: `${head} (Schätzung).`;
}

/** The core is emptier than the rest: by more than the 0,0 pp the table would show. */
export const kernLeerer = (g: OrtskernRow) => (g.differenz_pp ?? 0) >= 0.05;
