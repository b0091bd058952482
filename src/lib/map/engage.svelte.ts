import { loadPreview } from './data';
import type { MapPreview } from './preview';

/** a mouse over the panel, focus in it, a tap on it (a finger scrolling past does not count) */
const CUES = ['pointerenter', 'focusin', 'click'] as const;

/**
 * When a map's engine starts: as soon as the map comes near the screen, or — with a preview — once it is
 * near the screen and someone turns to the map (mouse, focus, tap on the map or its toolbar) or something
 * needs the engine (`want()`).
 * Until then the build-time outlines stand in (`outline`), in the same colours.
 */
export class Engagement {
	wanted = $state(false);
	visible = $state(false);
	outline = $state.raw<MapPreview>();
	readonly #preview: boolean;

	constructor(preview: boolean) {
		this.#preview = preview;
		this.wanted = !preview;
	}

	want = () => {
		this.wanted = true;
	};

	#cue = (e: Event) => {
		if (!(e instanceof PointerEvent && e.type === 'pointerenter' && e.pointerType === 'touch'))
			this.want();
	};

	/** The map came near the screen: with a preview, its outlines are fetched. */
	show() {
		this.visible = true;
		if (!this.#preview || this.wanted) return;
		const { picture, towns } = loadPreview();
		picture
			.then(async (o) => {
				this.outline = o;
				const orte = await towns;
				if (this.outline === o) this.outline = { ...o, orte };
			})
			.catch((e: unknown) => (console.warn(e), this.want()));
	}

	/** A mouse, focus or a tap on one of `els` (the map, its toolbar — not its table) want the engine. */
	listen(els: (HTMLElement | undefined)[]): () => void {
		if (!this.#preview) return () => {};
		const on = els.filter((e) => e !== undefined);
		for (const el of on)
			for (const cue of CUES) el.addEventListener(cue, this.#cue, { passive: true });
		return () => on.forEach((el) => CUES.forEach((cue) => el.removeEventListener(cue, this.#cue)));
	}
}
