export type SizeClassKey =
	'landgemeinde' | 'klein_5_10' | 'klein_10_20' | 'mittel_20_50' | 'mittel_50_100' | 'gross';

export type SizeGroupKey = 'landgemeinde' | 'kleinstadt' | 'mittelstadt' | 'grossstadt';

export interface SizeClass {
	key: SizeClassKey;
	group: SizeGroupKey;
	min: number;
	/** exclusive upper bound */
	max: number;
	label: string;
	short: string;
}

export const SIZE_GROUPS: { key: SizeGroupKey; label: string; short: string }[] = [
	{ key: 'landgemeinde', label: 'Landgemeinde (< 5.000 EW)', short: 'Landgemeinde' },
	{ key: 'kleinstadt', label: 'Kleinstadt (5.000 bis < 20.000 EW)', short: 'Kleinstadt' },
	{ key: 'mittelstadt', label: 'Mittelstadt (20.000 bis < 100.000 EW)', short: 'Mittelstadt' },
	{ key: 'grossstadt', label: 'Großstadt (≥ 100.000 EW)', short: 'Großstadt' }
];

export const SIZE_CLASSES: SizeClass[] = [
	{
		key: 'landgemeinde',
		group: 'landgemeinde',
		min: 0,
		max: 5000,
		label: 'Landgemeinde (< 5.000 EW)',
		short: 'Landgemeinde'
	},
	{
		key: 'klein_5_10',
		group: 'kleinstadt',
		min: 5000,
		max: 10000,
		label: 'Kleinstadt 5–10 Tsd. (5.000 bis < 10.000 EW)',
		short: 'Kleinstadt 5–10 Tsd.'
	},
	{
		key: 'klein_10_20',
		group: 'kleinstadt',
		min: 10000,
		max: 20000,
		label: 'Kleinstadt 10–20 Tsd. (10.000 bis < 20.000 EW)',
		short: 'Kleinstadt 10–20 Tsd.'
	},
	{
		key: 'mittel_20_50',
		group: 'mittelstadt',
		min: 20000,
		max: 50000,
		label: 'Mittelstadt 20–50 Tsd. (20.000 bis < 50.000 EW)',
		short: 'Mittelstadt 20–50 Tsd.'
	},
	{
		key: 'mittel_50_100',
		group: 'mittelstadt',
		min: 50000,
		max: 100000,
		label: 'Mittelstadt 50–100 Tsd. (50.000 bis < 100.000 EW)',
		short: 'Mittelstadt 50–100 Tsd.'
	},
	{
		key: 'gross',
		group: 'grossstadt',
		min: 100000,
		max: Infinity,
		label: 'Großstadt (≥ 100.000 EW)',
		short: 'Großstadt'
	}
];

export function sizeClassOf(population: number): SizeClass {
	if (!Number.isFinite(population) || population < 0) {
		throw new RangeError(`Ungültige Einwohnerzahl: ${population}`);
	}
	const found = SIZE_CLASSES.find((c) => population >= c.min && population < c.max);
	if (!found) throw new RangeError(`Keine Größenklasse für ${population}`);
	return found;
}

export function sizeClassByKey(key: string): SizeClass | undefined {
	return SIZE_CLASSES.find((c) => c.key === key);
}

export function sizeGroupByKey(key: string) {
	return SIZE_GROUPS.find((g) => g.key === key);
}
