import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyKatasterFilter } from '$lib/kataster/queries';
import type { KatasterView } from '$lib/kataster/url';

/** Statements the fake engine ran, by the filter they were bound for. */
const ran: string[] = [];
/** while set, statements wait for it: the shown view is still computing */
let gate: Promise<void> | undefined;

const fakeDb = {
	async rows(q: { params: unknown[] }) {
		ran.push(JSON.stringify(q.params));
		await gate;
		return [];
	}
};
vi.mock('$lib/db', () => ({ getDb: async () => fakeDb }));
const herkunft = { beispiel: 1 };
vi.mock('$lib/kataster/load', () => ({
	prepareKataster: async () => herkunft,
	perfEnabled: () => false,
	objektSeite: async () => []
}));

const { KatasterData } = await import('$lib/kataster/data.svelte');

const view = (zustand: string[] = [], jahr = 2025): KatasterView => ({
	filter: { ...emptyKatasterFilter(jahr), zustand },
	fwJahre: 3,
	fwSchwelle: 1
});
const statements = () => ran.length;

describe('Kataster view: figures computed before the click', () => {
	beforeEach(() => {
		ran.length = 0;
		gate = undefined;
	});

	it('keeps a view it has just shown, however many others were computed since it was computed', async () => {
		const data = new KatasterData();
		const base = view();
		await data.run(base);
		const perView = statements();
		// seven more views fill the eight places of the store of computed views …
		for (let j = 2017; j < 2024; j++) await data.run(view([], j));
		expect(statements()).toBe(8 * perView);
		// … the base view is shown again (found computed), then one more new view is computed …
		await data.run(base);
		await data.run(view(['mittel']));
		// … and clicking back to the base finds its figures without a statement for them
		const before = statements();
		await data.prefetch(base);
		expect(statements()).toBe(before);
	});

	it('computes a view the pointer rested on while the shown one was still computing, once that is done', async () => {
		const data = new KatasterData();
		await data.run(view());
		const shown = statements();
		let open = () => {};
		gate = new Promise<void>((r) => (open = r));
		const running = data.run(view(['mittel']));
		await vi.waitFor(() => expect(statements()).toBeGreaterThan(shown));
		await new Promise((r) => setTimeout(r, 0));
		const during = statements();
		await data.prefetch(view(['gut']));
		expect(statements(), 'nothing starts while the shown view computes').toBe(during);
		gate = undefined;
		open();
		await running;
		await vi.waitFor(() => expect(ran.slice(during).some((p) => p.includes('"gut"'))).toBe(true));
		await new Promise((r) => setTimeout(r, 0));
		const after = statements();
		await data.prefetch(view(['gut']));
		expect(statements(), 'the intent was computed after the run').toBe(after);
	});
});
