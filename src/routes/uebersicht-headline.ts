import { SIZE_CLASSES, type SizeClassKey } from '$lib/domain/size-class';
import { fmtInt, fmtPct, plural } from '$lib/format';

export interface SizeClassFigures {
	size_class: string;
	gemeinden: number;
	einwohner: number;
}

/** The Übersicht's takeaway: how small most Gemeinden are, and where the people live. */
export function uebersichtHeadline(classes: SizeClassFigures[]): string {
	const inGroup = (groups: string[]) => {
		const keys = new Set<SizeClassKey>(
			SIZE_CLASSES.filter((c) => groups.includes(c.group)).map((c) => c.key)
		);
		const rows = classes.filter((r) => keys.has(r.size_class as SizeClassKey));
		return {
			gemeinden: rows.reduce((s, r) => s + r.gemeinden, 0),
			einwohner: rows.reduce((s, r) => s + r.einwohner, 0)
		};
	};
	const all = inGroup(['landgemeinde', 'kleinstadt', 'mittelstadt', 'grossstadt']);
	const land = inGroup(['landgemeinde']);
	const staedte = inGroup(['mittelstadt', 'grossstadt']);
	const share = (n: number) => fmtPct((n / all.einwohner) * 100);
	return (
		`${fmtInt(land.gemeinden)} der ${plural(all.gemeinden, 'Gemeinde', 'Gemeinden')} Thüringens haben ` +
		`weniger als 5.000 Einwohner – dort leben ${share(land.einwohner)} der Menschen; ` +
		`${share(staedte.einwohner)} leben in den ${plural(staedte.gemeinden, 'Stadt', 'Städten')} ` +
		`ab 20.000 Einwohnern.`
	);
}
