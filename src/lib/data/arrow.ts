import {
	Bool,
	Float64,
	Int32,
	Table,
	Utf8,
	makeData,
	makeVector,
	tableToIPC,
	type Vector
} from 'apache-arrow';

type Cell = string | number | boolean | null | undefined;

function validity(values: readonly Cell[]) {
	const bitmap = new Uint8Array(Math.ceil(values.length / 8));
	let nulls = 0;
	values.forEach((v, i) => {
		if (v === null || v === undefined) nulls++;
		else bitmap[i >> 3] |= 1 << (i & 7);
	});
	return { nullBitmap: bitmap, nullCount: nulls };
}

/**
 * One Arrow column, built from buffers. Arrow's own builders (vectorFromArray) compile their null check
 * with `new Function`, which our CSP (no 'unsafe-eval') forbids in the browser.
 */
export function column(type: string, values: readonly Cell[]): Vector {
	const length = values.length;
	const { nullBitmap, nullCount } = validity(values);
	if (type === 'int' || type === 'float') {
		const data = type === 'int' ? new Int32Array(length) : new Float64Array(length);
		values.forEach((v, i) => (data[i] = typeof v === 'number' ? v : 0));
		const t = type === 'int' ? new Int32() : new Float64();
		return makeVector(makeData({ type: t, length, nullCount, nullBitmap, data } as never));
	}
	if (type === 'bool') {
		const data = new Uint8Array(Math.ceil(length / 8));
		values.forEach((v, i) => {
			if (v === true) data[i >> 3] |= 1 << (i & 7);
		});
		return makeVector(makeData({ type: new Bool(), length, nullCount, nullBitmap, data }));
	}
	const texts = values.map((v) => (v === null || v === undefined ? '' : String(v)));
	const valueOffsets = new Int32Array(length + 1);
	for (let i = 0; i < length; i++) valueOffsets[i + 1] = valueOffsets[i] + utf8Length(texts[i]);
	const data = new Uint8Array(valueOffsets[length]);
	for (let i = 0; i < length; i++) {
		if (texts[i] !== '') encoder.encodeInto(texts[i], data.subarray(valueOffsets[i]));
	}
	return makeVector(
		makeData({ type: new Utf8(), length, nullCount, nullBitmap, valueOffsets, data })
	);
}

const encoder = new TextEncoder();

function utf8Length(s: string): number {
	let n = s.length;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c >= 0xd800 && c <= 0xdfff) n += 1;
		else if (c >= 0x800) n += 2;
		else if (c >= 0x80) n += 1;
	}
	return n;
}

/** Same for column-typed plain rows (e.g. a built table of the local store's `rows` kind). */
export function rowsToIpc(
	columns: readonly { name: string; type: 'text' | 'int' | 'float' | 'bool' }[],
	rows: readonly Record<string, unknown>[]
): Uint8Array {
	const vectors: Record<string, Vector> = {};
	for (const c of columns)
		vectors[c.name] = column(
			c.type,
			rows.map((r) => r[c.name] as Cell)
		);
	return tableToIPC(new Table(vectors), 'stream');
}
