import type { LeerstandGemeinde } from '$lib/leerstand/queries';
import { SIZE_CLASSES } from '$lib/domain/size-class';
import type { SortKey } from '$lib/leerstand/filters';
import { showsValue } from '$lib/leerstand/filters';
import type { LeerstandData } from '$lib/leerstand/source';

export interface TableRow extends LeerstandGemeinde {
	/** share of the state's vacant dwellings, % */
	anteil: number | null;
	/** the value may be shown (reliable, or the switch is on) */
	shown: boolean;
}

export function tableRows(data: LeerstandData, alle: boolean): TableRow[] {
	const total = data.land.leer;
	return data.gemeinden.map((g) => ({
		...g,
		anteil: g.leer !== null && total > 0 ? (100 * g.leer) / total : null,
		shown: g.quote !== null && showsValue(g.reliability, alle)
	}));
}

const REL = ['official', 'indicative', 'rough', 'unreliable'];
const CLS = SIZE_CLASSES.map((c) => c.key as string);

export function sortRows(rows: TableRow[], key: SortKey, desc: boolean): TableRow[] {
	const val = (r: TableRow): number | string | null => {
		switch (key) {
			case 'name':
				return r.name;
			case 'size_class':
				return CLS.indexOf(r.size_class);
			case 'population':
				return r.population;
			case 'reliability':
				return r.reliability ? REL.indexOf(r.reliability) : null;
			case 'quote':
				return r.shown ? r.quote : null;
			case 'anteil':
				return r.shown ? r.anteil : null;
		}
	};
	const dir = desc ? -1 : 1;
	return [...rows].sort((a, b) => {
		const x = val(a);
		const y = val(b);
		// hidden / missing values always at the end
		if (x === null || y === null)
			return x === y ? a.name.localeCompare(b.name, 'de') : x === null ? 1 : -1;
		const c = typeof x === 'string' ? x.localeCompare(y as string, 'de') : x - (y as number);
		return c === 0 ? a.name.localeCompare(b.name, 'de') : dir * c;
	});
}
