import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { getDb } from '$lib/db';
import type { StandortGemeinde } from '$lib/geo/queries';
import { registry } from '$lib/db/registry';
import { countBy, inKlasse, populationShare, whiteSpots } from '$lib/geo/standort';
import { loadGeo } from '$lib/map/data';
import type { KlimaPlan } from '../plan.svelte';
import { analyseSite, kandidatSites, pilotSites, stationSites } from './analysis';
import { DEFAULTS, KLASSEN, type StandortParams } from './params';

type Areas = FeatureCollection<Polygon | MultiPolygon, { ags?: string } | null>;

/** Location analysis on /klima: parameters, Gemeinde data, white spots and per-site figures. */
export class Standortanalyse {
	// set by the constructor; the $derived fields below only read it lazily
	#plan: () => KlimaPlan = () => {
		throw new Error('Standortanalyse ohne Planung');
	};
	params = $state<StandortParams>({ ...DEFAULTS });
	places = $state.raw<StandortGemeinde[]>([]);
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
	inClass = $derived(this.places.filter((g) => inKlasse(g, this.params.klasse)));
	baseline = $derived(whiteSpots(this.places, this.existing, this.params.klasse, this.params.km));
	spots = $derived(
		whiteSpots(
			this.places,
			[...this.existing, ...this.kandidaten],
			this.params.klasse,
			this.params.km
		)
	);
	share = $derived(populationShare(this.spots, this.places));
	perRegion = $derived(countBy(this.spots, (g) => g.planungsregion));
	perKreis = $derived(
		countBy(
			this.spots,
			(g) => g.kreis_ags,
			(g) => g.kreis_name
		)
	);
	rows = $derived.by(() => {
		const areas = this.areas;
		if (!areas || !this.places.length) return [];
		const ctx = {
			places: this.places,
			areas,
			pilots: this.pilots,
			stationen: this.stationen,
			baseline: this.baseline,
			radius: this.params.km
		};
		return [...this.kandidaten, ...this.pilots].map((s) => analyseSite(s, ctx));
	});

	constructor(plan: () => KlimaPlan) {
		this.#plan = plan;
	}

	async load() {
		if (this.loaded) return;
		try {
			const [db, geo] = await Promise.all([getDb(), loadGeo()]);
			this.places = await db.rows(registry.standortGemeinden);
			this.areas = geo.gemeinden as unknown as Areas;
			this.loaded = true;
		} catch (e) {
			console.warn(e);
			this.error = e;
		}
	}
}
