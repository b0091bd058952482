export interface ConfirmRequest {
	title: string;
	text: string;
	/** the label of the button that carries the action out ("Laden", "Verwerfen" …) */
	action: string;
}

type Pending = ConfirmRequest & { resolve: (ok: boolean) => void };

/** The app's one confirmation question at a time, answered in `<ConfirmDialog />` (in the layout). */
class Confirmation {
	request = $state.raw<Pending | null>(null);

	ask(r: ConfirmRequest): Promise<boolean> {
		this.request?.resolve(false);
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
