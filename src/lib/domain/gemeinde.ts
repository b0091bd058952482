import { compareDe } from '$lib/format';

export interface Gemeinde {
	ags: string;
	ars: string;
	name: string;
	name_official: string;
	kreis_ags: string;
	kreis_name: string;
	gemeindeverband_name: string;
	gemeindeverband_typ: string;
	gemeinde_typ: string;
	is_stadt: boolean;
	area_km2: number;
	population: number;
	density_per_km2: number;
	plz: string;
	planungsregion: string;
	zentraler_ort: string | null;
	zentraler_ort_verbund: string | null;
	size_class: string;
	size_group: string;
	lon: number;
	lat: number;
}

/**
 * Towns for a picker: German order, and the Kreis beside every name that occurs more than once
 * (Eichenberg, Elxleben, Lehesten).
 */
export function townOptions<T extends { ags: string; name: string; kreis_name: string }>(
	rows: readonly T[]
): (T & { label: string })[] {
	const count = new Map<string, number>();
	for (const r of rows) count.set(r.name, (count.get(r.name) ?? 0) + 1);
	return rows
		.map((r) => ({ ...r, label: count.get(r.name)! > 1 ? `${r.name} (${r.kreis_name})` : r.name }))
		.sort((a, b) => compareDe(a.label, b.label) || a.ags.localeCompare(b.ags));
}
