/**
 * Datasets of the Innenstadt analysis (issue #20), registered by build.ts:
 * - (ortsmitte, file 18, is built by ortsmitte.ts, which the stations share)
 * - zensus_100m (file 19): the Zensus 2022 100 m grid as integer cell coordinates + AGS + counts;
 * - wohnungen_amtlich (file 16): official dwellings per Gemeinde summed to 2025 keys + grid coverage;
 * - zensus_kreise_amtlich (file 17, Land row of file 16): official Kreis figures incl. vacancy.
 * Everything is validated here; a mismatch throws a DataError naming file, row and column.
 */
import type { Flag } from '../../src/lib/data/manifest-types.ts';
import type { ColumnSpec } from './lib/arrow.ts';
import { DataError, num, readCsv, str, type Row } from './lib/csv.ts';
import { toLaea } from '../../src/lib/geo/laea.ts';

type Register = (
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
) => void;

export interface InnenstadtContext {
	raw: (file: string) => string;
	gemeinden: { ags: string; name: string }[];
	mapping: { ags_2022: string; ars_2022: string; name_2022: string; ags_2025: string }[];
	attr: { bkg: string; zensus: string };
	licence: string;
}

const REST_ID = '16064073-rest';

/** Official cell text: digits only; `–` (nothing) and `.` (withheld) are not numbers. */
function count(file: string, rows: Row[], i: number, column: string): number {
	const v = rows[i][column];
	if (!/^\d+$/.test(v ?? ''))
		throw new DataError(file, i + 2, `keine ganze Zahl: „${v ?? ''}“`, column);
	return Number(v);
}

export function addInnenstadt(register: Register, ctx: InnenstadtContext) {
	const gemAgs = new Set(ctx.gemeinden.map((g) => g.ags));
	const DL = ctx.licence;

	// --- zensus_100m (file 19) -----------------------------------------------
	const F_Z = ctx.raw('th_zensus2022_100m_wohnungen_leerstand.csv');
	const zRaw = readCsv(F_Z, {
		rows: 57543,
		columns: ['x_3035', 'y_3035', 'lon', 'lat', 'gemeinde_id', 'wohnungen_gitter', 'leer_gitter']
	});
	let maxErr = 0;
	const cells = zRaw.map((r, i) => {
		const x = num(F_Z, zRaw, i, 'x_3035')!;
		const y = num(F_Z, zRaw, i, 'y_3035')!;
		if ((x - 50) % 100 !== 0)
			throw new DataError(F_Z, i + 2, `kein Zellmittelpunkt: ${x}`, 'x_3035');
		if ((y - 50) % 100 !== 0)
			throw new DataError(F_Z, i + 2, `kein Zellmittelpunkt: ${y}`, 'y_3035');
		const [px, py] = toLaea([num(F_Z, zRaw, i, 'lon')!, num(F_Z, zRaw, i, 'lat')!]);
		maxErr = Math.max(maxErr, Math.hypot(px - x, py - y));
		const id = str(F_Z, zRaw, i, 'gemeinde_id', /^(16\d{6}|16064073-rest)$/);
		if (id !== REST_ID && !gemAgs.has(id))
			throw new DataError(F_Z, i + 2, `Gemeinde ${id} unbekannt`, 'gemeinde_id');
		// both are published only from 3 on; perturbation lets vacant exceed dwellings in a few cells
		const wohnungen = num(F_Z, zRaw, i, 'wohnungen_gitter', { nullable: true });
		const leer = num(F_Z, zRaw, i, 'leer_gitter', { nullable: true });
		if (wohnungen === null && leer === null)
			throw new DataError(F_Z, i + 2, 'Zelle ohne jeden Wert', 'wohnungen_gitter');
		for (const [col, v] of [
			['wohnungen_gitter', wohnungen],
			['leer_gitter', leer]
		] as const)
			if (v !== null && (!Number.isInteger(v) || v < 3))
				throw new DataError(F_Z, i + 2, `ungültiger Wert ${v} (veröffentlicht erst ab 3)`, col);
		return {
			gx: (x - 50) / 100,
			gy: (y - 50) / 100,
			ags: id === REST_ID ? null : id,
			wohnungen,
			leer
		};
	});
	// 5-decimal lon/lat are good to about 1 m; a larger gap means the projection is wrong
	if (maxErr > 2)
		throw new DataError(F_Z, null, `Projektion weicht bis ${maxErr.toFixed(1)} m von x/y ab`);
	const totW = cells.reduce((s, c) => s + (c.wohnungen ?? 0), 0);
	const totL = cells.reduce((s, c) => s + (c.leer ?? 0), 0);
	if (totW !== 892471 || totL !== 68757)
		throw new DataError(F_Z, null, `Summen ${totW}/${totL} ≠ 892.471/68.757 laut PROVENANCE`);
	register(
		'zensus_100m',
		[
			{
				name: 'gx',
				type: 'int',
				description:
					'Zellspalte: Rechtswert der linken unteren Ecke / 100 (EPSG:3035); Mittelpunkt = gx × 100 + 50 m'
			},
			{
				name: 'gy',
				type: 'int',
				description:
					'Zellzeile: Hochwert der linken unteren Ecke / 100; Mittelpunkt = gy × 100 + 50 m'
			},
			{
				name: 'ags',
				type: 'text',
				nullable: true,
				description: 'AGS 2025 der Gemeinde des Zellmittelpunkts; leer = Restfläche Anrode'
			},
			{
				name: 'wohnungen',
				type: 'int',
				nullable: true,
				description:
					'Wohnungen im Gitter (Σ 17 Flächenklassen, je < 3 geheim): Untergrenze; leer = keine Klasse veröffentlicht'
			},
			{
				name: 'leer',
				type: 'int',
				nullable: true,
				description: 'leer stehende Wohnungen; leer = nicht veröffentlicht (< 3)'
			}
		],
		cells,
		{
			title: 'Wohnungen und Leerstand im 100-m-Gitter (Zensus 2022)',
			source: `${ctx.attr.zensus}, Gitterzellen 100 m (über JsLth/z22data); Zuordnung zu Gemeinden: ${ctx.attr.bkg}`,
			licence: DL,
			reference_date: '15.05.2022 (Zensus-Stichtag); Gemeinden 30.11.2025',
			flag: 'estimate',
			derived:
				'Werte < 3 geheimgehalten, Werte überlagert; erfasst 892.471 von 1.167.277 Wohnungen (76,5 %)'
		}
	);

	// --- wohnungen_amtlich (file 16 + mapping) -------------------------------
	const F_RT = ctx.raw('th_zensus2022_wohnungen_regionaltabelle_2022.csv');
	const rtRaw = readCsv(F_RT, {
		rows: 736,
		columns: ['Berichtszeitpunkt', '_RS', 'Name', 'Regionalebene', 'GEBAEUDEART_SYS_1']
	});
	const official2022 = new Map<string, number>();
	let landWohnungen: number | null = null;
	const kreisWohnungen = new Map<string, number>();
	rtRaw.forEach((r, i) => {
		const rs = str(F_RT, rtRaw, i, '_RS', /^16(\d{3}|\d{7}|\d{10})?$/);
		const n = count(F_RT, rtRaw, i, 'GEBAEUDEART_SYS_1');
		if (r.Regionalebene === 'Gemeinde') official2022.set(rs, n);
		else if (r.Regionalebene === 'Land') landWohnungen = n;
		else if (rs.length === 5) kreisWohnungen.set(rs, n);
	});
	if (official2022.size !== 631)
		throw new DataError(F_RT, null, `erwartet 631 Gemeinden, gefunden ${official2022.size}`);
	if (landWohnungen === null) throw new DataError(F_RT, null, 'Zeile „Land“ fehlt');

	const grid = new Map<string, number>();
	for (const c of cells) if (c.ags) grid.set(c.ags, (grid.get(c.ags) ?? 0) + (c.wohnungen ?? 0));

	type Acc = { wohnungen: number; teile: string[]; vorgaenger: number };
	const acc = new Map<string, Acc>(
		ctx.gemeinden.map((g) => [g.ags, { wohnungen: 0, teile: [], vorgaenger: 0 }])
	);
	for (const m of ctx.mapping) {
		const n = official2022.get(m.ars_2022);
		if (n === undefined)
			throw new DataError(F_RT, null, `ARS ${m.ars_2022} (${m.name_2022}) fehlt in der Tabelle`);
		const targets = m.ags_2025.split('|');
		for (const t of targets) {
			const a = acc.get(t)!;
			if (targets.length > 1) a.teile.push(m.name_2022);
			else {
				a.wohnungen += n;
				a.vorgaenger++;
			}
		}
	}
	const wohnungen = ctx.gemeinden.map((g) => {
		const a = acc.get(g.ags)!;
		const split = a.teile.length > 0;
		const w = grid.get(g.ags) ?? 0;
		return {
			ags: g.ags,
			wohnungen: split ? null : a.wohnungen,
			wohnungen_ohne_teile: a.wohnungen,
			wohnungen_gitter: w,
			abdeckung_pct: split || a.wohnungen === 0 ? null : Math.round((1000 * w) / a.wohnungen) / 10,
			teilung_offen: split,
			teile: a.teile.join('; ')
		};
	});
	const splitCount = wohnungen.filter((w) => w.teilung_offen).length;
	if (splitCount !== 3)
		throw new DataError(F_RT, null, `erwartet 3 Gemeinden mit Teilung, gefunden ${splitCount}`);
	register(
		'wohnungen_amtlich',
		[
			{ name: 'ags', type: 'text', description: 'AGS 2025' },
			{
				name: 'wohnungen',
				type: 'int',
				nullable: true,
				description:
					'Wohnungen in Gebäuden mit Wohnraum (amtlich, Zensus 2022), Σ der Vorgänger; leer bei offener Teilung'
			},
			{
				name: 'wohnungen_ohne_teile',
				type: 'int',
				description: 'Σ der ungeteilten Vorgänger (ohne die Anteile geteilter Gemeinden)'
			},
			{ name: 'wohnungen_gitter', type: 'int', description: 'im 100-m-Gitter erfasste Wohnungen' },
			{
				name: 'abdeckung_pct',
				type: 'float',
				nullable: true,
				description: 'Gitter / amtlich in % (eine Nachkommastelle); leer bei offener Teilung'
			},
			{
				name: 'teilung_offen',
				type: 'bool',
				description: 'erhielt Teile einer 2023/24 geteilten Gemeinde (nicht exakt umrechenbar)'
			},
			{ name: 'teile', type: 'text', description: 'geteilte Vorgänger (Namen 2022, „; “-getrennt)' }
		],
		wohnungen,
		{
			title: 'Wohnungen je Gemeinde (amtlich, Zensus 2022) und Gitterabdeckung',
			source: `${ctx.attr.zensus}, Regionaltabelle Gebäude und Wohnungen, Blatt CSV-Wohnungen (über ttsim-dev/kosten-der-unterkunft)`,
			licence: DL,
			reference_date: '15.05.2022 (Zensus-Stichtag, Gebietsstand 2022 → 30.11.2025)',
			flag: 'real',
			derived:
				'Vorgänger 2022 zu Gemeinden 2025 summiert; Anrode, Dünwald, Rodeberg (geteilt) nicht aufgeteilt, Nachfolger markiert'
		}
	);

	// --- zensus_kreise_amtlich (file 17) -------------------------------------
	const F_K = ctx.raw('th_zensus2022_wohnungen_kreise_2022.csv');
	const NUM = [
		'GEBAEUDEART_SYS_1',
		'LEERSTAND_INSGESAMT',
		...[1, 2, 3, 4].map((i) => `LEERSTAND_DAUER__${i}`),
		...[1, 2, 3, 4, 5, 6].map((i) => `LEERSTAND_GRUND__${i}`),
		...[1, 2, 3, 4].map((i) => `NUTZUNG__0${i}`)
	];
	const kRaw = readCsv(F_K, { rows: 22, columns: ['AGS', 'Name', 'LEQ', 'ETQ', ...NUM] });
	const kreise = kRaw.map((r, i) => {
		const ags = str(F_K, kRaw, i, 'AGS', /^16\d{3}$/);
		const c = (col: string) => count(F_K, kRaw, i, col);
		const w = c('GEBAEUDEART_SYS_1');
		if (kreisWohnungen.get(ags) !== w)
			throw new DataError(
				F_K,
				i + 2,
				`${w} ≠ Regionaltabelle ${kreisWohnungen.get(ags)}`,
				'GEBAEUDEART_SYS_1'
			);
		return {
			ebene: 'Kreis',
			kreis_ags: ags,
			name: r.Name,
			wohnungen: w,
			leer: c('LEERSTAND_INSGESAMT'),
			leq: num(F_K, kRaw, i, 'LEQ'),
			etq: num(F_K, kRaw, i, 'ETQ'),
			leer_unter_3m: c('LEERSTAND_DAUER__1'),
			leer_3_6m: c('LEERSTAND_DAUER__2'),
			leer_6_12m: c('LEERSTAND_DAUER__3'),
			leer_ab_12m: c('LEERSTAND_DAUER__4'),
			grund_bezug_3m: c('LEERSTAND_GRUND__1'),
			grund_bau: c('LEERSTAND_GRUND__2'),
			grund_abriss: c('LEERSTAND_GRUND__3'),
			grund_verkauf: c('LEERSTAND_GRUND__4'),
			grund_eigennutzung: c('LEERSTAND_GRUND__5'),
			grund_sonstig: c('LEERSTAND_GRUND__6'),
			eigennutzung: c('NUTZUNG__01'),
			vermietet: c('NUTZUNG__02'),
			ferienwohnung: c('NUTZUNG__03')
		};
	});
	const leerSum = kreise.reduce((s, k) => s + k.leer, 0);
	if (leerSum !== 93727) throw new DataError(F_K, null, `Σ leer ${leerSum} ≠ 93.727`);
	const landRow = {
		...Object.fromEntries(Object.keys(kreise[0]).map((k) => [k, null])),
		ebene: 'Land',
		kreis_ags: '16',
		name: 'Thüringen',
		wohnungen: landWohnungen
	};
	const kc = (name: string, description: string, type: 'int' | 'float' = 'int'): ColumnSpec => ({
		name,
		type,
		nullable: true,
		description
	});
	register(
		'zensus_kreise_amtlich',
		[
			{ name: 'ebene', type: 'text', description: 'Kreis / Land (Land: nur Wohnungen)' },
			{ name: 'kreis_ags', type: 'text', description: 'Kreisschlüssel (5 Ziffern); Land: 16' },
			{ name: 'name', type: 'text', description: 'Name laut Zensus-Tabelle' },
			kc('wohnungen', 'Wohnungen in Gebäuden mit Wohnraum (GEBAEUDEART_SYS_1)'),
			kc('leer', 'leer stehende Wohnungen (LEERSTAND_INSGESAMT)'),
			kc('leq', 'Leerstandsquote % (LEQ, amtlich)', 'float'),
			kc('etq', 'Eigentümerquote % (ETQ)', 'float'),
			kc('leer_unter_3m', 'leer seit unter 3 Monaten (LEERSTAND_DAUER__1)'),
			kc('leer_3_6m', 'leer seit 3 bis unter 6 Monaten (__2)'),
			kc('leer_6_12m', 'leer seit 6 bis unter 12 Monaten (__3)'),
			kc('leer_ab_12m', 'leer seit 12 Monaten und länger (__4)'),
			kc('grund_bezug_3m', 'Grund: innerhalb von 3 Monaten beziehbar (LEERSTAND_GRUND__1)'),
			kc('grund_bau', 'Grund: Baumaßnahme laufend/geplant (__2)'),
			kc('grund_abriss', 'Grund: Abriss/Rückbau geplant (__3)'),
			kc('grund_verkauf', 'Grund: Verkauf (__4)'),
			kc('grund_eigennutzung', 'Grund: künftige Eigennutzung (__5)'),
			kc('grund_sonstig', 'Grund: sonstiger Grund (__6)'),
			kc('eigennutzung', 'von Eigentümer/-in bewohnt (NUTZUNG__01)'),
			kc('vermietet', 'zu Wohnzwecken vermietet (NUTZUNG__02)'),
			kc('ferienwohnung', 'Ferien-/Freizeitwohnung (NUTZUNG__03)')
		],
		[...kreise, landRow],
		{
			title: 'Wohnungen und Leerstand je Kreis (amtlich, Zensus 2022)',
			source: `${ctx.attr.zensus}, Regionaltabelle Gebäude und Wohnungen (Kreise über 1959124923wyz-sys/German-Map; Landeszeile über ttsim-dev/kosten-der-unterkunft)`,
			licence: DL,
			reference_date: '15.05.2022 (Zensus-Stichtag)',
			flag: 'real',
			derived:
				'Auswahl der Spalten; Landeszeile nur mit Wohnungen (keine amtliche Landes-LEQ gefunden)'
		}
	);
}
