import { downloadBlob } from '$lib/export/download';

const STYLE_PROPS = [
	'fill',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'opacity',
	'fill-opacity',
	'font-size',
	'font-weight',
	'font-family',
	'text-anchor'
];

function wrap(text: string, max = 110): string[] {
	const lines: string[] = [];
	let line = '';
	for (const w of text.split(/\s+/)) {
		if (line && line.length + w.length + 1 > max) {
			lines.push(line);
			line = w;
		} else line = line ? `${line} ${w}` : w;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * A standalone SVG of a chart: computed styles inlined (CSS variables don't travel), a title above
 * and the source line (with its badge text) below.
 */
export function chartSvg(svg: SVGSVGElement, title: string, source: string, subtitle = ''): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const src = [svg, ...svg.querySelectorAll('*')];
	const dst = [clone, ...clone.querySelectorAll('*')];
	src.forEach((el, i) => {
		const cs = getComputedStyle(el);
		const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
		(dst[i] as SVGElement).setAttribute('style', style);
	});
	const vb = svg.viewBox.baseVal;
	const w = vb && vb.width ? vb.width : svg.clientWidth;
	const h = vb && vb.height ? vb.height : svg.clientHeight;
	const lines = wrap(source);
	const top = subtitle ? 46 : 28;
	const bottom = 16 + lines.length * 14;
	const ns = 'http://www.w3.org/2000/svg';
	const out = document.createElementNS(ns, 'svg');
	out.setAttribute('xmlns', ns);
	out.setAttribute('width', String(w));
	out.setAttribute('height', String(h + top + bottom));
	out.setAttribute('viewBox', `0 0 ${w} ${h + top + bottom}`);
	out.setAttribute('font-family', 'Noto Sans, DejaVu Sans, sans-serif');
	const bg = document.createElementNS(ns, 'rect');
	bg.setAttribute('width', '100%');
	bg.setAttribute('height', '100%');
	bg.setAttribute('fill', '#ffffff');
	out.append(bg);
	const t = document.createElementNS(ns, 'text');
	t.setAttribute('x', '4');
	t.setAttribute('y', '18');
	t.setAttribute('font-size', '15');
	t.setAttribute('font-weight', '600');
	t.textContent = title;
	out.append(t);
	if (subtitle) {
		const st = document.createElementNS(ns, 'text');
		st.setAttribute('x', '4');
		st.setAttribute('y', '36');
		st.setAttribute('font-size', '12');
		st.setAttribute('fill', '#4a4a4a');
		st.setAttribute('data-role', 'untertitel');
		st.textContent = subtitle;
		out.append(st);
	}
	const g = document.createElementNS(ns, 'g');
	g.setAttribute('transform', `translate(0, ${top})`);
	clone.removeAttribute('style');
	clone.setAttribute('width', String(w));
	clone.setAttribute('height', String(h));
	g.append(clone);
	out.append(g);
	lines.forEach((l, i) => {
		const s = document.createElementNS(ns, 'text');
		s.setAttribute('x', '4');
		s.setAttribute('y', String(h + top + 16 + i * 14));
		s.setAttribute('font-size', '11');
		s.setAttribute('fill', '#4a4a4a');
		s.setAttribute('data-role', 'quelle');
		s.textContent = l;
		out.append(s);
	});
	return new XMLSerializer().serializeToString(out);
}

export function downloadChartSvg(
	svg: SVGSVGElement,
	title: string,
	source: string,
	file: string,
	subtitle = ''
) {
	const text = chartSvg(svg, title, source, subtitle);
	downloadBlob(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), file);
}

export async function downloadChartPng(
	svg: SVGSVGElement,
	title: string,
	source: string,
	file: string,
	subtitle = ''
): Promise<void> {
	const text = chartSvg(svg, title, source, subtitle);
	const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image();
		await new Promise<void>((res, rej) => {
			img.onload = () => res();
			img.onerror = () => rej(new Error('Das Diagramm konnte nicht als Bild gezeichnet werden'));
			img.src = url;
		});
		const scale = 2;
		const canvas = document.createElement('canvas');
		canvas.width = img.width * scale;
		canvas.height = img.height * scale;
		const ctx = canvas.getContext('2d')!;
		ctx.scale(scale, scale);
		ctx.drawImage(img, 0, 0);
		const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
		if (!blob) throw new Error('Das Diagrammbild konnte nicht erzeugt werden');
		downloadBlob(blob, file);
	} finally {
		URL.revokeObjectURL(url);
	}
}
