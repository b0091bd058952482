/**
 * Local persistent store: the user's own tables, kept in the browser (IndexedDB, no server).
 *
 * - One record per named table: `{ meta, data }`. `data` is either `{ kind: 'rows', columns, rows }`
 *   (small record lists; `columns` = [{ name, type: 'text'|'int'|'float'|'bool' }]) or
 *   `{ kind: 'arrow', ipc }` (an Arrow IPC stream). `meta`: name, flag ('user' | 'sample' …),
 *   source (e.g. file name), updated (ISO time), version.
 * - `const s = await getStore()` (browser only; a StoreState with reactive `revision`, `notices`,
 *   `tables`); the plain store is `s.store`:
 *     `s.get(name)`                         → StoredTable | undefined (reactive)
 *     `s.store.put(name, data, { flag, source })` → changes memory at once, saves at once;
 *                                             resolves 'saved' | 'failed' | 'conflict'
 *     `s.store.remove(name)`                → delete = back to the embedded default
 *     `s.store.reload(name)` / `s.store.overwrite(name)` → resolve a conflict (theirs / mine)
 *     `s.store.restoreInto(db)`             → Db.replaceTable for every stored table
 * - Every `put` also writes the table synchronously to a localStorage journal (`journal.ts`); a save
 *   still running when the browser closes is replayed by `open()` on the next start.
 * - Saving failures (quota …) leave the in-memory state as it is and add a German notice
 *   (`notices`, kind 'failed'); show them with `<StoreNotices />`.
 * - Other tabs: every save is version-checked (atomic in IndexedDB) and announced on a
 *   BroadcastChannel. Unchanged tabs reload and say so (kind 'external'); a tab whose save would
 *   overwrite another's gets kind 'conflict' and asks the user.
 * - DuckDB: `getDb()` restores all stored tables right after start (see src/lib/db/index.ts).
 * - `toIpc` (Arrow, loaded with DuckDB) lives in `$lib/store/arrow`, so that asking the store costs no Arrow.
 * - Tests use `new LocalStore({ backend: new MemoryBackend(), channel })`.
 */
export { getStore, StoreState } from './store.svelte';
export { LocalStore, saveErrorText, type StoreNotice, type ChannelLike } from './local-store';
export { MemoryBackend, type Backend, type CommitResult } from './backend';
export type { StoredTable, TableData, TableMeta, SaveState } from './types';
