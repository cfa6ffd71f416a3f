const registered = new WeakMap<CustomElementConstructor, string>();

/**
 * Defines `name` as `ctor` without ever throwing. Already ours: no-op. Taken by
 * another class: console warning. `ctor` already registered under another
 * name: a subclass is registered (a constructor can own only one tag).
 */
export function defineElement(name: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(name);
  if (existing) {
    if (existing !== ctor && !(existing.prototype instanceof ctor && registered.get(existing) === name)) {
      console.warn(`[majlis-widgets] <${name}> is already defined by another class; it was not redefined.`);
    }
    return;
  }
  const owned = customElements.getName?.(ctor) ?? registered.get(ctor);
  const cls = owned ? class extends (ctor as unknown as typeof HTMLElement) {} : ctor;
  try {
    customElements.define(name, cls as CustomElementConstructor);
    registered.set(cls as CustomElementConstructor, name);
  } catch (err) {
    console.warn(`[majlis-widgets] <${name}> could not be defined: ${(err as Error).message}`);
  }
}
