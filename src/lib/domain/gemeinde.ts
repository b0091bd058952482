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
