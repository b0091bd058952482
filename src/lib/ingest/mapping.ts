import type { Mapping, Target } from './types';

/** lower case, umlauts spelled out, only letters and digits */
export function normName(s: string): string {
	return s
		.toLowerCase()
		.replaceAll('ä', 'ae')
		.replaceAll('ö', 'oe')
		.replaceAll('ü', 'ue')
		.replaceAll('ß', 'ss')
		.replace(/m²/g, 'm2')
		.replace(/[^a-z0-9]/g, '');
}

function score(header: string, names: string[]): number {
	const h = normName(header);
	if (!h) return 0;
	let best = 0;
	for (const n of names) {
		if (h === n) return 1;
		if (n.length >= 3 && h.length >= 3 && (h.startsWith(n) || n.startsWith(h)))
			best = Math.max(best, 0.7);
		else if (n.length >= 4 && h.includes(n)) best = Math.max(best, 0.5);
	}
	return best;
}

/** Suggests which file column feeds which target field, from German and English names. Greedy, one column per field. */
export function suggestMapping(headers: readonly string[], target: Target): Mapping {
	const pairs: { field: string; header: string; s: number }[] = [];
	for (const f of target.fields) {
		const names = [f.name, f.label, ...(f.aliases ?? [])].map(normName).filter(Boolean);
		for (const h of headers) {
			const s = score(h, names);
			if (s > 0) pairs.push({ field: f.name, header: h, s });
		}
	}
	pairs.sort((a, b) => b.s - a.s);
	const mapping: Mapping = Object.fromEntries(target.fields.map((f) => [f.name, undefined]));
	const used = new Set<string>();
	for (const p of pairs) {
		if (mapping[p.field] !== undefined || used.has(p.header)) continue;
		mapping[p.field] = p.header;
		used.add(p.header);
	}
	return mapping;
}

/** How well a file fits a target: share of required fields found plus a little per optional field. */
export function fitScore(headers: readonly string[], target: Target): number {
	const m = suggestMapping(headers, target);
	let s = 0;
	for (const f of target.fields) {
		if (m[f.name] === undefined) continue;
		s += f.required ? 3 : 1;
	}
	const missingRequired = target.fields.filter((f) => f.required && !m[f.name]).length;
	return s - missingRequired * 5;
}

/** The target the file most likely belongs to, or undefined (→ free table). */
export function suggestTarget(
	headers: readonly string[],
	targets: readonly Target[]
): Target | undefined {
	let best: Target | undefined;
	let bestScore = 2;
	for (const t of targets) {
		const s = fitScore(headers, t);
		if (s > bestScore) {
			best = t;
			bestScore = s;
		}
	}
	return best;
}
