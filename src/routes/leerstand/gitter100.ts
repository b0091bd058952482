/** From this zoom on the state map shows the 100 m grid (a 100 m cell is about 4 px wide). */
export const GITTER_ZOOM = 12;
/** at most this many cells are read for one window (a dense window at zoom 12 holds about 10.000) */
export const MAX_CELLS = 20_000;

/** The window of cell indices read for the map and how many cells it holds. */
export interface GitterFenster {
	gx0: number;
	gx1: number;
	gy0: number;
	gy1: number;
	cells: number;
}
