export interface ConfirmRequest {
	title: string;
	text: string;
	/** the label of the button that carries the action out ("Laden", "Verwerfen" …) */
	action: string;
}

type Pending = ConfirmRequest & { resolve: (ok: boolean) => void };

/** The app's one confirmation question at a time, answered in `<ConfirmDialog />` (the layout mounts it). */
class Confirmation {
	request = $state.raw<Pending | null>(null);
	/** the dialog, loaded with the first question: its library (bits-ui) is not part of every page's start */
	dialog = $state.raw<Promise<typeof import('./ConfirmDialog.svelte')>>();

	ask(r: ConfirmRequest): Promise<boolean> {
		this.request?.resolve(false);
		this.dialog ??= import('./ConfirmDialog.svelte');
		// without its code (e.g. an old tab after an update of the site) the browser's own dialog asks
		this.dialog.catch((e: unknown) => {
			console.warn(e);
			this.dialog = undefined;
			const pending = this.request;
			this.request = null;
			pending?.resolve(window.confirm(`${r.title}\n\n${r.text}`));
		});
		return new Promise((resolve) => (this.request = { ...r, resolve }));
	}

	answer(ok: boolean) {
		const r = this.request;
		this.request = null;
		r?.resolve(ok);
	}
}

export const confirmation = new Confirmation();

/** Asks before an action that replaces or discards data; resolves false on Abbrechen or Escape. */
export const confirmAction = (r: ConfirmRequest) => confirmation.ask(r);
