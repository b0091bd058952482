import type { LeerstandFilter } from '$lib/leerstand/queries';
import { sizeClassByKey, sizeGroupByKey } from '$lib/domain/size-class';
import { ZO_OPTIONS } from '$lib/leerstand/filters';
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

/** File name stem with the filter and radius: ortskern-kleinstadt-saale-orla-kreis-r500 */
export function fileStem(f: LeerstandFilter, r: number, kreisName = ''): string {
	const words = isAll(f) ? 'alle' : filterLabel(f, kreisName);
	const slug = words
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.replace(/\(.*?\)/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `ortskern-${slug}-r${r}`;
}

const isAll = (f: LeerstandFilter) => Object.values(f).every((v) => v === '');
