import type { Action } from 'svelte/action';

/**
 * Calls `fn` when a click on the element is likely next: the pointer rests on it for 60 ms, or it gets
 * the focus, or it was just clicked and pointer or focus are still on it (a toggle is often clicked
 * back). For work that can start early (the Kataster view computes a bar's figures before its click).
 */
export const intent: Action<HTMLElement, (() => void) | undefined> = (node, fn) => {
	let call = fn;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let inside = false;
	const rest = () => {
		clearTimeout(timer);
		timer = setTimeout(() => call?.(), 60);
	};
	const enter = () => {
		inside = true;
		rest();
	};
	const leave = () => {
		inside = false;
		clearTimeout(timer);
	};
	const focus = () => call?.();
	const click = () => {
		if (inside || document.activeElement === node) rest();
	};
	node.addEventListener('pointerenter', enter);
	node.addEventListener('pointerleave', leave);
	node.addEventListener('focus', focus);
	node.addEventListener('click', click);
	return {
		update: (next) => (call = next),
		destroy() {
			clearTimeout(timer);
			node.removeEventListener('pointerenter', enter);
			node.removeEventListener('pointerleave', leave);
			node.removeEventListener('focus', focus);
			node.removeEventListener('click', click);
		}
	};
};
