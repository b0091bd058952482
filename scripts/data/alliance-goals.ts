// Goals per AG and rubric, the ministry's milestones and the alliance's public key facts, from
// ../shared/facts/alliance.md (seed of 23.02.2023 and later public pages).
import type { ColumnSpec } from './lib/arrow.ts';
import type { Flag } from '../../src/lib/data/manifest-types.ts';
import { LEG, LEG_PRESSE_2024, LEG_PRESSE_2025, SEED, SUHL_BERICHT } from './alliance.ts';

export const zielColumns: ColumnSpec[] = [
	{ name: 'id', type: 'text', description: 'Schlüssel' },
	{ name: 'ag', type: 'text', description: 'Klima / Leerstand / WULIS / alle' },
	{
		name: 'rubrik',
		type: 'text',
		description:
			'Wissenstransfer auf allen Ebenen / Instrumente und Werkzeuge / Neue Qualität der Innenstädte / übergreifend'
	},
	{ name: 'ziel', type: 'text', description: 'Ziel oder Schritt, wie in der Quelle' },
	{
		name: 'status',
		type: 'text',
		description:
			'erreicht / eingeleitet / teilweise (Stand der Quelle) / geplant (Agenda, Ausblick)'
	},
	{ name: 'stand', type: 'text', description: 'Stand der Angabe (ISO)' },
	{ name: 'frist', type: 'text', nullable: true, description: 'Frist (ISO), falls genannt' },
	{ name: 'note', type: 'text', nullable: true, description: 'Anmerkung' },
	{ name: 'source', type: 'text', description: 'Quelle' }
];

const STAND = '2023-02-23';
const RUB = {
	w: 'Wissenstransfer auf allen Ebenen',
	i: 'Instrumente und Werkzeuge',
	q: 'Neue Qualität der Innenstädte',
	u: 'übergreifend'
};
const z = (
	id: string,
	ag: string,
	rubrik: string,
	ziel: string,
	status: 'erreicht' | 'eingeleitet' | 'teilweise' | 'geplant',
	note: string | null = null,
	frist: string | null = null
) => ({ id, ag, rubrik, ziel, status, stand: STAND, frist, note, source: SEED });

export const agZiele = [
	z('tmil-website', 'alle', RUB.w, 'Bündnis auf der Website des TMIL', 'erreicht'),
	z(
		'apolda-transfer',
		'Leerstand',
		RUB.w,
		'Transferveranstaltung mit der AG Leerstand in Apolda am 29.11.2022',
		'erreicht'
	),
	z('wegweiser', 'alle', RUB.i, 'Erste Maßnahmen: „Wegweiser Innenstadtförderung“', 'eingeleitet'),
	z(
		'klima-pilot-konzept',
		'Klima',
		RUB.q,
		'Konzept für ein erstes Pilotprojekt der AG Klima (Wanderbaumallee)',
		'eingeleitet'
	),
	z(
		'geschaeftsstelle',
		'alle',
		RUB.u,
		'Geschäftsstelle bei der LEG Thüringen',
		'erreicht',
		'seit Januar 2023'
	),
	z(
		'klima-ziele-2022',
		'Klima',
		RUB.u,
		'Ziele der AG Klima für 2022',
		'teilweise',
		'„nur tlw. erreicht“'
	),
	z(
		'klima-wanderbaumallee',
		'Klima',
		RUB.q,
		'Wanderbaumallee finalisieren',
		'geplant',
		'Agenda 2023'
	),
	z(
		'klima-pilot-2',
		'Klima',
		RUB.q,
		'Weiteres Pilotprojekt entwickeln',
		'geplant',
		'Agenda 2023',
		'2023-06-30'
	),
	z(
		'klima-format',
		'Klima',
		RUB.w,
		'Neues AG-Format mit der Wissenschaft (FH)',
		'geplant',
		'Agenda 2023'
	),
	z(
		'klima-info',
		'Klima',
		RUB.w,
		'Information über Website und Newsletter',
		'geplant',
		'Agenda 2023'
	),
	z(
		'klima-regionalkonferenz',
		'Klima',
		RUB.w,
		'Regionalkonferenz / Workshops AG-übergreifend',
		'geplant',
		'Agenda 2023'
	),
	z(
		'leerstand-piloten',
		'Leerstand',
		RUB.q,
		'Zwei Pilotprojekte definieren und entwickeln',
		'geplant',
		'Ausblick 2023'
	),
	z(
		'leerstand-boerse',
		'Leerstand',
		RUB.i,
		'Best-Practice-Börse = Leitfaden (verschiedene Ansätze sichtbar machen)',
		'geplant',
		'Ausblick 2023'
	),
	z(
		'wulis-massnahmen',
		'WULIS',
		RUB.i,
		'Maßnahmenpaket: Tabelle förderfähiger Maßnahmen',
		'geplant',
		'Ausblick 2023'
	),
	z(
		'wulis-werkzeugkoffer',
		'WULIS',
		RUB.i,
		'Liste guter Beispiele und „Werkzeugkoffer“',
		'geplant',
		'Ausblick 2023'
	),
	z('wulis-top3', 'WULIS', RUB.q, 'Weitere TOP-3-Maßnahmen umsetzen', 'geplant', 'Ausblick 2023'),
	z('wulis-regionalkonferenzen', 'WULIS', RUB.w, 'Regionalkonferenzen', 'geplant', 'Ausblick 2023')
];

export const meilensteinColumns: ColumnSpec[] = [
	{ name: 'id', type: 'text', description: 'Schlüssel' },
	{ name: 'titel', type: 'text', description: 'Meilenstein' },
	{ name: 'zeitraum', type: 'text', description: 'Zeitangabe wie in der Quelle' },
	{ name: 'beginn', type: 'text', description: 'Beginn des Zeitraums (ISO)' },
	{ name: 'ende', type: 'text', description: 'Ende des Zeitraums (ISO)' },
	{ name: 'akteur', type: 'text', description: 'verantwortlich' },
	{ name: 'source', type: 'text', description: 'Quelle' }
];

export const meilensteine = [
	{
		id: 'handel-2030-auftrag',
		titel: 'Strategiepapier „Thüringer (Einzel)Handel 2030“ beauftragt',
		zeitraum: '2023',
		beginn: '2023-01-01',
		ende: '2023-12-31',
		akteur: 'TMWWDG',
		source: SEED
	},
	{
		id: 'handel-2030-vorstellung',
		titel: 'Vorstellung des Strategiepapiers „Thüringer (Einzel)Handel 2030“',
		zeitraum: '1. Quartal 2024',
		beginn: '2024-01-01',
		ende: '2024-03-31',
		akteur: 'TMWWDG',
		source: SEED
	},
	{
		id: 'haendler-digital',
		titel: 'Projekt „Thüringer Händler im digitalen Wandel“ (Ernst-Abbe-Hochschule Jena)',
		zeitraum: '2023–2025',
		beginn: '2023-01-01',
		ende: '2025-12-31',
		akteur: 'TMWWDG / Ernst-Abbe-Hochschule Jena',
		source: SEED
	}
];

export const faktColumns: ColumnSpec[] = [
	{ name: 'id', type: 'text', description: 'Schlüssel' },
	{ name: 'ag', type: 'text', description: 'Klima / Leerstand / WULIS / alle' },
	{ name: 'thema', type: 'text', description: 'Mitglieder / Institutionen / Handlungsfelder / …' },
	{ name: 'wert', type: 'text', description: 'Angabe im Wortlaut der Quelle' },
	{
		name: 'zahl',
		type: 'float',
		nullable: true,
		description: 'Zahl zur Angabe (Untergrenze bei „über“/„mehr als“)'
	},
	{ name: 'stand', type: 'text', nullable: true, description: 'Stand (ISO)' },
	{
		name: 'url',
		type: 'text',
		nullable: true,
		description: 'Verweis (nur Link, wird nicht geladen)'
	},
	{ name: 'source', type: 'text', description: 'Quelle' }
];

const f = (
	id: string,
	ag: string,
	thema: string,
	wert: string,
	zahl: number | null,
	stand: string | null,
	source: string,
	url: string | null = null
) => ({ id, ag, thema, wert, zahl, stand, url, source });

export const fakten = [
	f(
		'mitglieder-2024',
		'alle',
		'Mitglieder',
		'über 100 Mitglieder',
		100,
		'2024-11-26',
		SUHL_BERICHT
	),
	f(
		'institutionen-suhl-2024',
		'alle',
		'Institutionen',
		'aus mehr als 60 Institutionen',
		60,
		'2024-11-26',
		SUHL_BERICHT
	),
	f(
		'institutionen-leg-2024',
		'alle',
		'Institutionen',
		'mehr als 50 Institutionen',
		50,
		'2024-11-26',
		LEG_PRESSE_2024
	),
	f(
		'positionspapier-2024',
		'alle',
		'Veröffentlichung',
		'gemeinsames Positionspapier mit Aktionsplan veröffentlicht',
		null,
		'2024-11-26',
		SUHL_BERICHT
	),
	f(
		'facebook-2024',
		'alle',
		'Öffentlichkeit',
		'Facebook-Kanal seit Sommer 2024',
		null,
		'2024-11-26',
		SUHL_BERICHT
	),
	f(
		'foerderung-2025',
		'alle',
		'Finanzierung',
		'das Land fördert die Bündnisarbeit erstmals',
		null,
		'2025-04-29',
		LEG_PRESSE_2025
	),
	f(
		'klima-felder',
		'Klima',
		'Handlungsfelder',
		'Hitze, Dürre, Starkregen; Klimaschutz und Klimaanpassung; Aufenthaltsqualität; Wissenstransfer (Umfrage, Fachgespräche); Maßnahmenkatalog',
		null,
		'2023-02-23',
		SEED
	),
	f(
		'leerstand-felder',
		'Leerstand',
		'Handlungsfelder',
		'„Wir wollen ins TUN kommen!“ Zwischennutzung (FreiRaumStation, Blank Jena), Wissen und Beratung (LeerGut-Agenten), Aktivierung durch Gemeinschaftsprojekte (Quartier für alle), klassische Umnutzung, Schrottimmobilien und ortskernprägende Objekte',
		null,
		'2023-02-23',
		SEED
	),
	f(
		'leerstand-kompass',
		'Leerstand',
		'Werkzeug',
		'KOMPASS: Orientierungshilfe der AG Leerstandsbewältigung für Kommunen auf dem Weg zur Leerstandsbeseitigung',
		null,
		null,
		'kompass-thueringen.de/idee',
		'https://kompass-thueringen.de/idee'
	),
	f(
		'wulis-felder',
		'WULIS',
		'Handlungsfelder',
		'Wohnen und Leben in der Stadt: Regionalkonferenzen; Fonds (Informations- und Verfügungsfonds, Innenstadtfonds); Bedarfsanalysen, Aktionstage, Bürgerbeteiligung, Workshops; Erreichbarkeit der Innenstädte, Mobilität (ÖPNV, Parken); Verwaltungsstandorte in den Innenstädten halten; Leerstandsmanagement',
		null,
		'2023-02-23',
		SEED
	),
	f(
		'pilot-legseite',
		'alle',
		'Pilotprojekte',
		'sechs Pilotprojekte 2023/24 konzipieren, planen und zur Umsetzung vorbereiten',
		6,
		null,
		LEG
	)
];

type AddDataset = (
	name: string,
	columns: ColumnSpec[],
	rows: Record<string, unknown>[],
	meta: {
		title: string;
		source: string;
		licence: string;
		reference_date: string;
		flag: Flag;
	}
) => void;

export function addAllianceGoals(
	add: AddDataset,
	meta: { source: string; licence: string; flag: Flag }
): void {
	add('ag_ziele', zielColumns, agZiele, {
		title: 'Ziele je AG und Rubrik mit Stand (erreicht / eingeleitet / teilweise / geplant)',
		reference_date: '23.02.2023',
		...meta
	});
	add('meilensteine', meilensteinColumns, meilensteine, {
		title: 'Meilensteine des Ministeriums (TMWWDG), keine Ziele des Bündnisses',
		reference_date: '23.02.2023',
		...meta
	});
	add('buendnis_fakten', faktColumns, fakten, {
		title: 'Kennwerte und Handlungsfelder des Bündnisses (Mitglieder, Institutionen, AG-Themen)',
		reference_date: 'Stand der Quellen: 23.02.2023, 26.11.2024, 29.04.2025',
		...meta
	});
}
