// The measures, approaches and tools the alliance's slides (seed) and its public pages name. Real entries only:
// a field stays empty where the source says nothing (no place, no size class, no funding guessed).
import type { ColumnSpec } from './lib/arrow.ts';

const SEED = 'Bündnis-Präsentation vom 23.02.2023 (Folien 01.03.2023)';
const F_LEERSTAND = `${SEED}, Folie „AG Leerstand – Fazit / Ausblick“`;
const F_LEERSTAND_SITZUNG = `${SEED}, Folie „AG Leerstand“ (erweiterte AG-Sitzung 30.11.2022)`;
const F_KLIMA = `${SEED}, Folien „AG Klima – Bilanz/Ergebnisse“ und „Ausblick/Ziele/Agenda 2023“`;
const F_WULIS = `${SEED}, Folie 15 „AG WULIS – Ausblick“`;
const F_ZIELE = `${SEED}, Folie „Erreichte Ziele“`;
const F_MINISTERIUM = `${SEED}, Folie 17 „Ausblick / Künftige Schwerpunkte“ (TMWWDG)`;
const KOMPASS = 'kompass-thueringen.de/idee';

export const AGS = ['Leerstand', 'Klima', 'WULIS', 'alle'] as const;
export const RUBRICS = [
	'Wissenstransfer auf allen Ebenen',
	'Instrumente und Werkzeuge',
	'Neue Qualität der Innenstädte'
] as const;
export const SIZES = ['alle', 'landgemeinde', 'kleinstadt', 'mittelstadt', 'grossstadt'] as const;
export const FUNDABLE = ['ja', 'nein', 'unbekannt'] as const;

export const massnahmenColumns: ColumnSpec[] = [
	{ name: 'id', type: 'text', description: 'Schlüssel (Kleinbuchstaben, Ziffern, Bindestrich)' },
	{ name: 'title', type: 'text', description: 'Bezeichnung' },
	{
		name: 'ag',
		type: 'text',
		description: 'Arbeitsgruppe: Leerstand / Klima / WULIS / alle (AG-übergreifend)'
	},
	{
		name: 'rubric',
		type: 'text',
		nullable: true,
		description:
			'Rubrik des Bündnisses (Wissenstransfer auf allen Ebenen / Instrumente und Werkzeuge / Neue Qualität der Innenstädte); leer, wenn die Quelle keine zuordnet'
	},
	{
		name: 'approach',
		type: 'text',
		nullable: true,
		description: 'Ansatz bzw. Handlungsfeld; mehrere mit | getrennt; leer = keine Zuordnung'
	},
	{ name: 'description', type: 'text', description: 'Beschreibung nach der Quelle' },
	{
		name: 'examples',
		type: 'text',
		nullable: true,
		description: 'in der Quelle genannte Beispiele und Stichworte'
	},
	{
		name: 'ags',
		type: 'text',
		nullable: true,
		description: 'AGS der Gemeinde, nur wenn die Quelle den Ort nennt'
	},
	{ name: 'ort', type: 'text', nullable: true, description: 'Ort, wie in der Quelle genannt' },
	{
		name: 'size_classes',
		type: 'text',
		nullable: true,
		description:
			'geeignete Größen: alle oder landgemeinde|kleinstadt|mittelstadt|grossstadt; leer = keine Angabe'
	},
	{ name: 'fundable', type: 'text', description: 'förderfähig: ja / nein / unbekannt' },
	{ name: 'status', type: 'text', description: 'Stand laut Quelle' },
	{ name: 'source', type: 'text', description: 'Quelle (Folie oder öffentliche Seite)' },
	{
		name: 'link',
		type: 'text',
		nullable: true,
		description: 'Verweis auf ein eigenes Angebot des Bündnisses (nur Navigation)'
	}
];

export interface Massnahme {
	id: string;
	title: string;
	ag: (typeof AGS)[number];
	rubric: (typeof RUBRICS)[number] | null;
	approach: string | null;
	description: string;
	examples: string | null;
	ags: string | null;
	ort: string | null;
	size_classes: string | null;
	fundable: (typeof FUNDABLE)[number];
	status: string;
	source: string;
	link: string | null;
}

type Entry = Omit<
	Massnahme,
	'rubric' | 'approach' | 'examples' | 'ags' | 'ort' | 'size_classes' | 'fundable' | 'link'
> &
	Partial<Massnahme>;

const entries: Entry[] = [
	// AG Leerstand: "Leerstand kann auf unterschiedliche Weise bewältigt werden …"
	{
		id: 'freiraumstation',
		title: 'FreiRaumStation',
		ag: 'Leerstand',
		approach: 'Zwischennutzung',
		description:
			'Von der AG Leerstand genanntes Beispiel dafür, Leerstand durch Zwischennutzung zu bewältigen. Einen Ort nennt die Quelle nicht.',
		examples: 'Zwischennutzungen: FreiRaumStation, Blank Jena „etc.“',
		status: 'Praxisbeispiel',
		source: F_LEERSTAND
	},
	{
		id: 'blank-jena',
		title: 'Blank Jena',
		ag: 'Leerstand',
		approach: 'Zwischennutzung',
		description:
			'Von der AG Leerstand genanntes Beispiel für Zwischennutzung leerstehender Räume in Jena.',
		examples: 'Zwischennutzungen: FreiRaumStation, Blank Jena „etc.“',
		ags: '16053000',
		ort: 'Jena',
		status: 'Praxisbeispiel',
		source: F_LEERSTAND
	},
	{
		id: 'leergut-agenten',
		title: 'LeerGut-Agenten',
		ag: 'Leerstand',
		approach: 'Wissensvermittlung & Beratung',
		description:
			'Beispiel dafür, Leerstand durch Wissensvermittlung und Fachberatung zu bewältigen. Einen Ort nennt die Quelle nicht.',
		status: 'Praxisbeispiel',
		source: F_LEERSTAND
	},
	{
		id: 'quartier-fuer-alle',
		title: 'Quartier für alle e.V.',
		ag: 'Leerstand',
		approach: 'Aktivierung durch gemeinschaftliche Projekte',
		description:
			'Beispiel für die Aktivierung von Leerstand durch gemeinschaftliche Projektinitiativen. Der Verein stellte in der erweiterten AG-Sitzung am 30.11.2022 ein Modellprojekt des BBSR vor (Gäste: IBA Thüringen, Dezentrale Sachsen, Quartier für alle e.V.).',
		examples: 'Modellprojekt (BBSR)',
		status: 'Praxisbeispiel',
		source: `${F_LEERSTAND}; ${F_LEERSTAND_SITZUNG}`
	},
	{
		id: 'klassische-umnutzung',
		title: 'Klassische Umnutzung',
		ag: 'Leerstand',
		approach: 'klassische Umnutzung',
		description:
			'Leerstehende Gebäude erhalten eine neue, dauerhafte Nutzung. Die AG betont: unterschiedliche Lösungen für unterschiedliche Gebäudetypen und Akteur:innen.',
		status: 'Lösungsansatz',
		source: F_LEERSTAND
	},
	{
		id: 'schrottimmobilien',
		title: 'Umgang mit „Schrottimmobilien“ und ortskernprägenden Objekten',
		ag: 'Leerstand',
		approach: 'Umgang mit Schrottimmobilien & ortskernprägenden Objekten',
		description:
			'Lösungsansatz der AG Leerstand für verwahrloste Gebäude und für Objekte, die den Ortskern prägen.',
		status: 'Lösungsansatz',
		source: F_LEERSTAND
	},
	{
		id: 'best-practice-boerse',
		title: 'Best-Practice-Börse (Leitfaden)',
		ag: 'Leerstand',
		description:
			'„Best Practice Börse = Leitfaden“: Die unterschiedlichen Lösungsansätze gegen Leerstand sollen sichtbar werden. Dieser Katalog sammelt sie.',
		examples:
			'Zwischennutzung, Wissensvermittlung & Beratung, gemeinschaftliche Projekte, klassische Umnutzung, Schrottimmobilien & ortskernprägende Objekte',
		status: 'geplant',
		source: F_LEERSTAND
	},
	{
		id: 'kompass',
		title: 'KOMPASS – Werkzeug gegen Leerstand',
		ag: 'Leerstand',
		approach: 'Wissensvermittlung & Beratung',
		description:
			'Werkzeug der AG Leerstandsbewältigung: hilft Kommunen, einen Weg aus dem Leerstand zu finden (Orientierung, Möglichkeiten, neue Nutzungen). Der Atlas verweist darauf, statt es nachzubauen.',
		status: 'verfügbar',
		source: KOMPASS,
		link: 'https://kompass-thueringen.de/'
	},
	// AG Klima
	{
		id: 'wanderbaumallee',
		title: 'Wanderbaumallee',
		ag: 'Klima',
		rubric: 'Neue Qualität der Innenstädte',
		description:
			'Erstes Pilotprojekt der AG Klima (Konzept in der Rubrik „Neue Qualität der Innenstädte“); Anfang 2023 in der Finalisierung. Pilotprojekte sollen modellhaft und übertragbar sein, umsetzbar für kleine, mittlere und große Städte.',
		examples: 'Aufenthaltsqualität in der Stadt',
		size_classes: 'alle',
		status: 'in Vorbereitung (Finalisierung 2023)',
		source: `${F_KLIMA}; ${F_ZIELE}; ${F_MINISTERIUM}`
	},
	{
		id: 'massnahmenkatalog-klima',
		title: 'Maßnahmenkatalog der AG Klima',
		ag: 'Klima',
		approach: 'Hitze|Dürre|Starkregen',
		description:
			'Katalog von Maßnahmen zu den Handlungsfeldern der AG: Klimathemen Hitze, Dürre und Starkregen, Klimaschutz und -anpassung.',
		examples: 'Hitze, Dürre, Starkregen; Klimaschutz und -anpassung',
		status: 'in Diskussion',
		source: F_KLIMA
	},
	// AG WULIS (Wohnen & Leben in der Stadt)
	{
		id: 'informations-verfuegungsfonds',
		title: 'Informations- und Verfügungsfonds',
		ag: 'WULIS',
		approach: 'Fonds',
		description: 'Fonds etablieren, z. B. einen Informations- und Verfügungsfonds.',
		status: 'geplant',
		source: F_WULIS
	},
	{
		id: 'innenstadtfonds',
		title: 'Innenstadtfonds',
		ag: 'WULIS',
		approach: 'Fonds',
		description: 'Die AG WULIS will einen Innenstadtfonds fordern.',
		status: 'Forderung',
		source: F_WULIS
	},
	{
		id: 'regionalkonferenzen',
		title: 'Regionalkonferenzen',
		ag: 'WULIS',
		approach: 'Vernetzung',
		description:
			'Regionalkonferenzen „aus der Theorie in die Praxis“. Auch die AG Klima plant eine Regionalkonferenz bzw. Workshops zwischen den AGs.',
		examples: 'Wissensplattform, Vernetzung',
		status: 'geplant',
		source: `${F_WULIS}; ${F_KLIMA}`
	},
	{
		id: 'tabelle-foerderfaehige-massnahmen',
		title: 'Tabelle förderfähiger Maßnahmen',
		ag: 'WULIS',
		approach: 'Maßnahmenpaket',
		description:
			'Teil des kurzfristigen Maßnahmenpakets der AG WULIS zur Revitalisierung der Innenstädte: eine Tabelle förderfähiger Maßnahmen.',
		status: 'geplant',
		source: F_WULIS
	},
	{
		id: 'best-practice-liste',
		title: 'Liste mit Best-Practice-Beispielen',
		ag: 'WULIS',
		approach: 'Maßnahmenpaket',
		description: 'Eine Liste mit Best-Practice-Beispielen, zusammen mit einem „Werkzeugkoffer“.',
		status: 'geplant',
		source: F_WULIS
	},
	{
		id: 'werkzeugkoffer',
		title: 'Werkzeugkoffer',
		ag: 'WULIS',
		approach: 'Maßnahmenpaket',
		description: 'Ein „Werkzeugkoffer“ für Kommunen, zusammen mit der Best-Practice-Liste.',
		status: 'geplant',
		source: F_WULIS
	},
	{
		id: 'bedarfsanalysen',
		title: 'Bedarfsanalysen',
		ag: 'WULIS',
		approach: 'Beteiligung',
		description:
			'Bedarfsanalysen, genannt zusammen mit Aktionstagen, Bürgerbeteiligungen und Workshops.',
		status: 'geplant',
		source: F_WULIS
	},
	{
		id: 'aktionstage',
		title: 'Aktionstage',
		ag: 'WULIS',
		approach: 'Beteiligung',
		description:
			'Aktionstage, genannt zusammen mit Bedarfsanalysen, Bürgerbeteiligungen und Workshops.',
		status: 'geplant',
		source: F_WULIS
	},
	{
		id: 'buergerbeteiligung',
		title: 'Bürgerbeteiligungen und Workshops',
		ag: 'WULIS',
		approach: 'Beteiligung',
		description: 'Bürgerinnen und Bürger beteiligen, Workshops durchführen.',
		status: 'geplant',
		source: F_WULIS
	},
	{
		id: 'mobilitaet-erreichbarkeit',
		title: 'Erreichbarkeit der Innenstädte, Mobilität',
		ag: 'WULIS',
		approach: 'Mobilität & Erreichbarkeit',
		description: 'Die Erreichbarkeit der Innenstädte verbessern: ÖPNV und Parken.',
		examples: 'ÖPNV, Parken',
		status: 'geplant',
		source: F_WULIS
	},
	{
		id: 'verwaltungsstandorte',
		title: 'Verwaltungsstandorte in Innenstädten stärken',
		ag: 'WULIS',
		approach: 'Verwaltungsstandorte',
		description: 'Verwaltungen in den Innenstädten halten und stärken.',
		status: 'geplant',
		source: F_WULIS
	},
	{
		id: 'leerstandsmanagement',
		title: 'Leerstandsmanagement',
		ag: 'WULIS',
		approach: 'Leerstandsmanagement',
		description:
			'Leerstandsmanagement, Revitalisierung der Innenstädte, Angebotsvielfalt erhalten.',
		examples: 'Revitalisierung, Angebotsvielfalt erhalten',
		status: 'geplant',
		source: F_WULIS
	},
	// AG-übergreifend, Rubrik Instrumente und Werkzeuge
	{
		id: 'wegweiser-innenstadtfoerderung',
		title: 'Wegweiser Innenstadtförderung',
		ag: 'alle',
		rubric: 'Instrumente und Werkzeuge',
		description:
			'Erste Maßnahme der Rubrik „Instrumente und Werkzeuge“: ein Wegweiser durch die Förderung für Innenstädte. Finanzierung ist laut Ministerium nur im Rahmen vorhandener Förderprogramme und Haushaltsmittel möglich.',
		status: 'eingeleitet',
		source: `${F_ZIELE}; ${F_MINISTERIUM}`
	}
];

const ID = /^[a-z0-9-]+$/;

/** All entries with every column set (null where the source says nothing); validates vocabularies. */
export function massnahmen(knownAgs: Set<string>): Massnahme[] {
	const seen = new Set<string>();
	return entries.map((e) => {
		const m: Massnahme = {
			rubric: null,
			approach: null,
			examples: null,
			ags: null,
			ort: null,
			size_classes: null,
			fundable: 'unbekannt',
			link: null,
			...e
		};
		const where = `massnahmen.ts, Eintrag „${m.id}“`;
		if (!ID.test(m.id) || seen.has(m.id))
			throw new Error(`${where}: Schlüssel ungültig oder doppelt`);
		seen.add(m.id);
		if (!AGS.includes(m.ag)) throw new Error(`${where}: unbekannte AG ${m.ag}`);
		if (m.rubric && !RUBRICS.includes(m.rubric)) throw new Error(`${where}: unbekannte Rubrik`);
		if (m.ags && !knownAgs.has(m.ags)) throw new Error(`${where}: AGS ${m.ags} unbekannt`);
		for (const s of m.size_classes?.split('|') ?? [])
			if (!(SIZES as readonly string[]).includes(s))
				throw new Error(`${where}: Größenklasse ${s} unbekannt`);
		if (m.link && !m.link.startsWith('https://kompass-thueringen.de/'))
			throw new Error(`${where}: Verweise nur auf Angebote des Bündnisses`);
		return m;
	});
}
