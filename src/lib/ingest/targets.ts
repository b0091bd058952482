import { manifest } from '$lib/data/files';
import type { ColumnMeta, DatasetMeta } from '$lib/data/manifest-types';
import { KATASTER } from './kataster-target';
import { aggregateOfficial, OFFICIAL_TABLE, officialTableData } from '$lib/leerstand/official';

import { LAT, LON, type FieldType, type Target } from './types';

/**
 * Official Zensus 2022 vacancy per Gemeinde as in the Regionaltabelle (`_RS` = ARS 2022, Gebietsstand 2022).
 * Valid rows are summed to the Gemeinden of 2025 by the Leerstand loader and stored as `leerstand_amtlich`,
 * which replaces the estimate in every Leerstand view (badge „amtlich“).
 */
export const ZENSUS_AMTLICH: Target = {
	table: OFFICIAL_TABLE,
	title: 'Zensus 2022: Leerstand je Gemeinde (amtlich)',
	key: 'ars_2022',
	flag: 'official',
	fields: [
		{
			name: 'ars_2022',
			type: 'ars',
			label: 'Regionalschlüssel 2022',
			required: true,
			aliases: ['_rs', 'rs', 'ars', 'regionalschluessel']
		},
		{
			name: 'name',
			type: 'text',
			label: 'Name',
			aliases: ['_gen', 'gen', 'gemeinde', 'gemeindename', 'region']
		},
		{
			name: 'wohnungen',
			type: 'int',
			label: 'Wohnungen',
			required: true,
			min: 0,
			aliases: ['whg', 'wohnungeninsgesamt', 'whginsgesamt', 'insgesamt', 'anzahl', 'dwellings']
		},
		{
			name: 'leer',
			type: 'int',
			label: 'leer stehende Wohnungen',
			min: 0,
			aliases: ['leerstehend', 'leerstehendewohnungen', 'whgleer', 'leerstand', 'vacant']
		},
		{
			name: 'leq',
			type: 'float',
			label: 'Leerstandsquote %',
			min: 0,
			max: 100,
			aliases: ['leerstandsquote', 'quote', 'vacancyrate']
		}
	],
	build(records, ref, fileName) {
		const mapping = ref.changes.map((c) => ({
			ars_2022: c.ars_2022,
			ags_2022: c.ags_2022,
			name_2022: c.name_2022,
			ags_2025: c.ags_2025,
			is_split: c.is_split
		}));
		if (records.every((r) => r.leer === null && r.leq === null)) {
			throw new Error(
				'Weder leer stehende Wohnungen noch „LEQ“ (Leerstandsquote) zugeordnet oder gefüllt'
			);
		}
		const columns = { rs: 'ars_2022', wohnungen: 'wohnungen', leer: 'leer', leq: 'leq' };
		const result = aggregateOfficial(records, mapping, { file: fileName, columns });
		return { data: officialTableData(result), notes: result.notes };
	}
};

const ENUMS: Record<string, Record<string, readonly string[]>> = {
	events: {
		kind: ['buendnistreffen', 'netzwerktreffen', 'ag_sitzung', 'steuerungskreis', 'veranstaltung'],
		status: ['geplant', 'stattgefunden', 'unbekannt'],
		date_precision: ['tag', 'monat', 'jahr', 'zeitraum']
	},
	pilots: {
		ag: ['Klima', 'Leerstand', 'WULIS'],
		status: ['offen', 'konzept', 'in_umsetzung', 'umgesetzt']
	}
};

const REQUIRED: Record<string, readonly string[]> = {
	events: ['id', 'title'],
	pilots: ['id', 'ag']
};

const ALIASES: Record<string, readonly string[]> = {
	id: ['nr', 'nummer', 'schluessel', 'key'],
	title: ['titel', 'bezeichnung', 'name', 'veranstaltung', 'massnahme', 'projekt'],
	date: ['datum', 'termin', 'beginn', 'start', 'von'],
	date_end: ['ende', 'bis', 'end', 'enddatum'],
	target_date: ['zieldatum', 'frist', 'deadline', 'faellig'],
	ort: ['gemeinde', 'stadt', 'city', 'place', 'location'],
	ags: ['gemeindeschluessel', 'gkz'],
	note: ['anmerkung', 'bemerkung', 'hinweis', 'notes', 'comment'],
	source: ['quelle'],
	status: ['stand', 'zustand', 'state'],
	kind: ['art', 'typ', 'type'],
	anzahl: ['count', 'menge'],
	lon: ['laenge', 'longitude', 'lng'],
	lat: ['breite', 'latitude']
};

function fieldType(c: ColumnMeta): FieldType {
	if (c.name === 'ags' || c.name.endsWith('_ags') || c.name.startsWith('ags_')) return 'ags';
	if (c.name === 'plz') return 'plz';
	// ISO dates are text columns whose description says so (date, date_end, target_date, von, bis …)
	if (c.type === 'text' && /\(ISO\b|\bISO\)/.test(c.description)) return 'date';
	return c.type;
}

/** A target derived from a manifest dataset (Maßnahmen, Klima, Kennzahlen …): columns, types, key `id`. */
export function manifestTarget(meta: DatasetMeta): Target {
	const hasId = meta.columns.some((c) => c.name === 'id');
	return {
		table: meta.name,
		title: meta.title,
		key: hasId ? 'id' : undefined,
		flag: 'user',
		fields: meta.columns.map((c) => ({
			name: c.name,
			type: fieldType(c),
			label: c.description,
			required: REQUIRED[meta.name]?.includes(c.name) ?? c.name === 'id',
			values: ENUMS[meta.name]?.[c.name],
			aliases: ALIASES[c.name],
			...(c.name === 'lon' ? LON : c.name === 'lat' ? LAT : {})
		}))
	};
}

/** Embedded tables partners keep in Excel; more appear when their datasets enter the manifest. */
const MANIFEST_TARGETS = ['massnahmen', 'pilots', 'stationen', 'events'];

export function knownTargets(): Target[] {
	const derived = MANIFEST_TARGETS.map((n) => manifest.datasets.find((d) => d.name === n))
		.filter((d): d is DatasetMeta => d !== undefined && d.format === 'arrow')
		.map(manifestTarget);
	return [ZENSUS_AMTLICH, KATASTER, ...derived];
}

export function targetFor(table: string): Target | undefined {
	return knownTargets().find((t) => t.table === table);
}
