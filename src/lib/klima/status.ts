import { todayIso } from '$lib/format';

/**
 * A Wanderbaumallee station's status as of `today`: once its last day has passed it is "vorbei",
 * whatever was planned; before that the recorded status (geplant, aktiv, abgeschlossen).
 */
export function stationStatus(
	s: { bis: string; status: string },
	today: string = todayIso()
): string {
	return s.bis < today && s.status !== 'abgeschlossen' ? 'vorbei' : s.status;
}

/** Whether the user's stored table was typed in on the page rather than imported from a file. */
export const typedIn = (source: string | undefined) =>
	!!source && /^(Eingabe|Eigene Erfassung)/.test(source);
