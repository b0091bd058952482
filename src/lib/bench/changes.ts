/**
 * The filter changes of the Kataster benchmark: use, size class, year, Kreis and condition, each on and
 * off again (the year: Stichjahr 2023 and back to 2025). `npm run bench` clicks them in the view; the
 * peer comparison (/bench/peers) applies them twice, 20 changes.
 */
export const KATASTER_CLICKS: readonly (readonly [dim: string, key: string])[] = [
	['nutzung', 'Einzelhandel'],
	['size_class', 'klein_5_10'],
	['jahr', '2023'],
	['nutzung', 'Einzelhandel'],
	['kreis_ags', '16065'],
	['size_class', 'klein_5_10'],
	['jahr', '2025'],
	['kreis_ags', '16065'],
	['zustand', 'mittel'],
	['zustand', 'mittel']
];

/** Filter state after a click: the year is set, any other value toggled. */
export function applyClick<F extends { jahr: number }>(
	f: F,
	[dim, key]: readonly [string, string]
): F {
	if (dim === 'jahr') return { ...f, jahr: Number(key) };
	const values = (f as unknown as Record<string, string[]>)[dim];
	return { ...f, [dim]: values.includes(key) ? values.filter((v) => v !== key) : [...values, key] };
}
