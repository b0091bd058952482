import type { SizeClassCount } from '$lib/domain/queries';
import { SIZE_CLASSES, type SizeGroupKey } from '$lib/domain/size-class';
import { fmtInt, fmtPct, plural } from '$lib/format';

type Figures = Pick<SizeClassCount, 'size_class' | 'gemeinden' | 'einwohner'>;

/** The Übersicht's takeaway: how small most Gemeinden are, and where the people live. */
export function uebersichtHeadline(classes: Figures[]): string {
	const sum = (rows: Figures[]) => ({
		gemeinden: rows.reduce((s, r) => s + r.gemeinden, 0),
		einwohner: rows.reduce((s, r) => s + r.einwohner, 0)
	});
	const of = (groups: SizeGroupKey[]) => {
		const sizes = SIZE_CLASSES.filter((c) => groups.includes(c.group));
		const keys = new Set<string>(sizes.map((c) => c.key));
		return { ...sum(classes.filter((r) => keys.has(r.size_class))), sizes };
	};
	const all = sum(classes);
	const land = of(['landgemeinde']);
	const staedte = of(['mittelstadt', 'grossstadt']);
	const share = (n: number) => fmtPct((n / all.einwohner) * 100);
	const below = fmtInt(Math.max(...land.sizes.map((c) => c.max)));
	const from = fmtInt(Math.min(...staedte.sizes.map((c) => c.min)));
	return (
		`${fmtInt(land.gemeinden)} der ${plural(all.gemeinden, 'Gemeinde', 'Gemeinden')} Thüringens haben ` +
		`weniger als ${below} Einwohner – dort leben ${share(land.einwohner)} der Menschen; ` +
		`${share(staedte.einwohner)} leben in den ${plural(staedte.gemeinden, 'Stadt', 'Städten')} ` +
		`ab ${from} Einwohnern.`
	);
}
