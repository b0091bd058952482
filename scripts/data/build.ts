/**
 * npm run data [-- --raw DIR --out DIR]
 * Reads ../shared/data/raw (+ scripts/data/alliance.ts) and writes the app's datasets to data/.
 * All outputs are built and validated in memory first; data/ changes only if everything succeeded.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SIZE_CLASSES, sizeClassOf } from '../../src/lib/domain/size-class.ts';
import { agsFromArs } from '../../src/lib/domain/keys.ts';
import type { DatasetMeta, Manifest, Flag } from '../../src/lib/data/manifest-types.ts';
import { toArrowIpc, type ColumnSpec } from './lib/arrow.ts';
import { DataError, num, readCsv, readJson, str } from './lib/csv.ts';
import { eventColumns, events, kpiColumns, kpiTargets, pilotColumns, pilots } from './alliance.ts';
import { columnsToRows, generateKataster, katasterColumnSpecs } from './kataster.ts';
import { addAllianceGoals } from './alliance-goals.ts';
import { stationColumns, stationen } from './stationen.ts';
import { massnahmen, massnahmenColumns } from './massnahmen.ts';
import { addInnenstadt } from './innenstadt.ts';
import { bevoelkerung1km } from './bevoelkerung.ts';
import { ortsmitte } from './ortsmitte.ts';

process.on('uncaughtException', (e) => {
	console.error(`npm run data: ${e instanceof DataError ? e.message : (e as Error).stack}`);
	console.error('data/ wurde nicht verändert.');
	process.exit(1);
});

const { values: args } = parseArgs({
	options: { raw: { type: 'string' }, out: { type: 'string' } }
});
const root = resolve(import.meta.dirname, '../..');
const RAW = resolve(args.raw ?? join(root, '../shared/data/raw'));
const OUT = resolve(args.out ?? join(root, 'data'));
const raw = (f: string) => join(RAW, f);

const ATTR = {
	destatis:
		'© Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV100AD 30.11.2025, im Auftrag der Herausgebergemeinschaft Statistische Ämter des Bundes und der Länder',
	bkg: '© GeoBasis-DE / BKG (2022, 2025), VG250, generalisiert und abgeleitet',
	zensus: '© Statistische Ämter des Bundes und der Länder, Zensus 2022',
	lep: 'Landesentwicklungsprogramm Thüringen 2025, Teilfortschreibung 09.07.2024 (zusammengestellt)',
	seed: 'Präsentation des Aktionsbündnisses vom 23.02.2023 und öffentliche Seiten (LEG, IHK)'
};
const DL = 'Datenlizenz Deutschland – Namensnennung – 2.0 (dl-de/by-2-0)';

type Output = {
	file: string;
	bytes: Uint8Array | string;
	meta?: Omit<DatasetMeta, 'file' | 'sha256' | 'bytes'>;
};
const outputs: Output[] = [];

function arrowDataset(
	name: string,
	columns: ColumnSpec[],
	rows: Record<string, unknown>[],
	meta: {
		title: string;
		source: string;
		licence: string;
		reference_date: string;
		flag: Flag;
		derived?: string;
	}
) {
	outputs.push({
		file: `${name}.arrow`,
		bytes: toArrowIpc(columns, rows),
		meta: {
			name,
			format: 'arrow',
			rows: rows.length,
			columns: columns.map(({ name, type, description }) => ({ name, type, description })),
			...meta
		}
	});
}

// --- Gemeinden -------------------------------------------------------------
const F_GEM = raw('th_gemeinden_gv100_2025-11-30.csv');
const gemRaw = readCsv(F_GEM, {
	rows: 605,
	columns: [
		'ags',
		'ars',
		'name',
		'name_official',
		'kreis_ags',
		'kreis_name',
		'gemeindeverband_ars',
		'gemeindeverband_name',
		'gemeindeverband_typ',
		'gemeinde_typ',
		'is_stadt',
		'area_km2',
		'population',
		'density_per_km2',
		'plz'
	]
});
const F_KR = raw('th_kreise_gv100_2025-11-30.csv');
const krRaw = readCsv(F_KR, {
	rows: 22,
	columns: [
		'kreis_ags',
		'name',
		'name_official',
		'kreis_typ',
		'verwaltungssitz',
		'n_gemeinden',
		'n_staedte',
		'area_km2',
		'population',
		'density_per_km2'
	]
});
const F_PR = raw('th_planungsregionen.csv');
const prRaw = readCsv(F_PR, { rows: 22, columns: ['kreis_ags', 'planungsregion'] });
const F_ZO = raw('th_zentrale_orte_lep2025.csv');
const zoRaw = readCsv(F_ZO, { columns: ['ags', 'status_teilfortschreibung_2024', 'verbund_note'] });
const F_LP = raw('th_gemeinden_2025_labelpoints.csv');
const lpRaw = readCsv(F_LP, { rows: 605, columns: ['ags', 'lon', 'lat'] });

const region = new Map(
	prRaw.map((r, i) => [str(F_PR, prRaw, i, 'kreis_ags', /^16\d{3}$/), r.planungsregion])
);
const kreisName = new Map(krRaw.map((r) => [r.kreis_ags, r.name]));
const zo = new Map(zoRaw.map((r, i) => [str(F_ZO, zoRaw, i, 'ags', /^\d{8}$/), r]));
const lp = new Map(
	lpRaw.map((r, i) => [
		str(F_LP, lpRaw, i, 'ags', /^\d{8}$/),
		{ lon: num(F_LP, lpRaw, i, 'lon'), lat: num(F_LP, lpRaw, i, 'lat') }
	])
);

const gemeinden = gemRaw.map((r, i) => {
	const ags = str(F_GEM, gemRaw, i, 'ags', /^16\d{6}$/);
	const ars = str(F_GEM, gemRaw, i, 'ars', /^16\d{10}$/);
	if (agsFromArs(ars) !== ags)
		throw new DataError(F_GEM, i + 2, `ARS ${ars} passt nicht zum AGS ${ags}`, 'ars');
	const population = num(F_GEM, gemRaw, i, 'population')!;
	const cls = sizeClassOf(population);
	const pr = region.get(r.kreis_ags);
	if (!pr)
		throw new DataError(F_GEM, i + 2, `Kreis ${r.kreis_ags} ohne Planungsregion`, 'kreis_ags');
	const point = lp.get(ags);
	if (!point) throw new DataError(F_LP, null, `kein Label-Punkt für AGS ${ags}`);
	const z = zo.get(ags);
	return {
		ags,
		ars,
		name: str(F_GEM, gemRaw, i, 'name'),
		name_official: r.name_official,
		kreis_ags: r.kreis_ags,
		kreis_name: kreisName.get(r.kreis_ags) ?? r.kreis_name,
		gemeindeverband_name: r.gemeindeverband_name,
		gemeindeverband_typ: r.gemeindeverband_typ,
		gemeinde_typ: r.gemeinde_typ,
		is_stadt: r.is_stadt === '1',
		area_km2: num(F_GEM, gemRaw, i, 'area_km2'),
		population,
		density_per_km2: num(F_GEM, gemRaw, i, 'density_per_km2'),
		plz: str(F_GEM, gemRaw, i, 'plz', /^\d{5}$/),
		planungsregion: pr,
		zentraler_ort: z?.status_teilfortschreibung_2024 || null,
		zentraler_ort_verbund: z?.verbund_note || null,
		size_class: cls.key,
		size_group: cls.group,
		lon: point.lon,
		lat: point.lat
	};
});
const total = gemeinden.reduce((s, g) => s + g.population, 0);
if (total !== 2100277) throw new DataError(F_GEM, null, `Einwohnersumme ${total} ≠ 2.100.277`);

arrowDataset(
	'gemeinden',
	[
		{ name: 'ags', type: 'text', description: 'Amtlicher Gemeindeschlüssel (8 Ziffern, Text)' },
		{ name: 'ars', type: 'text', description: 'Amtlicher Regionalschlüssel (12 Ziffern)' },
		{ name: 'name', type: 'text', description: 'Kurzname' },
		{ name: 'name_official', type: 'text', description: 'amtlicher Name (GV100)' },
		{ name: 'kreis_ags', type: 'text', description: 'Kreisschlüssel (5 Ziffern)' },
		{ name: 'kreis_name', type: 'text', description: 'Kreis' },
		{ name: 'gemeindeverband_name', type: 'text', description: 'Gemeindeverband' },
		{
			name: 'gemeindeverband_typ',
			type: 'text',
			description: 'verbandsfreie Gemeinde / Verwaltungsgemeinschaft / Erfüllende Gemeinde'
		},
		{
			name: 'gemeinde_typ',
			type: 'text',
			description: 'Kreisfreie Stadt / Stadt / Kreisangehörige Gemeinde'
		},
		{ name: 'is_stadt', type: 'bool', description: 'Stadtrecht' },
		{ name: 'area_km2', type: 'float', description: 'Fläche km² (31.12.2024)' },
		{ name: 'population', type: 'int', description: 'Einwohner 31.12.2024 (Basis Zensus 2022)' },
		{ name: 'density_per_km2', type: 'float', description: 'Einwohner je km²' },
		{ name: 'plz', type: 'text', description: 'Postleitzahl des Verwaltungssitzes (Text)' },
		{ name: 'planungsregion', type: 'text', description: 'Planungsregion' },
		{
			name: 'zentraler_ort',
			type: 'text',
			nullable: true,
			description:
				'Ober-/Mittelzentrum nach LEP-Teilfortschreibung 2024; leer = kein Ober-/Mittelzentrum (Grundzentren fehlen)'
		},
		{
			name: 'zentraler_ort_verbund',
			type: 'text',
			nullable: true,
			description: 'Verbund / funktionsteiliges Zentrum'
		},
		{
			name: 'size_class',
			type: 'text',
			description:
				'Größenklasse (landgemeinde, klein_5_10, klein_10_20, mittel_20_50, mittel_50_100, gross)'
		},
		{
			name: 'size_group',
			type: 'text',
			description: 'Größengruppe (landgemeinde, kleinstadt, mittelstadt, grossstadt)'
		},
		{ name: 'lon', type: 'float', description: 'Label-Punkt Länge (WGS84; kein Ortsmittelpunkt)' },
		{ name: 'lat', type: 'float', description: 'Label-Punkt Breite (WGS84)' }
	],
	gemeinden,
	{
		title: 'Gemeinden Thüringens',
		source: `${ATTR.destatis}; ${ATTR.lep}; Label-Punkte: ${ATTR.bkg}`,
		licence: DL,
		reference_date: '30.11.2025 (Gebietsstand); Einwohner und Fläche 31.12.2024',
		flag: 'real',
		derived:
			'Größenklasse aus Einwohnerzahl; Planungsregion über Kreis; zentraler Ort nach LEP 2024'
	}
);

const kreise = krRaw.map((r, i) => ({
	kreis_ags: str(F_KR, krRaw, i, 'kreis_ags', /^16\d{3}$/),
	name: r.name,
	name_official: r.name_official,
	kreis_typ: r.kreis_typ,
	verwaltungssitz: r.verwaltungssitz,
	n_gemeinden: num(F_KR, krRaw, i, 'n_gemeinden'),
	n_staedte: num(F_KR, krRaw, i, 'n_staedte'),
	area_km2: num(F_KR, krRaw, i, 'area_km2'),
	population: num(F_KR, krRaw, i, 'population'),
	density_per_km2: num(F_KR, krRaw, i, 'density_per_km2'),
	planungsregion: region.get(r.kreis_ags) ?? ''
}));
arrowDataset(
	'kreise',
	[
		{ name: 'kreis_ags', type: 'text', description: 'Kreisschlüssel' },
		{ name: 'name', type: 'text', description: 'Name' },
		{ name: 'name_official', type: 'text', description: 'amtlicher Name' },
		{ name: 'kreis_typ', type: 'text', description: 'Kreisfreie Stadt / Landkreis' },
		{ name: 'verwaltungssitz', type: 'text', description: 'Sitz der Verwaltung' },
		{ name: 'n_gemeinden', type: 'int', description: 'Anzahl Gemeinden' },
		{ name: 'n_staedte', type: 'int', description: 'Anzahl Städte' },
		{ name: 'area_km2', type: 'float', description: 'Fläche km²' },
		{ name: 'population', type: 'int', description: 'Einwohner 31.12.2024' },
		{ name: 'density_per_km2', type: 'float', description: 'Einwohner je km²' },
		{ name: 'planungsregion', type: 'text', description: 'Planungsregion' }
	],
	kreise,
	{
		title: 'Kreise Thüringens',
		source: `${ATTR.destatis}; Planungsregionen nach ThürLPlG/LRegVO (zusammengestellt)`,
		licence: DL,
		reference_date: '30.11.2025; Einwohner 31.12.2024',
		flag: 'real'
	}
);

// --- 2022 → 2025 mapping ---------------------------------------------------
const F_MAP = raw('th_gemeinden_2022_to_2025_mapping.csv');
const mapRaw = readCsv(F_MAP, {
	rows: 631,
	columns: [
		'ags_2022',
		'ars_2022',
		'name_2022',
		'kreis_ags_2022',
		'ags_2025',
		'name_2025',
		'change_type',
		'note'
	]
});
const gemAgs = new Set(gemeinden.map((g) => g.ags));
const mapping = mapRaw.map((r, i) => {
	const targets = str(F_MAP, mapRaw, i, 'ags_2025').split('|');
	for (const t of targets)
		if (!gemAgs.has(t)) throw new DataError(F_MAP, i + 2, `Nachfolger ${t} unbekannt`, 'ags_2025');
	return {
		ags_2022: str(F_MAP, mapRaw, i, 'ags_2022', /^16\d{6}$/),
		ars_2022: str(F_MAP, mapRaw, i, 'ars_2022', /^16\d{10}$/),
		name_2022: r.name_2022,
		ags_2025: r.ags_2025,
		name_2025: r.name_2025,
		change_type: str(
			F_MAP,
			mapRaw,
			i,
			'change_type',
			/^(unchanged|enlarged|merged_into|merged_new|split)$/
		),
		is_split: targets.length > 1,
		note: r.note || null
	};
});
arrowDataset(
	'gemeinden_2022_2025',
	[
		{ name: 'ags_2022', type: 'text', description: 'AGS Gebietsstand 31.12.2022 / Zensus 2022' },
		{
			name: 'ars_2022',
			type: 'text',
			description: 'ARS 2022 (= `_RS` der Zensus-Regionaltabellen)'
		},
		{ name: 'name_2022', type: 'text', description: 'Name 2022' },
		{
			name: 'ags_2025',
			type: 'text',
			description: 'Nachfolger-AGS; bei Aufteilung mehrere, mit | getrennt'
		},
		{ name: 'name_2025', type: 'text', description: 'Nachfolger-Name(n)' },
		{
			name: 'change_type',
			type: 'text',
			description: 'unchanged / enlarged / merged_into / merged_new / split'
		},
		{
			name: 'is_split',
			type: 'bool',
			description: 'auf mehrere Gemeinden aufgeteilt (nicht exakt umrechenbar)'
		},
		{ name: 'note', type: 'text', nullable: true, description: 'Anmerkung' }
	],
	mapping,
	{
		title: 'Gemeindeschlüssel 2022 → 2025',
		source: `${ATTR.destatis} (GV100AD 31.12.2022 und 30.11.2025), eigene Ableitung`,
		licence: DL,
		reference_date: '31.12.2022 → 30.11.2025',
		flag: 'real',
		derived: 'Flächenbilanz der GV100-Verzeichnisse'
	}
);

// --- Zensus vacancy --------------------------------------------------------
const F_LS = raw('th_zensus2022_leerstand_estimate_gemeinden_2025.csv');
const lsRaw = readCsv(F_LS, {
	rows: 606,
	columns: [
		'id',
		'ags',
		'grid_dwellings_captured',
		'grid_vacant_captured',
		'est_vacancy_rate_pct_100m',
		'est_vacancy_rate_pct_1km_weighted',
		'reliability'
	]
});
const leerstand = lsRaw
	.map((r, i) => ({ r, i }))
	.filter(({ r }) => r.ags !== '')
	.map(({ i }) => ({
		ags: str(F_LS, lsRaw, i, 'ags', /^16\d{6}$/),
		wohnungen_gitter: num(F_LS, lsRaw, i, 'grid_dwellings_captured'),
		leer_gitter: num(F_LS, lsRaw, i, 'grid_vacant_captured'),
		quote_100m: num(F_LS, lsRaw, i, 'est_vacancy_rate_pct_100m', { nullable: true }),
		quote_1km: num(F_LS, lsRaw, i, 'est_vacancy_rate_pct_1km_weighted', { nullable: true }),
		reliability: str(F_LS, lsRaw, i, 'reliability', /^(indicative|rough|unreliable)$/)
	}));
if (leerstand.length !== 605)
	throw new DataError(F_LS, null, `erwartet 605 Gemeinden, gefunden ${leerstand.length}`);
arrowDataset(
	'leerstand_schaetzung',
	[
		{ name: 'ags', type: 'text', description: 'AGS 2025' },
		{
			name: 'wohnungen_gitter',
			type: 'int',
			description: 'im 100-m-Gitter erfasste Wohnungen (keine amtliche Wohnungszahl!)'
		},
		{ name: 'leer_gitter', type: 'int', description: 'davon leer stehend' },
		{
			name: 'quote_100m',
			type: 'float',
			nullable: true,
			description: 'geschätzte Leerstandsquote % (100 × leer / Wohnungen)'
		},
		{
			name: 'quote_1km',
			type: 'float',
			nullable: true,
			description: 'alternative Schätzung: 1-km-Gitterquote, gewichtet'
		},
		{
			name: 'reliability',
			type: 'text',
			description: 'indicative (≥ 5.000 Wohnungen) / rough (1.000–4.999) / unreliable (< 1.000)'
		}
	],
	leerstand,
	{
		title: 'Leerstandsquote je Gemeinde – Schätzung aus Zensus-2022-Gitter',
		source: `${ATTR.zensus} (100-m-Gitter), eigene Berechnungen; Gemeindegrenzen ${ATTR.bkg}`,
		licence: DL,
		reference_date: '15.05.2022 (Zensus-Stichtag)',
		flag: 'estimate',
		derived:
			'Σ leer / Σ Wohnungen der 100-m-Zellen je Gemeinde 2025; keine amtliche Gemeindetabelle'
	}
);

const F_GRID = raw('th_zensus2022_leerstandsquote_1km_grid.csv');
const gridRaw = readCsv(F_GRID, {
	rows: 16196,
	columns: ['x_3035', 'y_3035', 'lon', 'lat', 'leerstandsquote_pct']
});
const grid = gridRaw
	.map((r, i) => ({ r, i }))
	.filter(({ r }) => r.leerstandsquote_pct !== '')
	.map(({ i }) => ({
		x_3035: num(F_GRID, gridRaw, i, 'x_3035'),
		y_3035: num(F_GRID, gridRaw, i, 'y_3035'),
		lon: num(F_GRID, gridRaw, i, 'lon'),
		lat: num(F_GRID, gridRaw, i, 'lat'),
		quote: num(F_GRID, gridRaw, i, 'leerstandsquote_pct')
	}));
if (grid.length !== 5871)
	throw new DataError(F_GRID, null, `erwartet 5871 Zellen mit Wert, gefunden ${grid.length}`);
arrowDataset(
	'zensus_gitter_1km',
	[
		{
			name: 'x_3035',
			type: 'int',
			description: 'Zellmittelpunkt Rechtswert EPSG:3035 (Zelle ±500 m)'
		},
		{ name: 'y_3035', type: 'int', description: 'Zellmittelpunkt Hochwert EPSG:3035' },
		{ name: 'lon', type: 'float', description: 'Zellmittelpunkt Länge (WGS84)' },
		{ name: 'lat', type: 'float', description: 'Zellmittelpunkt Breite (WGS84)' },
		{ name: 'quote', type: 'float', description: 'Leerstandsquote % (amtlich, 1-km-Gitter)' }
	],
	grid,
	{
		title: 'Leerstandsquote im 1-km-Gitter (Zensus 2022)',
		source: `${ATTR.zensus}, Gitterzellen 1 km („Spitze Werte“)`,
		licence: DL,
		reference_date: '15.05.2022',
		flag: 'real',
		derived: 'nur Zellen mit Wert, deren Mittelpunkt in Thüringen liegt'
	}
);

// --- alliance --------------------------------------------------------------
const allianceMeta = {
	source: ATTR.seed,
	licence: 'Fakten aus öffentlichen Dokumenten; Zusammenstellung: eigene',
	flag: 'real' as Flag
};
arrowDataset('events', eventColumns, events, {
	title: 'Termine und Veranstaltungen des Bündnisses',
	reference_date: 'Stand der Quellen: 23.02.2023 (Präsentation), 2024–2025 (öffentliche Seiten)',
	...allianceMeta
});
arrowDataset('kpi_targets', kpiColumns, kpiTargets, {
	title: 'Ziele und Fristen (Vertrag der Geschäftsstelle, Agenda 2023)',
	reference_date: '23.02.2023',
	...allianceMeta
});
arrowDataset('pilots', pilotColumns, pilots, {
	title: 'Pilotprojekte (2 je AG)',
	reference_date: '23.02.2023',
	...allianceMeta
});

const om = ortsmitte(raw, gemeinden, DL);
arrowDataset(...om);
const omAt = new Map(om[2].map((o) => [o.ags, { lon: o.lon, lat: o.lat }]));
arrowDataset(
	'stationen',
	stationColumns,
	stationen(gemeinden.map((g) => ({ ...g, ...omAt.get(g.ags) }))),
	{
		title: 'Wanderbaumallee: Stationen (Beispielsaison)',
		source:
			'Beispieldaten aus scripts/data/stationen.ts (fester Seed); Orte: Ortsmitten (BKG VG250_PK) © GeoBasis-DE / BKG (2025)',
		licence: 'Beispieldaten, frei verwendbar',
		reference_date: 'Beispielsaison ab 20.04.2026',
		flag: 'sample'
	}
);

addAllianceGoals(arrowDataset, allianceMeta);

const gemAgsSet = new Set(gemeinden.map((g) => g.ags));
arrowDataset('massnahmen', massnahmenColumns, massnahmen(gemAgsSet), {
	title: 'Maßnahmen und Best-Practice-Beispiele der Arbeitsgruppen',
	reference_date: 'Stand der Quellen: 23.02.2023 (Präsentation); kompass-thueringen.de',
	...allianceMeta,
	source: `${ATTR.seed}; kompass-thueringen.de`
});

// --- geometry --------------------------------------------------------------
type FC = {
	type: 'FeatureCollection';
	features: { type: 'Feature'; properties: Record<string, unknown>; geometry: { type: string } }[];
};
const F_GEO = raw('th_gemeinden_2025_derived.geojson');
const gemGeo = readJson<FC>(F_GEO);
if (gemGeo.features?.length !== 606)
	throw new DataError(F_GEO, null, `erwartet 606 Flächen, gefunden ${gemGeo.features?.length}`);
const gemById = new Map(gemeinden.map((g) => [g.ags, g]));
const gemFeatures = gemGeo.features.map((f) => {
	const id = String(f.properties.id);
	const g = gemById.get(id);
	if (!g && id !== '16064073-rest') throw new DataError(F_GEO, null, `Fläche ${id} ohne Gemeinde`);
	return {
		type: 'Feature',
		properties: {
			id,
			ags: g?.ags ?? '',
			name: g?.name ?? 'Restfläche Anrode (nicht zugeordnet)',
			kreis_ags: String(f.properties.kreis_ags),
			is_stadt: g?.is_stadt ?? false,
			note: f.properties.geometry_note || null
		},
		geometry: f.geometry
	};
});
const F_KGEO = raw('th_kreise_2025_from_gemeinden.geojson');
const krGeo = readJson<FC>(F_KGEO);
if (krGeo.features?.length !== 22)
	throw new DataError(F_KGEO, null, `erwartet 22 Kreise, gefunden ${krGeo.features?.length}`);
const krFeatures = krGeo.features.map((f) => {
	const ka = String(f.properties.kreis_ags);
	if (!kreisName.has(ka)) throw new DataError(F_KGEO, null, `Kreis ${ka} unbekannt`);
	return {
		type: 'Feature',
		properties: { kreis_ags: ka, name: kreisName.get(ka) },
		geometry: f.geometry
	};
});
const F_LAND = raw('th_land_2025-01-01_vg250.geojson');
const land = readJson<FC>(F_LAND);
if (land.features?.length !== 1)
	throw new DataError(F_LAND, null, 'erwartet genau eine Landesfläche');

const geo = (name: string, title: string, features: unknown[], reference_date: string) =>
	outputs.push({
		file: `${name}.geojson`,
		bytes: JSON.stringify({ type: 'FeatureCollection', features }),
		meta: {
			name,
			format: 'geojson',
			rows: features.length,
			columns: [],
			title,
			source: ATTR.bkg,
			licence: DL,
			reference_date,
			flag: 'real'
		}
	});
geo(
	'geo_gemeinden',
	'Gemeindegrenzen 2025 (abgeleitet, generalisiert)',
	gemFeatures,
	'Gebietsstand 30.11.2025 (Grenzen 01.01.2025, generalisiert)'
);
geo('geo_kreise', 'Kreisgrenzen (aus Gemeinden aufgelöst)', krFeatures, '01.01.2025');
geo(
	'geo_land',
	'Landesgrenze Thüringen',
	[{ type: 'Feature', properties: { name: 'Thüringen' }, geometry: land.features[0].geometry }],
	'01.01.2025'
);

arrowDataset(...bevoelkerung1km(raw, gemFeatures, { ...ATTR, licence: DL }));

// --- Leerstandskataster: Beispieldaten (scripts/data/kataster.ts) ----------
arrowDataset(
	'kataster_beispiel',
	katasterColumnSpecs,
	columnsToRows(generateKataster({ gemeinden, features: gemFeatures as never })),
	{
		title: 'Leerstandskataster – Beispieldaten (generiert, keine realen Objekte)',
		source:
			'Beispieldaten, vom Atlas erzeugt (fiktive Objekte an ungefähren Lagen); Gemeinden und Grenzen: GV100AD und VG250 (BKG)',
		licence: 'eigene Erzeugung, frei verwendbar',
		reference_date: '31.12.2025 (fiktiv)',
		flag: 'sample',
		derived:
			'Objekte je 1.000 EW nach Größenklasse, Lage im Gemeindegebiet, Jahresbestände 2019–2025'
	}
);

addInnenstadt(arrowDataset, { raw, gemeinden, mapping, attr: ATTR, licence: DL });

// --- summary ---------------------------------------------------------------
const summary = {
	gemeinden: gemeinden.length,
	einwohner: total,
	flaeche_km2: Math.round(gemeinden.reduce((s, g) => s + (g.area_km2 ?? 0), 0) * 100) / 100,
	kreise: kreise.length,
	staedte: gemeinden.filter((g) => g.is_stadt).length,
	stand_gebiet: '30.11.2025',
	stand_einwohner: '31.12.2024',
	quelle: ATTR.destatis,
	lizenz: DL,
	/** for the prerendered Übersicht chart; the browser checks it against its own query */
	groessenklassen: SIZE_CLASSES.map((c) => {
		const inClass = gemeinden.filter((g) => g.size_class === c.key);
		return {
			size_class: c.key,
			gemeinden: inClass.length,
			einwohner: inClass.reduce((s, g) => s + g.population, 0),
			staedte: inClass.filter((g) => g.is_stadt).length
		};
	})
};
outputs.push({ file: 'summary.json', bytes: JSON.stringify(summary, null, '\t') + '\n' });

// --- write atomically ------------------------------------------------------
const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
const manifest: Manifest = {
	generated_by: 'scripts/data/build.ts',
	attribution:
		'Datenquellen: © GeoBasis-DE / BKG (2022, 2025); © Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV100AD 30.11.2025; © Statistische Ämter des Bundes und der Länder, Zensus 2022 (dl-de/by-2-0); eigene Berechnungen.',
	datasets: outputs
		.filter((o) => o.meta)
		.map((o) => ({
			...o.meta!,
			file: o.file,
			sha256: sha(o.bytes),
			bytes: typeof o.bytes === 'string' ? Buffer.byteLength(o.bytes) : o.bytes.byteLength
		}))
};
outputs.push({ file: 'manifest.json', bytes: JSON.stringify(manifest, null, '\t') + '\n' });

mkdirSync(OUT, { recursive: true });
const tmp = mkdtempSync(join(OUT, '.tmp-'));
try {
	for (const o of outputs) writeFileSync(join(tmp, o.file), o.bytes);
	for (const o of outputs) renameSync(join(tmp, o.file), join(OUT, o.file));
} finally {
	rmSync(tmp, { recursive: true, force: true });
}
console.log(`data: ${outputs.length} Dateien nach ${OUT} geschrieben`);
for (const d of manifest.datasets)
	console.log(`  ${d.name.padEnd(22)} ${String(d.rows).padStart(6)} Zeilen  ${d.flag}`);
if (!existsSync(join(OUT, 'README.md'))) console.warn('Hinweis: data/README.md fehlt');
