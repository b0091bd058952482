import type { UrlCodec } from '$lib/url/state.svelte';

export interface KlimaView {
	modus: 'zeitleiste' | 'planung';
	/** the date of the timeline as in the URL; `openingDate` checks it and picks today's otherwise */
	datum: string | null;
	station: string | null;
}

const KEYS = ['modus', 'datum', 'station'];

export const klimaCodec: UrlCodec<KlimaView> = {
	parse: (p) => ({
		modus: p.get('modus') === 'planung' ? 'planung' : 'zeitleiste',
		datum: p.get('datum') || null,
		station: p.get('station') || null
	}),
	write(v, current) {
		// the view's own parameters first, the Standortanalyse's after them
		const q = new URLSearchParams({ modus: v.modus });
		if (v.datum) q.set('datum', v.datum);
		if (v.station) q.set('station', v.station);
		for (const [k, val] of current) if (!KEYS.includes(k)) q.append(k, val);
		return q;
	}
};
