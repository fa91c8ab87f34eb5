import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataController } from './data-controller.js';
import type { applyFields } from './fields.js';
import { CivicError, type Payload } from './parse.js';

export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  src: string;
  refresh?: number;
  charset?: string;
}

/**
 * Where an element's data comes from when it has no inline data: `data-src` first, then a child
 * `<script type="application/json">` or `<table>`. The loaders are imported on first need — the
 * `data-src` one with the first `data-src`, the child reader when a data child appears — so a page
 * of inline-data widgets downloads neither.
 */
export class DataSource implements ReactiveController {
  /** The `data-src` loader, once imported. */
  data?: DataController;
  /** Field mapping (`data-path`, `data-*-field`), loaded with the module that brings payloads: the data-src loader or the child reader. */
  mapFields?: typeof applyFields;
  private loader?: Promise<unknown>;
  private loaderError?: CivicError;
  private childPayload?: Payload;
  private childError?: CivicError;
  private childReader?: (host: Element) => Payload | undefined;
  private childPending = false;
  private observer?: MutationObserver;

  constructor(
    private readonly host: DataSourceHost,
    /** Reports a load error; `hasData` when the last good data stays shown. */
    private readonly report: (e: CivicError, hasData: boolean) => void,
    /** Throws when the element cannot use a payload (bad values in well-formed data). */
    private readonly check: (payload: Payload) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.readChildren();
    this.observer ??= new MutationObserver(() => this.readChildren(true));
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /**
   * The payload of the first source that has one, `undefined` when there is none (the element is
   * empty), or `'loading'`; throws the source's error.
   */
  read(): Payload | undefined | 'loading' {
    if (this.host.src.trim()) {
      if (this.data?.payload) return this.data.payload;
      const e = this.data?.error ?? this.loaderError;
      if (e) throw e;
      return 'loading';
    }
    if (this.childError) throw this.childError;
    return this.childPending ? 'loading' : this.childPayload;
  }

  /** Hands `data-src` to the loader, importing it first if this is the first one. */
  sync(force: boolean): void {
    if (this.data) return this.data.sync(force);
    // A failed import is tried again for a new src or the retry button.
    if (this.loaderError && force) this.loader = this.loaderError = undefined;
    if (!this.host.src.trim() || this.loader) return;
    this.loader = import('./data-controller.js').then(
      ({ DataController, applyFields }) => {
        this.mapFields = applyFields;
        const data = (this.data = new DataController(this.host, this.report, this.check));
        // Removed meanwhile: the controller loads when the element is connected again.
        if (this.host.isConnected) data.sync(true);
        else data.pending = true;
      },
      (e: unknown) => {
        // Offline or blocked: the same answer as a failed fetch, with a retry.
        this.loaderError = new CivicError('fetch-failed', `the data loader could not be loaded (${errorText(e)})`, 'data-src');
        this.host.requestUpdate();
      },
    );
  }

  /** Loads `data-src` again now (the retry button). */
  retry(): void {
    if (this.data) this.data.retry();
    else this.sync(true);
    this.host.requestUpdate();
  }

  private readChildren(fromMutation = false): void {
    const read = this.childReader;
    if (!read) {
      // The reader is imported only by an element that has a data child.
      this.childPayload = this.childError = undefined;
      if (this.host.querySelector(':scope > script, :scope > table') && !this.childPending) {
        this.childPending = true;
        import('./children.js').then(
          (m) => {
            this.childReader = m.readChildren;
            this.mapFields = m.applyFields;
            this.childPending = false;
            this.readChildren(true);
          },
          (e: unknown) => {
            this.childPending = false;
            this.childError = new CivicError('fetch-failed', `the child data reader could not be loaded (${errorText(e)})`);
            this.host.requestUpdate();
          },
        );
      }
    } else {
      try {
        this.childPayload = read(this.host);
        this.childError = undefined;
      } catch (e) {
        this.childPayload = undefined;
        this.childError = toCivicError(e);
      }
    }
    if (fromMutation) this.host.requestUpdate();
  }
}

const errorText = (e: unknown) => (e as Error)?.message ?? String(e);

/** Wraps anything thrown into a CivicError so nothing escapes a lifecycle callback. */
export function toCivicError(e: unknown): CivicError {
  if (e instanceof CivicError) return e;
  return new CivicError('invalid-json', e instanceof Error ? e.message : String(e));
}
