// Every event, target and pilot of ../shared/facts/alliance.md, with the seed (or the named public page) as source.
import type { ColumnSpec } from './lib/arrow.ts';

export const SEED = 'Bündnis-Präsentation vom 23.02.2023 (Folien 01.03.2023)';
export const LEG = 'leg-thueringen.de (Aktionsbündnis Innenstädte)';
export const LEG_PRESSE_2024 = 'leg-thueringen.de, Pressemitteilung 26.11.2024';
export const SUHL_BERICHT =
	'Bericht zum Bündnistreffen Suhl, die-linke-thl.de (zitiert die LEG-Geschäftsstelle)';
export const LEG_PRESSE_2025 = 'leg-thueringen.de, Pressemitteilung zum Bündnistreffen 29.04.2025';
const IHK = 'ihk.de/erfurt (Aktionsbündnis Innenstädte); leg-thueringen.de';

export const eventColumns: ColumnSpec[] = [
	{ name: 'id', type: 'text', description: 'Schlüssel' },
	{
		name: 'date',
		type: 'text',
		nullable: true,
		description: 'Datum (ISO) oder Beginn des Zeitraums; leer, wenn unbekannt'
	},
	{
		name: 'date_end',
		type: 'text',
		nullable: true,
		description: 'Ende des Zeitraums (ISO), bei Sammelangaben'
	},
	{ name: 'date_precision', type: 'text', description: 'tag / monat / jahr / zeitraum' },
	{ name: 'title', type: 'text', description: 'Bezeichnung' },
	{
		name: 'kind',
		type: 'text',
		description:
			'buendnistreffen / netzwerktreffen / ag_sitzung / steuerungskreis / veranstaltung / vor_ort_besuch / praesentation / gruendung / sonstiges'
	},
	{ name: 'ag', type: 'text', description: 'Klima / Leerstand / WULIS / alle' },
	{
		name: 'ags',
		type: 'text',
		nullable: true,
		description: 'AGS des Ortes (8-stellig), falls bekannt'
	},
	{ name: 'ort', type: 'text', nullable: true, description: 'Ort, wie in der Quelle genannt' },
	{ name: 'status', type: 'text', description: 'geplant / stattgefunden / unbekannt' },
	{ name: 'anzahl', type: 'int', description: 'Anzahl der Termine, die der Eintrag zusammenfasst' },
	{
		name: 'sammelangabe',
		type: 'bool',
		description: 'true: Zählung ohne Einzeldaten (nie auf Jahre verteilt)'
	},
	{
		name: 'teilnehmende',
		type: 'text',
		nullable: true,
		description: 'Teilnehmende, wie in der Quelle („ca. 75“)'
	},
	{ name: 'note', type: 'text', nullable: true, description: 'Anmerkung' },
	{ name: 'source', type: 'text', description: 'Quelle' },
	{
		name: 'enthalten_in',
		type: 'text',
		nullable: true,
		description: 'id einer Sammelangabe, die diesen Termin schon mitzählt (nie doppelt zählen)'
	}
];

type Ev = {
	id: string;
	date: string | null;
	date_end?: string | null;
	date_precision: 'tag' | 'monat' | 'jahr' | 'zeitraum';
	title: string;
	kind: string;
	ag: string;
	ags?: string | null;
	ort?: string | null;
	status: 'geplant' | 'stattgefunden' | 'unbekannt';
	anzahl?: number;
	sammelangabe?: boolean;
	teilnehmende?: string | null;
	note?: string | null;
	source: string;
	enthalten_in?: string | null;
};

const ev: Ev[] = [
	{
		id: 'gruendung-2021',
		date: '2021-06-08',
		date_precision: 'tag',
		title: 'Gründung des Aktionsbündnisses, Unterzeichnung der Bündnisvereinbarung',
		kind: 'gruendung',
		ag: 'alle',
		status: 'stattgefunden',
		note: 'Initiative der IHK Erfurt',
		source: IHK
	},
	{
		id: 'netzwerktreffen-bis-2023-02',
		date: null,
		date_end: '2023-02-23',
		date_precision: 'zeitraum',
		title: 'Netzwerktreffen (Summe seit Beginn der Netzwerkarbeit)',
		kind: 'netzwerktreffen',
		ag: 'alle',
		status: 'stattgefunden',
		anzahl: 7,
		sammelangabe: true,
		note: 'bis 23.02.2023, Beginn unsicher; keine Einzeldaten',
		source: SEED
	},
	{
		id: 'ag-treffen-bis-2023-02',
		date: null,
		date_end: '2023-02-23',
		date_precision: 'zeitraum',
		title: 'AG-Treffen (Summe aller drei AGs)',
		kind: 'ag_sitzung',
		ag: 'alle',
		status: 'stattgefunden',
		anzahl: 23,
		sammelangabe: true,
		note: 'bis 23.02.2023, Beginn unsicher; keine Einzeldaten, keine Aufteilung nach AG',
		source: SEED
	},
	{
		id: 'apolda-2022-11-29',
		date: '2022-11-29',
		date_precision: 'tag',
		title: 'Transferveranstaltung „Leerstand als Chance“ – Zukunftswerkstatt',
		kind: 'veranstaltung',
		ag: 'Leerstand',
		ags: '16071001',
		ort: 'Apolda',
		status: 'stattgefunden',
		teilnehmende: 'ca. 75',
		note: '6 Fallbeispiele; im Rahmen der Begleitforschung Städtebauförderung des TMIL; Fortführung im Gespräch',
		source: SEED
	},
	{
		id: 'ag-leerstand-2022-11-30',
		date: '2022-11-30',
		date_precision: 'tag',
		title:
			'Erweiterte AG-Sitzung mit Gästen (IBA Thüringen, Dezentrale Sachsen, Quartier für alle e.V.; Vorstellung BBSR-Modellprojekt)',
		kind: 'ag_sitzung',
		ag: 'Leerstand',
		status: 'stattgefunden',
		note: 'vermutlich in der Summe von 23 AG-Treffen bis 23.02.2023 enthalten',
		source: SEED,
		enthalten_in: 'ag-treffen-bis-2023-02'
	},
	{
		id: 'praesentation-2023-02-23',
		date: '2023-02-23',
		date_precision: 'tag',
		title: 'Präsentation des Bündnisstands (IHK Erfurt / TMIL / TMWWDG / Geschäftsstelle)',
		kind: 'praesentation',
		ag: 'alle',
		ags: '16051000',
		ort: 'Erfurt (erschlossen)',
		status: 'stattgefunden',
		note: 'Dass es ein Bündnistreffen in der IHK Erfurt war, ist erschlossen, nicht belegt',
		source: SEED
	},
	{
		id: 'geschaeftsstelle-2023-01',
		date: '2023-01-01',
		date_end: '2023-01-31',
		date_precision: 'monat',
		title: 'Geschäftsstelle des Bündnisses bei der LEG Thüringen eingerichtet',
		kind: 'sonstiges',
		ag: 'alle',
		ags: '16051000',
		ort: 'Erfurt',
		status: 'stattgefunden',
		note: 'seit Januar 2023 (Ziel „Geschäftsstelle“ erreicht)',
		source: LEG
	},
	{
		id: 'ag-leerstand-2023-03-02',
		date: '2023-03-02',
		date_precision: 'tag',
		title: 'Nächste Sitzung AG Leerstand',
		kind: 'ag_sitzung',
		ag: 'Leerstand',
		status: 'geplant',
		source: SEED
	},
	{
		id: 'buendnistreffen-2023-05',
		date: '2023-05-01',
		date_end: '2023-06-30',
		date_precision: 'zeitraum',
		title: 'Nächstes Bündnistreffen („voraussichtlich Mai/Juni 2023“)',
		kind: 'buendnistreffen',
		ag: 'alle',
		status: 'geplant',
		source: SEED
	},
	{
		id: 'ag-sitzungen-2024',
		date: '2024-01-01',
		date_end: '2024-12-31',
		date_precision: 'jahr',
		title: 'AG-Sitzungen 2024 (Summe)',
		kind: 'ag_sitzung',
		ag: 'alle',
		status: 'stattgefunden',
		anzahl: 21,
		sammelangabe: true,
		note: 'Jahressumme, von der Geschäftsstelle beim Treffen in Suhl genannt',
		source: SUHL_BERICHT
	},
	{
		id: 'steuerungskreise-2024',
		date: '2024-01-01',
		date_end: '2024-12-31',
		date_precision: 'jahr',
		title: 'Steuerungskreise 2024 (Summe)',
		kind: 'steuerungskreis',
		ag: 'alle',
		status: 'stattgefunden',
		anzahl: 13,
		sammelangabe: true,
		note: 'Ein Steuerungskreis ist keine AG-Leiter-Sitzung',
		source: SUHL_BERICHT
	},
	{
		id: 'buendnistreffen-2024',
		date: '2024-01-01',
		date_end: '2024-12-31',
		date_precision: 'jahr',
		title: 'Bündnistreffen 2024 (Summe, einschließlich Suhl)',
		kind: 'buendnistreffen',
		ag: 'alle',
		status: 'stattgefunden',
		anzahl: 3,
		sammelangabe: true,
		source: SUHL_BERICHT
	},
	{
		id: 'vor-ort-poessneck-2024',
		date: '2024-01-01',
		date_end: '2024-12-31',
		date_precision: 'jahr',
		title: 'Vor-Ort-Termin Pößneck',
		kind: 'vor_ort_besuch',
		ag: 'alle',
		ags: '16075085',
		ort: 'Pößneck',
		status: 'stattgefunden',
		note: 'Datum im Jahr 2024 nicht genannt',
		source: SUHL_BERICHT
	},
	{
		id: 'vor-ort-muehlhausen-2024',
		date: '2024-01-01',
		date_end: '2024-12-31',
		date_precision: 'jahr',
		title: 'Vor-Ort-Termin Mühlhausen',
		kind: 'vor_ort_besuch',
		ag: 'alle',
		ags: '16064046',
		ort: 'Mühlhausen/Thüringen',
		status: 'stattgefunden',
		note: 'Datum im Jahr 2024 nicht genannt',
		source: SUHL_BERICHT
	},
	{
		id: 'vor-ort-gera-2024',
		date: '2024-01-01',
		date_end: '2024-12-31',
		date_precision: 'jahr',
		title: 'Vor-Ort-Termin Gera',
		kind: 'vor_ort_besuch',
		ag: 'alle',
		ags: '16052000',
		ort: 'Gera',
		status: 'stattgefunden',
		note: 'Datum im Jahr 2024 nicht genannt',
		source: SUHL_BERICHT
	},
	{
		id: 'suhl-2024-11-26',
		date: '2024-11-26',
		date_precision: 'tag',
		title: '3. Bündnistreffen 2024, IHK Südthüringen: Positionspapier mit Aktionsplan vorgestellt',
		kind: 'buendnistreffen',
		ag: 'alle',
		ags: '16054000',
		ort: 'Suhl',
		status: 'stattgefunden',
		note: 'in der Jahressumme 2024 (3 Bündnistreffen) enthalten',
		source: LEG_PRESSE_2024,
		enthalten_in: 'buendnistreffen-2024'
	},
	{
		id: 'erfurt-2025-04-29',
		date: '2025-04-29',
		date_precision: 'tag',
		title: '1. Bündnistreffen 2025, Thüringer Aufbaubank',
		kind: 'buendnistreffen',
		ag: 'alle',
		ags: '16051000',
		ort: 'Erfurt',
		status: 'stattgefunden',
		teilnehmende: 'über 70 erwartet',
		note: 'Das Land fördert die Bündnisarbeit erstmals',
		source: LEG_PRESSE_2025
	},
	{
		id: 'downtown-snaps-2025',
		date: '2025-05-05',
		date_end: '2025-06-15',
		date_precision: 'zeitraum',
		title: 'Fotowettbewerb „Downtown Snaps“ (Innenstädte der Klein- und Mittelstädte)',
		kind: 'veranstaltung',
		ag: 'alle',
		status: 'stattgefunden',
		source: LEG_PRESSE_2025
	}
];

export const events = ev.map((e) => ({
	date_end: null,
	ags: null,
	ort: null,
	anzahl: 1,
	sammelangabe: false,
	teilnehmende: null,
	note: null,
	enthalten_in: null,
	...e
}));

export const kpiColumns: ColumnSpec[] = [
	{ name: 'id', type: 'text', description: 'Schlüssel' },
	{ name: 'kpi', type: 'text', description: 'Kennzahl' },
	{
		name: 'comparator',
		type: 'text',
		description: 'cap (bis zu) / plan (geplant) / deadline (Frist)'
	},
	{
		name: 'target_value',
		type: 'float',
		nullable: true,
		description: 'Zielwert (Anzahl, Stunden)'
	},
	{ name: 'unit', type: 'text', description: 'Einheit' },
	{ name: 'target_date', type: 'text', nullable: true, description: 'Frist (ISO) bei deadline' },
	{ name: 'period', type: 'text', description: '2023 / 2024 / pro_jahr / vertrag' },
	{
		name: 'measure',
		type: 'text',
		nullable: true,
		description:
			'Zählgröße: kind der events, die zählen (z. B. buendnistreffen); leer = nur manuelle Erfassung'
	},
	{ name: 'note', type: 'text', nullable: true, description: 'Anmerkung' },
	{ name: 'source', type: 'text', description: 'Quelle' }
];

const k = (
	id: string,
	kpi: string,
	comparator: 'cap' | 'plan' | 'deadline',
	target_value: number | null,
	unit: string,
	period: string,
	measure: string | null,
	note: string | null,
	target_date: string | null = null,
	source = 'Vertrag der Geschäftsstelle / Agenda 2023, ' + SEED
) => ({ id, kpi, comparator, target_value, unit, target_date, period, measure, note, source });

export const kpiTargets = [
	k(
		'buendnistreffen-2023',
		'Bündnis-(Netzwerk-)treffen organisiert',
		'cap',
		4,
		'Treffen',
		'2023',
		'buendnistreffen',
		'quartalsweise, bis zu vier Sitzungen jährlich (Vertrag)'
	),
	k(
		'buendnistreffen-2024',
		'Bündnis-(Netzwerk-)treffen organisiert',
		'cap',
		4,
		'Treffen',
		'2024',
		'buendnistreffen',
		'quartalsweise, bis zu vier Sitzungen jährlich (Vertrag)'
	),
	k(
		'buendnistreffen-plan-2023',
		'Bündnistreffen 2023 geplant',
		'plan',
		4,
		'Treffen',
		'2023',
		'buendnistreffen',
		'nächstes Treffen voraussichtlich Mai/Juni 2023'
	),
	k(
		'ag-sitzungen-2023',
		'AG-Sitzungen organisiert (alle AGs zusammen)',
		'cap',
		30,
		'Sitzungen',
		'2023',
		'ag_sitzung',
		'bis zu 30 jährlich'
	),
	k(
		'ag-sitzungen-2024',
		'AG-Sitzungen organisiert (alle AGs zusammen)',
		'cap',
		30,
		'Sitzungen',
		'2024',
		'ag_sitzung',
		'bis zu 30 jährlich'
	),
	k(
		'ag-leiter-2023',
		'Sitzungen der AG-Leitungen',
		'cap',
		3,
		'Sitzungen',
		'2023',
		'ag_leitung',
		'bis zu 3 jährlich; ein Steuerungskreis zählt nicht als AG-Leiter-Sitzung'
	),
	k(
		'ag-leiter-2024',
		'Sitzungen der AG-Leitungen',
		'cap',
		3,
		'Sitzungen',
		'2024',
		'ag_leitung',
		'bis zu 3 jährlich; ein Steuerungskreis zählt nicht als AG-Leiter-Sitzung'
	),
	k(
		'pilotprojekte',
		'Modellhafte Pilotprojekte (2 je AG)',
		'plan',
		6,
		'Pilotprojekte',
		'vertrag',
		'pilot',
		'Konzeption 1. Halbjahr 2023 (LEG-Seite: 2023/24); übertragbar auf kleine, mittlere und große Städte'
	),
	k(
		'klima-pilot-2',
		'AG Klima: weiteres Pilotprojekt entwickelt',
		'deadline',
		1,
		'Pilotprojekt',
		'2023',
		'lieferung',
		'erstes Pilotprojekt: Wanderbaumallee',
		'2023-06-30'
	),
	k(
		'leg-stunden-pilot',
		'LEG-Stunden für Pilotprojekte',
		'cap',
		360,
		'Stunden',
		'vertrag',
		'leg_stunden',
		'höchstens 360 h'
	),
	k(
		'veranstaltungen-2023',
		'Öffentlichkeitswirksame Veranstaltungen',
		'plan',
		2,
		'Veranstaltungen',
		'2023',
		'veranstaltung',
		'je zwei; Ergebnisse auf der Website'
	),
	k(
		'veranstaltungen-2024',
		'Öffentlichkeitswirksame Veranstaltungen',
		'plan',
		2,
		'Veranstaltungen',
		'2024',
		'veranstaltung',
		'je zwei; Ergebnisse auf der Website'
	),
	k(
		'partnerveranstaltungen-2023',
		'Teilnahme an Partnerveranstaltungen',
		'cap',
		3,
		'Teilnahmen',
		'2023',
		'partnerveranstaltung',
		'bis zu 3 jährlich, insgesamt höchstens 120 h'
	),
	k(
		'partnerveranstaltungen-2024',
		'Teilnahme an Partnerveranstaltungen',
		'cap',
		3,
		'Teilnahmen',
		'2024',
		'partnerveranstaltung',
		'bis zu 3 jährlich, insgesamt höchstens 120 h'
	),
	k(
		'partnerveranstaltungen-stunden',
		'Stunden für Partnerveranstaltungen',
		'cap',
		120,
		'Stunden',
		'vertrag',
		'partner_stunden',
		'insgesamt höchstens 120 h (2023 und 2024)'
	),
	k(
		'teaser',
		'Teasertexte (Presse / Social Media)',
		'cap',
		50,
		'Texte',
		'vertrag',
		'teaser',
		'bis zu 50, zzgl. Presseartikel'
	),
	k(
		'bericht-2023',
		'Bericht über die Bündnisarbeit',
		'deadline',
		1,
		'Bericht',
		'2023',
		'lieferung',
		null,
		'2023-10-31'
	),
	k(
		'bericht-2024',
		'Bericht über die Bündnisarbeit',
		'deadline',
		1,
		'Bericht',
		'2024',
		'lieferung',
		null,
		'2024-06-30'
	),
	k(
		'website',
		'Website eingerichtet (Übernahme der TMIL-Inhalte), danach gepflegt',
		'plan',
		1,
		'Website',
		'2023',
		'lieferung',
		null
	)
];

export const pilotColumns: ColumnSpec[] = [
	{ name: 'id', type: 'text', description: 'Schlüssel' },
	{ name: 'ag', type: 'text', description: 'Klima / Leerstand / WULIS' },
	{ name: 'slot', type: 'int', description: 'Platz im Plan (2 je AG)' },
	{
		name: 'title',
		type: 'text',
		nullable: true,
		description: 'Titel; leer, solange keiner bekannt ist'
	},
	{ name: 'status', type: 'text', description: 'offen / konzept / in_umsetzung / umgesetzt' },
	{ name: 'target_date', type: 'text', nullable: true, description: 'Zieldatum (ISO)' },
	{ name: 'ags', type: 'text', nullable: true, description: 'AGS des Ortes; leer = Ort offen' },
	{ name: 'lon', type: 'float', nullable: true, description: 'Länge (WGS84)' },
	{ name: 'lat', type: 'float', nullable: true, description: 'Breite (WGS84)' },
	{ name: 'note', type: 'text', nullable: true, description: 'Anmerkung' },
	{ name: 'source', type: 'text', description: 'Quelle' }
];

const p = (
	id: string,
	ag: string,
	slot: number,
	title: string | null,
	status: string,
	target_date: string | null,
	note: string | null,
	source = SEED
) => ({ id, ag, slot, title, status, target_date, ags: null, lon: null, lat: null, note, source });

export const pilots = [
	p(
		'klima-1',
		'Klima',
		1,
		'Wanderbaumallee',
		'konzept',
		null,
		'erstes Pilotprojekt der AG Klima; Konzept eingeleitet, Finalisierung 2023'
	),
	p(
		'klima-2',
		'Klima',
		2,
		null,
		'offen',
		'2023-06-30',
		'weiteres Pilotprojekt bis 30.06.2023 zu entwickeln'
	),
	p(
		'leerstand-1',
		'Leerstand',
		1,
		null,
		'offen',
		null,
		'Definition & Entwicklung von zwei Pilotprojekten (Ausblick 2023)'
	),
	p(
		'leerstand-2',
		'Leerstand',
		2,
		null,
		'offen',
		null,
		'Definition & Entwicklung von zwei Pilotprojekten (Ausblick 2023)'
	),
	p(
		'wulis-1',
		'WULIS',
		1,
		null,
		'offen',
		null,
		'zwei Pilotprojekte je AG (sechs insgesamt), Konzeption 2023/24',
		LEG
	),
	p(
		'wulis-2',
		'WULIS',
		2,
		null,
		'offen',
		null,
		'zwei Pilotprojekte je AG (sechs insgesamt), Konzeption 2023/24',
		LEG
	)
];
