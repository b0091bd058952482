import type { Action } from 'svelte/action';

/**
 * Calls `fn` when a click on the element is likely next: the pointer rests on it for 60 ms, or it gets
 * the focus. For work that can start early (the Kataster view computes a bar's figures before its click).
 */
export const intent: Action<HTMLElement, (() => void) | undefined> = (node, fn) => {
	let call = fn;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const rest = () => {
		clearTimeout(timer);
		timer = setTimeout(() => call?.(), 60);
	};
	const leave = () => clearTimeout(timer);
	const focus = () => call?.();
	node.addEventListener('pointerenter', rest);
	node.addEventListener('pointerleave', leave);
	node.addEventListener('focus', focus);
	return {
		update: (next) => (call = next),
		destroy() {
			clearTimeout(timer);
			node.removeEventListener('pointerenter', rest);
			node.removeEventListener('pointerleave', leave);
			node.removeEventListener('focus', focus);
		}
	};
};
