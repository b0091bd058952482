import { datasetMeta } from '$lib/data/files';
import type { Flag } from '$lib/data/manifest-types';
import { downloadBlob } from '$lib/export/download';
import type { LegendItem } from './choropleth';

const FLAG_TEXT: Record<Flag, string> = {
	real: 'amtlich',
	estimate: 'Schätzung',
	sample: 'Beispieldaten',
	user: 'importiert'
};

/** The Quelle line as plain text (for images and files). */
export function quelleText(datasets: string[], flag?: Flag, note?: string): string {
	const metas = datasets.map((d) => datasetMeta(d)).filter((m) => m !== undefined);
	const shown =
		flag ??
		metas.find((m) => m.flag === 'sample')?.flag ??
		metas.find((m) => m.flag === 'estimate')?.flag ??
		'real';
	const uniq = (xs: string[]) => [...new Set(xs)].join('; ');
	return [
		`[${FLAG_TEXT[shown]}] Quelle: ${uniq(metas.map((m) => m.source))}.`,
		`Lizenz: ${uniq(metas.map((m) => m.licence))}.`,
		`Stand: ${uniq(metas.map((m) => m.reference_date))}.`,
		note ?? ''
	]
		.filter(Boolean)
		.join(' ');
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const next = line ? `${line} ${word}` : word;
		if (ctx.measureText(next).width > width && line) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** The map canvas with a legend strip and the source line below it, as a PNG Blob. */
export async function composePng(
	source: HTMLCanvasElement,
	title: string,
	items: LegendItem[],
	quelle: string
): Promise<Blob> {
	const w = source.width;
	const s = Math.max(1, w / Math.max(1, source.clientWidth || w));
	const pad = 12 * s;
	const font = (px: number, bold = false) =>
		`${bold ? '600 ' : ''}${px * s}px "Noto Sans", "DejaVu Sans", sans-serif`;
	const probe = document.createElement('canvas').getContext('2d')!;
	probe.font = font(12);
	const cells = items.map((it) => `${it.label} (${it.count})`);
	const cellW = cells.map((c) => probe.measureText(c).width + 24 * s);
	let rows = 1;
	let x = pad;
	for (const cw of cellW) {
		if (x + cw > w - pad && x > pad) {
			rows++;
			x = pad;
		}
		x += cw;
	}
	probe.font = font(11);
	const srcLines = wrap(probe, quelle, w - 2 * pad);
	const lineH = 18 * s;
	const strip = pad + lineH + rows * lineH + srcLines.length * 16 * s + pad;

	const out = document.createElement('canvas');
	out.width = w;
	out.height = Math.ceil(source.height + strip);
	const ctx = out.getContext('2d')!;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, out.width, out.height);
	ctx.drawImage(source, 0, 0);
	ctx.textBaseline = 'middle';
	let y = source.height + pad + lineH / 2;
	ctx.fillStyle = '#1a1a1a';
	ctx.font = font(14, true);
	ctx.fillText(title, pad, y);
	y += lineH;
	ctx.font = font(12);
	x = pad;
	items.forEach((it, i) => {
		if (x + cellW[i] > w - pad && x > pad) {
			y += lineH;
			x = pad;
		}
		ctx.fillStyle = it.color;
		ctx.fillRect(x, y - 6 * s, 14 * s, 12 * s);
		ctx.strokeStyle = '#666666';
		ctx.strokeRect(x, y - 6 * s, 14 * s, 12 * s);
		ctx.fillStyle = '#1a1a1a';
		ctx.fillText(cells[i], x + 18 * s, y);
		x += cellW[i];
	});
	y += lineH;
	ctx.font = font(11);
	ctx.fillStyle = '#4a4a4a';
	for (const line of srcLines) {
		ctx.fillText(line, pad, y);
		y += 16 * s;
	}
	const blob = await new Promise<Blob | null>((res) => out.toBlob(res, 'image/png'));
	if (!blob) throw new Error('Das Kartenbild konnte nicht erzeugt werden');
	return blob;
}

export async function downloadPng(
	...args: [...Parameters<typeof composePng>, string]
): Promise<void> {
	const [canvas, title, items, quelle, filename] = args;
	downloadBlob(await composePng(canvas, title, items, quelle), filename);
}
