/** Rows of the alliance datasets (see data/README.md) and the user's own records. */
export interface KpiTarget {
	id: string;
	kpi: string;
	comparator: 'cap' | 'plan' | 'deadline';
	target_value: number | null;
	unit: string;
	target_date: string | null;
	period: string;
	measure: string | null;
	note: string | null;
	source: string;
}

export interface EventRow {
	id: string;
	date: string | null;
	date_end: string | null;
	date_precision: string;
	title: string;
	kind: string;
	ag: string;
	ags: string | null;
	ort: string | null;
	status: string;
	anzahl: number;
	sammelangabe: boolean;
	teilnehmende: string | null;
	note: string | null;
	source: string;
	enthalten_in: string | null;
}

export interface PilotRow {
	id: string;
	ag: string;
	slot: number;
	title: string | null;
	status: string;
	target_date: string | null;
	ags: string | null;
	note: string | null;
	source: string;
}

export interface ZielRow {
	id: string;
	ag: string;
	rubrik: string;
	ziel: string;
	status: string;
	stand: string;
	frist: string | null;
	note: string | null;
	source: string;
}

export interface MeilensteinRow {
	id: string;
	titel: string;
	zeitraum: string;
	beginn: string;
	ende: string;
	akteur: string;
	source: string;
}

export interface FaktRow {
	id: string;
	ag: string;
	thema: string;
	wert: string;
	zahl: number | null;
	stand: string | null;
	url: string | null;
	source: string;
}

/** A measure of the catalogue (massnahmen), as the report lists it per AG. */
export interface MassnahmeKurz {
	id: string;
	title: string;
	ag: string;
	status: string;
	source: string;
}

export type RecordTyp = 'termin' | 'lieferung' | 'teaser' | 'stunden';

/** Something the user recorded in the app („eigene Erfassung“), never mixed with seed facts. */
export interface KpiRecord {
	id: string;
	typ: RecordTyp;
	/** ISO date the record refers to */
	datum: string;
	/** termin: event kind (buendnistreffen, ag_sitzung, ag_leitung, veranstaltung, partnerveranstaltung …) */
	kind: string | null;
	/** lieferung / stunden: the target it belongs to */
	kpi_id: string | null;
	titel: string | null;
	ort: string | null;
	ags: string | null;
	anzahl: number | null;
	stunden: number | null;
	ergebnis: 'geliefert' | 'nicht_geliefert' | null;
	/** ISO timestamp of entry */
	erfasst: string;
}

export type Zeitraum = '2023' | '2024' | 'gesamt';
