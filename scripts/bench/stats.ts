/** The p-quantile (0…1) of a sample, nearest rank. */
export const quantile = (xs: number[], p: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
};

/** Median, p95 and max of a sample, rounded to `digits` decimals. */
export function summary(xs: number[], digits = 1) {
	const f = 10 ** digits;
	const r = (n: number) => Math.round(n * f) / f;
	return {
		median: r(quantile(xs, 0.5)),
		p95: r(quantile(xs, 0.95)),
		max: r(Math.max(...xs)),
		n: xs.length
	};
}
