import { compareDe } from '$lib/format';
import type { LeerstandGemeinde } from '$lib/leerstand/queries';
import { SIZE_CLASSES } from '$lib/domain/size-class';
import { sizeClassByKey } from '$lib/domain/size-class';
import type { CsvColumn } from '$lib/export/csv';
import { exportFileName, exportTitle } from '$lib/export/context';
import type { SortKey } from '$lib/leerstand/filters';
import {
	filterWords,
	RELIABILITY_SHORT,
	showsValue,
	statusLabel,
	type LeerstandView
} from '$lib/leerstand/filters';
import { leerstandQuelleText } from '$lib/leerstand/quelle';
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
		if (x === null || y === null) return x === y ? compareDe(a.name, b.name) : x === null ? 1 : -1;
		const c = typeof x === 'string' ? compareDe(x, y as string) : x - (y as number);
		return c === 0 ? compareDe(a.name, b.name) : dir * c;
	});
}

/** A CSV line: a Gemeinde, or a pooled comparison row (Thüringen, the filtered selection). */
type CsvRow = Omit<TableRow, 'population' | 'size_class' | 'reliability' | 'anteil'> & {
	population: number | null;
	size_class: string;
	reliability: string | null;
	anteil: number | null;
};

/**
 * The Gemeinden table as a CSV for German Excel: title with the filter and the Stand above the
 * header, then Thüringen (and the filtered selection) pooled for comparison, then the Gemeinden.
 */
export function leerstandCsv(data: LeerstandData, view: LeerstandView, kreisName: string) {
	const words = filterWords(view.filter, kreisName);
	const gitter = data.datenstatus !== 'amtlich';
	const pooled = (name: string, p: LeerstandData['land'], anteil: number | null): CsvRow =>
		({
			ags: '',
			name,
			kreis_name: '',
			size_class: '',
			population: null,
			wohnungen: p.wohnungen,
			leer: p.leer,
			quote: p.quote,
			reliability: null,
			anteil,
			datenstatus: p.datenstatus,
			shown: true
		}) as unknown as CsvRow;
	const total = data.land.leer;
	const rows: CsvRow[] = [
		pooled('Thüringen (gepoolt, zum Vergleich)', data.land, 100),
		...(words.title.length && data.selection
			? [
					pooled(
						`Auswahl: ${words.title.join(', ')} (gepoolt)`,
						data.selection,
						total > 0 ? (100 * data.selection.leer) / total : null
					)
				]
			: []),
		...sortRows(tableRows(data, view.alle), view.sort, view.desc)
	];
	const columns: CsvColumn<CsvRow>[] = [
		{ key: 'ags', label: 'AGS' },
		{ key: 'name', label: 'Gemeinde' },
		{ key: 'kreis_name', label: 'Kreis' },
		{ key: (r) => sizeClassByKey(r.size_class)?.label ?? r.size_class, label: 'Größenklasse' },
		{ key: 'population', label: 'Einwohner 31.12.2024' },
		{
			key: (r) => (r.shown ? r.wohnungen : null),
			label: gitter ? 'Wohnungen im Gitter (keine amtliche Zahl)' : 'Wohnungen'
		},
		{
			key: (r) => (r.shown ? r.leer : null),
			label: gitter ? 'davon leer (Gitter)' : 'leer stehend'
		},
		{ key: (r) => (r.shown ? r.quote : null), label: 'Leerstandsquote %', digits: 2 },
		{
			key: (r) => (r.reliability ? RELIABILITY_SHORT[r.reliability] : ''),
			label: 'Zuverlässigkeit'
		},
		{
			key: (r) => (r.shown ? r.anteil : null),
			label: 'Anteil am Leerstand Thüringens %',
			digits: 3
		},
		{ key: (r) => statusLabel(r.datenstatus), label: 'datenstatus' },
		{ key: (r) => (r.is_split ? 'enthält Teile aufgeteilter Gemeinden' : ''), label: 'Hinweis' }
	];
	return {
		filename: exportFileName('leerstand', words.file, 'csv'),
		preamble: [
			exportTitle('Leerstandsquote je Gemeinde', words.title),
			leerstandQuelleText(data.datenstatus, ['gemeinden'])
		],
		rows,
		columns
	};
}
