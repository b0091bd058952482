import { todayIso } from '$lib/format';

/** A file-name part: lower case, umlauts written out, ß → ss, other characters → '_'. */
export function slug(text: string): string {
	return text
		.toLowerCase()
		.replaceAll('ä', 'ae')
		.replaceAll('ö', 'oe')
		.replaceAll('ü', 'ue')
		.replaceAll('ß', 'ss')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
}

/**
 * The name of an exported file: what, the filter, today's date –
 * `exportFileName('leerstand', ['Kleinstadt', 'Kyffhäuserkreis'], 'csv')` →
 * `leerstand_kleinstadt_kyffhaeuserkreis_2026-12-03.csv`.
 */
export function exportFileName(
	what: string,
	filter: readonly string[],
	ext: string,
	date = todayIso()
): string {
	return `${exportStem(what, filter, date)}.${ext}`;
}

/** The same without the extension (for components that offer several formats). */
export function exportStem(what: string, filter: readonly string[], date = todayIso()): string {
	return [...[what, ...filter].map(slug).filter(Boolean), date].join('_');
}

/** A title with the filter after a dash: "Leerstandsquote nach Größenklasse – Kyffhäuserkreis, Kleinstädte". */
export function exportTitle(title: string, filter: readonly string[]): string {
	return filter.length ? `${title} – ${filter.join(', ')}` : title;
}
