/**
 * Schema of the Leerstandskataster (object-level vacancy register). A partner file must map onto these
 * columns; the generator of Beispieldaten (scripts/data/kataster.ts) writes exactly this schema, and the
 * CSV import validates against it. Table name in DuckDB: `kataster`.
 */

export const NUTZUNGEN = [
	'Einzelhandel',
	'Gastronomie',
	'Dienstleistung',
	'Büro',
	'Wohnen im EG',
	'Sonstiges'
] as const;
export const ZUSTAENDE = ['gut', 'mittel', 'sanierungsbedürftig', 'Schrottimmobilie'] as const;
export const STATUS = ['leer', 'zwischengenutzt', 'wieder vermietet'] as const;
export const EIGENTUEMER = [
	'privat',
	'kommunal',
	'Wohnungsunternehmen',
	'Gesellschaft/Fonds',
	'unbekannt'
] as const;
export const DATENSTATUS = ['Beispieldaten', 'importiert'] as const;

export type Nutzung = (typeof NUTZUNGEN)[number];
export type Zustand = (typeof ZUSTAENDE)[number];
export type Status = (typeof STATUS)[number];
export type Datenstatus = (typeof DATENSTATUS)[number];

export type KatasterColumnType = 'text' | 'int' | 'float' | 'bool' | 'date';

export interface KatasterColumn {
	name: string;
	/** German label (column header in exports, mapping dialog) */
	label: string;
	/** 'date' is ISO text YYYY-MM-DD in the table */
	type: KatasterColumnType;
	required: boolean;
	/** filled by the import/generator, never mapped from a partner file */
	derived?: boolean;
	allowed?: readonly string[];
	/** alternative header names partners use (lower case), for automatic mapping */
	aliases?: readonly string[];
	description: string;
}

export const KATASTER_COLUMNS: readonly KatasterColumn[] = [
	{
		name: 'id',
		label: 'Objekt-ID',
		type: 'text',
		required: false,
		aliases: ['objekt-id', 'objektnummer', 'nr'],
		description: 'eindeutige Kennung; fehlt sie, wird sie beim Import erzeugt'
	},
	{
		name: 'ags',
		label: 'Gemeinde (AGS)',
		type: 'text',
		required: true,
		aliases: ['gemeinde', 'gemeindeschlüssel', 'gemeindename', 'ort'],
		description:
			'Amtlicher Gemeindeschlüssel (8 Ziffern); ein Gemeindename wird beim Import in den AGS übersetzt'
	},
	{
		name: 'nutzung',
		label: 'Nutzung',
		type: 'text',
		required: true,
		allowed: NUTZUNGEN,
		aliases: ['nutzungsart', 'art', 'branche'],
		description: 'letzte bzw. vorgesehene Nutzung der Einheit'
	},
	{
		name: 'flaeche_m2',
		label: 'Fläche (m²)',
		type: 'float',
		required: true,
		aliases: ['fläche', 'flaeche', 'nutzfläche', 'verkaufsfläche', 'm2', 'm²'],
		description: 'Nutz- bzw. Verkaufsfläche in m² (> 0)'
	},
	{
		name: 'leer_seit',
		label: 'leer seit',
		type: 'date',
		required: true,
		aliases: ['leerstand seit', 'seit', 'leer_seit'],
		description: 'Beginn des Leerstands (Datum; nur Jahr → 01.01. des Jahres)'
	},
	{
		name: 'bezeichnung',
		label: 'Objekt',
		type: 'text',
		required: false,
		aliases: ['objekt', 'name', 'objektname'],
		description: 'Objektbezeichnung'
	},
	{
		name: 'adresse',
		label: 'Adresse',
		type: 'text',
		required: false,
		aliases: ['anschrift', 'straße', 'strasse'],
		description: 'Straße und Hausnummer'
	},
	{
		name: 'lon',
		label: 'Länge (WGS84)',
		type: 'float',
		required: false,
		aliases: ['längengrad', 'x', 'lng'],
		description: 'Längengrad; fehlt er, gilt der Label-Punkt der Gemeinde (Lage ungefähr)'
	},
	{
		name: 'lat',
		label: 'Breite (WGS84)',
		type: 'float',
		required: false,
		aliases: ['breitengrad', 'y'],
		description: 'Breitengrad'
	},
	{
		name: 'zustand',
		label: 'Zustand',
		type: 'text',
		required: false,
		allowed: ZUSTAENDE,
		aliases: ['bauzustand'],
		description: 'baulicher Zustand'
	},
	{
		name: 'eigentuemer_typ',
		label: 'Eigentümer',
		type: 'text',
		required: false,
		allowed: EIGENTUEMER,
		aliases: ['eigentümer', 'eigentuemer', 'eigentümertyp'],
		description: 'Art des Eigentümers (keine Namen!)'
	},
	{
		name: 'miete_eur_m2',
		label: 'Miete (€/m²)',
		type: 'float',
		required: false,
		aliases: ['miete', 'kaltmiete', 'angebotsmiete'],
		description: 'Angebots- bzw. letzte Nettokaltmiete in €/m²'
	},
	{
		name: 'status',
		label: 'Status',
		type: 'text',
		required: false,
		allowed: STATUS,
		description: 'aktueller Status; fehlt er, gilt „leer“'
	},
	{
		name: 'status_seit',
		label: 'Status seit',
		type: 'date',
		required: false,
		aliases: ['vermietet seit', 'zwischennutzung seit'],
		description:
			'Beginn des aktuellen Status (bei „wieder vermietet“: Ende des Leerstands); leer bei Status „leer“'
	},
	{
		name: 'geprueft_am',
		label: 'zuletzt geprüft',
		type: 'date',
		required: false,
		aliases: ['geprüft', 'letzte prüfung', 'stand'],
		description: 'Datum der letzten Überprüfung vor Ort'
	},
	{
		name: 'kreis_ags',
		label: 'Kreis (Schlüssel)',
		type: 'text',
		required: true,
		derived: true,
		description: 'aus dem AGS abgeleitet (erste 5 Ziffern)'
	},
	{
		name: 'size_class',
		label: 'Größenklasse',
		type: 'text',
		required: true,
		derived: true,
		description: 'Größenklasse der Gemeinde (aus dem Gemeindeverzeichnis)'
	},
	{
		name: 'lage_ungefaehr',
		label: 'Lage ungefähr',
		type: 'bool',
		required: true,
		derived: true,
		description: 'wahr, wenn keine Koordinaten vorlagen und der Label-Punkt der Gemeinde gilt'
	},
	{
		name: 'datenstatus',
		label: 'Datenstatus',
		type: 'text',
		required: true,
		derived: true,
		allowed: DATENSTATUS,
		description: '„Beispieldaten“ (Generator) oder „importiert“ (Datei eines Partners)'
	},
	{
		name: 'extra',
		label: 'weitere Angaben',
		type: 'text',
		required: false,
		derived: true,
		description: 'nicht zugeordnete Spalten der Partnerdatei als JSON-Objekt (bleiben erhalten)'
	}
];

/** Years with a stock snapshot (31.12. of each year). */
export const KATASTER_JAHRE = [2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;

/** Bins of vacancy duration in years at the reference date: [min, max). */
export const DAUER_KLASSEN = [
	{ key: '0', label: 'unter 1 Jahr', min: 0, max: 1 },
	{ key: '1', label: '1 bis unter 2 Jahre', min: 1, max: 2 },
	{ key: '2', label: '2 bis unter 3 Jahre', min: 2, max: 3 },
	{ key: '3', label: '3 bis unter 5 Jahre', min: 3, max: 5 },
	{ key: '4', label: '5 bis unter 10 Jahre', min: 5, max: 10 },
	{ key: '5', label: '10 Jahre und mehr', min: 10, max: Infinity }
] as const;

/** Bins of floor area in m²: [min, max). */
export const FLAECHEN_KLASSEN = [
	{ key: '0', label: 'unter 50 m²', min: 0, max: 50 },
	{ key: '1', label: '50 bis unter 100 m²', min: 50, max: 100 },
	{ key: '2', label: '100 bis unter 250 m²', min: 100, max: 250 },
	{ key: '3', label: '250 bis unter 500 m²', min: 250, max: 500 },
	{ key: '4', label: '500 m² und mehr', min: 500, max: Infinity }
] as const;

export interface KatasterRow {
	id: string;
	ags: string;
	nutzung: Nutzung;
	flaeche_m2: number;
	leer_seit: string;
	bezeichnung: string | null;
	adresse: string | null;
	lon: number | null;
	lat: number | null;
	zustand: Zustand | null;
	eigentuemer_typ: string | null;
	miete_eur_m2: number | null;
	status: Status;
	status_seit: string | null;
	geprueft_am: string | null;
	kreis_ags: string;
	size_class: string;
	lage_ungefaehr: boolean;
	datenstatus: Datenstatus;
	extra: string | null;
}
