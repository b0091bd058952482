import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../../src/lib/db/node';
import { registry } from '../../../src/lib/db/registry';
import type { CatalogParams, FacetCount } from '../../../src/lib/massnahmen/queries';
import { toArrowIpc } from '../../../scripts/data/lib/arrow';
import { massnahmen, massnahmenColumns, type Massnahme } from '../../../scripts/data/massnahmen';

const row = (p: Partial<Massnahme> & Pick<Massnahme, 'id' | 'title' | 'ag'>): Massnahme => ({
	rubric: null,
	approach: null,
	description: '',
	examples: null,
	ags: null,
	ort: null,
	size_classes: null,
	fundable: 'unbekannt',
	status: 'geplant',
	source: 'Fixture',
	link: null,
	...p
});

const FIXTURE: Massnahme[] = [
	row({
		id: 'a',
		title: 'Äußere Bahnhofstraße beleben',
		ag: 'Leerstand',
		approach: 'Zwischennutzung',
		ags: '16053000',
		size_classes: 'kleinstadt|mittelstadt',
		fundable: 'ja'
	}),
	row({
		id: 'b',
		title: 'Grüne Höfe',
		ag: 'Klima',
		approach: 'Hitze|Starkregen',
		size_classes: 'alle'
	}),
	row({
		id: 'c',
		title: 'Fonds für Bürgerprojekte',
		ag: 'WULIS',
		rubric: 'Instrumente und Werkzeuge',
		approach: 'Fonds',
		fundable: 'nein'
	}),
	row({
		id: 'd',
		title: 'Zwischennutzung im Ortskern',
		ag: 'Leerstand',
		approach: 'Zwischennutzung'
	})
];

type Db = Awaited<ReturnType<typeof openNodeDb>>;
let db: Db;
beforeAll(async () => {
	db = await openNodeDb({
		tables: {
			massnahmen: toArrowIpc(massnahmenColumns, FIXTURE as unknown as Record<string, unknown>[])
		}
	});
});

const params = (
	p: Partial<Record<'q' | 'ag' | 'rubric' | 'approach' | 'size' | 'fundable', string>> = {}
) =>
	[
		p.q ?? '',
		p.ag ?? '',
		p.rubric ?? '',
		p.approach ?? '',
		p.size ?? '',
		p.fundable ?? ''
	] as CatalogParams;
const ids = async (p: Parameters<typeof params>[0]) =>
	(await db.rows(registry.massnahmenSearch, params(p))).map((r) => r.id).sort();
const count = (rows: FacetCount[], facet: string, value: string) =>
	rows.find((r) => r.facet === facet && r.value === value);

describe('massnahmen search (registry.massnahmenSearch)', () => {
	it('returns everything without filters, ordered by AG', async () => {
		const rows = await db.rows(registry.massnahmenSearch, params());
		expect(rows.map((r) => r.id)).toEqual(['a', 'd', 'b', 'c']);
		expect(rows[0].gemeinde).toBe('Jena');
		expect(rows[0].lon).toBeGreaterThan(11);
		expect(rows[1].gemeinde).toBeNull();
	});

	it('folds German spelling: case, umlauts, ß, ae/oe/ue, punctuation', async () => {
		expect(await ids({ q: 'aussere' })).toEqual(['a']);
		expect(await ids({ q: 'BAHNHOFSTRASSE' })).toEqual(['a']);
		expect(await ids({ q: 'Äußere' })).toEqual(['a']);
		expect(await ids({ q: 'aeussere' })).toEqual(['a']);
		expect(await ids({ q: 'buerger' })).toEqual(['c']);
		expect(await ids({ q: 'grune hofe' })).toEqual(['b']);
		expect(await ids({ q: 'jena' })).toEqual(['a']);
	});

	it('needs every word; a search without hit gives nothing; quotes are just text', async () => {
		expect(await ids({ q: 'zwischennutzung ortskern' })).toEqual(['d']);
		expect(await ids({ q: 'zwischennutzung xyz' })).toEqual([]);
		expect(await ids({ q: "'; DROP TABLE massnahmen; --" })).toEqual([]);
		expect(await ids({ q: '   ' })).toEqual(['a', 'b', 'c', 'd']);
	});

	it('combines facets: OR within a facet, AND across', async () => {
		expect(await ids({ ag: 'Klima|WULIS' })).toEqual(['b', 'c']);
		expect(await ids({ ag: 'Leerstand', fundable: 'ja' })).toEqual(['a']);
		expect(await ids({ approach: 'Starkregen' })).toEqual(['b']);
		expect(await ids({ rubric: '~' })).toEqual(['a', 'b', 'd']);
		expect(await ids({ q: 'zwischennutzung', approach: 'Zwischennutzung' })).toEqual(['a', 'd']);
	});

	it('size: a class matches entries made for it or for all sizes; ~ means no statement', async () => {
		expect(await ids({ size: 'kleinstadt' })).toEqual(['a', 'b']);
		expect(await ids({ size: 'grossstadt' })).toEqual(['b']);
		expect(await ids({ size: '~' })).toEqual(['c', 'd']);
	});
});

describe('massnahmen facets (registry.massnahmenFacets)', () => {
	it('counts every value over all entries without filters', async () => {
		const rows = await db.rows(registry.massnahmenFacets, params());
		expect(count(rows, 'ag', 'Leerstand')).toMatchObject({ n: 2, total: 2 });
		expect(count(rows, 'approach', 'Hitze')).toMatchObject({ n: 1, total: 1 });
		expect(count(rows, 'approach', '~')).toBeUndefined();
		expect(count(rows, 'rubric', '~')).toMatchObject({ n: 3 });
		expect(count(rows, 'size', 'landgemeinde')).toMatchObject({ n: 1 });
		expect(count(rows, 'size', 'mittelstadt')).toMatchObject({ n: 2 });
		expect(count(rows, 'size', '~')).toMatchObject({ n: 2 });
		expect(count(rows, 'fundable', 'unbekannt')).toMatchObject({ n: 2 });
	});

	it('counts a facet under the search and the other facets, not under its own filter', async () => {
		const rows = await db.rows(
			registry.massnahmenFacets,
			params({ q: 'zwischennutzung', ag: 'Leerstand' })
		);
		expect(count(rows, 'ag', 'Leerstand')?.n).toBe(2);
		expect(count(rows, 'ag', 'Klima')).toMatchObject({ n: 0, total: 1 });
		expect(count(rows, 'fundable', 'ja')?.n).toBe(1);
		expect(count(rows, 'approach', 'Fonds')?.n).toBe(0);
		const narrowed = await db.rows(
			registry.massnahmenFacets,
			params({ ag: 'Leerstand', fundable: 'ja' })
		);
		expect(count(narrowed, 'ag', 'WULIS')?.n).toBe(0);
		expect(count(narrowed, 'fundable', 'unbekannt')?.n).toBe(1);
	});
});

describe('single entries', () => {
	it('registry.massnahmeById finds one entry, none for an unknown id', async () => {
		expect((await db.rows(registry.massnahmeById, ['c']))[0].title).toBe(
			'Fonds für Bürgerprojekte'
		);
		expect(await db.rows(registry.massnahmeById, ['zzz'])).toEqual([]);
	});

	it('registry.massnahmenByAgs lists the entries located in a Gemeinde', async () => {
		expect((await db.rows(registry.massnahmenByAgs, ['16053000'])).map((r) => r.id)).toEqual(['a']);
		expect(await db.rows(registry.massnahmenByAgs, ['16051000'])).toEqual([]);
	});
});

describe('the real dataset', () => {
	it('every entry has a source, places only where named, and the link only to KOMPASS', async () => {
		const real = await openNodeDb();
		const rows = await real.rows(registry.massnahmenSearch, params());
		expect(rows.length).toBeGreaterThanOrEqual(20);
		expect(rows.every((r) => r.source.length > 10)).toBe(true);
		expect(rows.filter((r) => r.ags).map((r) => [r.id, r.gemeinde])).toEqual([
			['blank-jena', 'Jena']
		]);
		expect(rows.filter((r) => r.link).map((r) => r.id)).toEqual(['kompass']);
		expect(
			(await real.rows(registry.massnahmenSearch, params({ q: 'Forderung' }))).length
		).toBeGreaterThan(0);
	});

	it('the generator rejects an unknown Gemeinde key', () => {
		expect(() => massnahmen(new Set())).toThrow(/AGS 16053000 unbekannt/);
	});
});
