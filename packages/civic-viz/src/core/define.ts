/** The library version, stamped on every class so two copies on one page can be told apart. */
export const VERSION: string = '0.1.0';

type Versioned = CustomElementConstructor & { version?: string };

/**
 * Registers a custom element without ever throwing: the same version already defined is a
 * no-op, another version gives one console warning (two copies of civic-viz on one page).
 */
export function define(tag: string, ctor: Versioned): void {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing !== ctor && existing.version !== ctor.version) {
    console.warn(
      `[civic-viz] <${tag}> is already defined by version ${existing.version ?? 'unknown'}; version ${ctor.version ?? 'unknown'} was not registered.`,
    );
  }
}
