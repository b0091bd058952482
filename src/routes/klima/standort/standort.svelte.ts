import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { getDb } from '$lib/db';
import type { StandortGemeinde } from '$lib/geo/queries';
import { registry } from '$lib/db/registry';
import { inKlasse, populationShare, whiteSpots } from '$lib/geo/standort';
import { PopulationGrid } from '$lib/geo/standort-grid';
import { loadGeo } from '$lib/map/data';
import type { KlimaPlan } from '../plan.svelte';
import { analyseSite, kandidatSites, pilotSites, stationSites } from './analysis';
import { DEFAULTS, KLASSEN, type StandortParams } from './params';
import { peopleBy } from './people';

type Areas = FeatureCollection<Polygon | MultiPolygon, { ags?: string } | null>;

/** Location analysis on /klima: parameters, Gemeinde and grid data, white spots and per-site figures. */
export class Standortanalyse {
	// set by the constructor; the $derived fields below only read it lazily
	#plan: () => KlimaPlan = () => {
		throw new Error('Standortanalyse ohne Planung');
	};
	#params: () => StandortParams = () => DEFAULTS;
	/** the parameters as in the URL */
	params = $derived(this.#params());
	places = $state.raw<StandortGemeinde[]>([]);
	grid = $state.raw<PopulationGrid>();
	areas = $state.raw<Areas>();
	error = $state.raw<unknown>();
	loaded = $state(false);

	pilots = $derived(pilotSites(this.#plan().pilots));
	pilotCount = $derived(this.#plan().pilots.length);
	stationen = $derived(stationSites(this.#plan().stationen));
	kandidaten = $derived(kandidatSites(this.#plan().kandidaten));
	stationFlag = $derived(this.#plan().stationFlag);
	klasseLabel = $derived(KLASSEN.find((k) => k.key === this.params.klasse)?.label ?? '');
	existing = $derived([...this.pilots, ...(this.params.stationen ? this.stationen : [])]);
	sites = $derived([...this.existing, ...this.kandidaten]);
	inClass = $derived(this.places.filter((g) => inKlasse(g, this.params.klasse)));
	baseline = $derived(whiteSpots(this.places, this.existing, this.params.klasse, this.params.km));
	spots = $derived(whiteSpots(this.places, this.sites, this.params.klasse, this.params.km));
	share = $derived(populationShare(this.spots, this.places));
	/** white spots by people: grid cells farther than X km from every site */
	coverage = $derived(
		this.grid?.coverage(
			this.sites.map((s) => [s.lon, s.lat]),
			this.params.km
		)
	);
	people = $derived(this.coverage ? peopleBy(this.coverage, this.places) : undefined);
	rows = $derived.by(() => {
		const { areas, grid } = this;
		if (!areas || !grid || !this.places.length) return [];
		const ctx = {
			places: this.places,
			grid,
			areas,
			pilots: this.pilots,
			stationen: this.stationen,
			baseline: this.baseline,
			radius: this.params.km
		};
		return [...this.kandidaten, ...this.pilots].map((s) => analyseSite(s, ctx));
	});

	constructor(plan: () => KlimaPlan, params: () => StandortParams) {
		this.#plan = plan;
		this.#params = params;
	}

	async load() {
		if (this.loaded) return;
		try {
			const [db, geo] = await Promise.all([getDb(), loadGeo()]);
			const [places, cells] = await Promise.all([
				db.rows(registry.standortGemeinden),
				db.rows(registry.standortZellen)
			]);
			this.places = places;
			this.grid = new PopulationGrid(cells);
			this.areas = geo.gemeinden as unknown as Areas;
			this.loaded = true;
		} catch (e) {
			console.warn(e);
			this.error = e;
		}
	}
}
