/**
 * The only way the viewer builds DOM. Strings always become text nodes, so article text,
 * labels and titles can never turn into markup; attributes are limited to a safe set.
 */
type Child = Node | string | number | null | undefined | false;

const SAFE_ATTRIBUTES = new Set(['class', 'title', 'type', 'role', 'id', 'for', 'name', 'value', 'min', 'max', 'step', 'placeholder', 'autocomplete', 'spellcheck', 'aria-label', 'aria-expanded', 'aria-selected', 'tabindex', 'data-key', 'data-edge', 'data-node', 'data-testid']);

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (!SAFE_ATTRIBUTES.has(name)) throw new Error(`geokg/viewer-dom: attribute "${name}" is not allowed`);
    el.setAttribute(name, value === true ? '' : value);
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function swatch(color: string, shape: 'dot' | 'line' = 'dot'): HTMLSpanElement {
  const el = h('span', { class: `swatch swatch-${shape}` });
  el.style.background = color;
  return el;
}

export function button(label: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const el = h('button', { type: 'button', ...attrs }, label);
  el.addEventListener('click', onClick);
  return el;
}
