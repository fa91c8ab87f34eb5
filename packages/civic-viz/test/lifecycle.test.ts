/**
 * Lifecycle budget (spec §9 "moved in the DOM … without re-fetching or leaking", §12 "200
 * create/remove cycles leave no live ECharts instance and < 2 MB of heap growth") for every
 * element that owns an ECharts instance: the trend chart, the district map and the indicator
 * card with data-sparkline.
 *
 * Detectors, each shown able to fail by a control case that leaks on purpose:
 * - ECharts' own instance registry: ids are sequential (`ec_<n>`), so two probe instances made
 *   before and after a phase bound every instance created in it; each must be gone from
 *   `getInstanceById` (the test and the library share one `echarts/core` module).
 * - Observations: observe/unobserve/disconnect of Resize-, Intersection- and MutationObserver
 *   are counted (weakly: the counters keep nothing alive).
 * - Timers and frames: setTimeout/setInterval/requestAnimationFrame created during a phase and
 *   still pending after it settled. Installed before ECharts loads (zrender keeps its own
 *   reference to requestAnimationFrame), hence the dynamic imports below.
 * - Elements still reachable after a forced GC (WeakRefs), and the used JS heap (CDP, see
 *   scripts/wtr-heap-plugin.mjs).
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { expect, expectNoViolations, until } from './helpers.js';
import type { CivicTrendChart } from '../src/trend-chart/trend-chart.js';
import type { CivicDistrictMap } from '../src/district-map/district-map.js';

// ---- probes (installed before any library or ECharts code is loaded) ------------------------

const realSetTimeout = window.setTimeout.bind(window);
const sleep = (ms: number) => new Promise<void>((r) => realSetTimeout(r, ms));

interface Pending {
  phase: string;
  delay: number;
  kind: 'timeout' | 'interval' | 'frame';
}
const timers = new Map<number, Pending>();
const frames = new Map<number, Pending>();
let phase = 'setup';
/** Runs a timer or frame callback in the phase that scheduled it: a loop that re-arms itself keeps its origin. */
function inPhase(origin: string, fn: () => void): void {
  const current = phase;
  phase = origin;
  try {
    fn();
  } finally {
    phase = current;
  }
}

{
  // The DOM's timer functions, typed here without Node's overloads (both are in scope in tests).
  type Schedule = (handler: TimerHandler, delay?: number, ...args: unknown[]) => number;
  type Clear = (id?: number) => void;
  const w = window as unknown as { setTimeout: Schedule; setInterval: Schedule; clearTimeout: Clear; clearInterval: Clear };
  const [st, si, ct, ci] = [w.setTimeout, w.setInterval, w.clearTimeout, w.clearInterval];
  const [raf, caf] = [window.requestAnimationFrame, window.cancelAnimationFrame];
  w.setTimeout = (handler, delay, ...args) => {
    const record: Pending = { phase, delay: Number(delay) || 0, kind: 'timeout' };
    const id = st.call(
      window,
      (...a: unknown[]) => {
        timers.delete(id);
        if (typeof handler === 'function') inPhase(record.phase, () => handler(...a));
      },
      delay,
      ...args,
    );
    timers.set(id, record);
    return id;
  };
  w.setInterval = (handler, delay, ...args) => {
    const id = si.call(window, handler, delay, ...args);
    timers.set(id, { phase, delay: Number(delay) || 0, kind: 'interval' });
    return id;
  };
  // Timeouts and intervals share one id space; either clear function clears either kind.
  w.clearTimeout = (id) => (id !== undefined && timers.delete(id), ct.call(window, id));
  w.clearInterval = (id) => (id !== undefined && timers.delete(id), ci.call(window, id));
  window.requestAnimationFrame = (cb: FrameRequestCallback) => {
    const record: Pending = { phase, delay: 0, kind: 'frame' };
    const id = raf.call(window, (t) => {
      frames.delete(id);
      inPhase(record.phase, () => cb(t));
    });
    frames.set(id, record);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => (frames.delete(id), caf.call(window, id));
}

/** Active observations per observer kind; per-observer targets in WeakSets (nothing kept alive). */
const observing = { ResizeObserver: 0, IntersectionObserver: 0, MutationObserver: 0 };
{
  type Kind = keyof typeof observing;
  const targets = new WeakMap<object, WeakSet<object>>();
  const counts = new WeakMap<object, number>();
  type Method = (this: object, ...args: any[]) => unknown;
  const patch = (kind: Kind, proto: { observe: Method; unobserve?: Method; disconnect: Method }) => {
    const { observe, unobserve, disconnect } = proto;
    const set = (o: object) => targets.get(o) ?? (targets.set(o, new WeakSet()), targets.get(o)!);
    proto.observe = function (this: object, target: object, ...rest: unknown[]) {
      if (!set(this).has(target)) {
        set(this).add(target);
        counts.set(this, (counts.get(this) ?? 0) + 1);
        observing[kind]++;
      }
      return observe.call(this, target, ...rest);
    };
    if (unobserve) {
      proto.unobserve = function (this: object, target: object) {
        if (set(this).has(target)) {
          set(this).delete(target);
          counts.set(this, (counts.get(this) ?? 0) - 1);
          observing[kind]--;
        }
        return unobserve.call(this, target);
      };
    }
    proto.disconnect = function (this: object) {
      observing[kind] -= counts.get(this) ?? 0;
      counts.set(this, 0);
      targets.set(this, new WeakSet());
      return disconnect.call(this);
    };
  };
  patch('ResizeObserver', ResizeObserver.prototype);
  patch('IntersectionObserver', IntersectionObserver.prototype);
  patch('MutationObserver', MutationObserver.prototype);
}

// Only now ECharts and the library. The same `echarts/core` module as the library's registries.
const { getInstanceById } = await import('echarts/core');
const trendRegistry = await import('../src/echarts/trend.js');
await import('../src/echarts/map.js');
const { guardContainer } = await import('../src/charts/chart-controller.js');
await import('../src/trend-chart/define.js');
await import('../src/district-map/define.js');
await import('../src/indicator-card/define.js');

// ---- detectors -------------------------------------------------------------------------------

/** The id number ECharts gives the next instance (a probe instance, disposed at once). */
function nextEchartsId(): number {
  const div = document.createElement('div');
  div.style.cssText = 'width:10px;height:10px';
  // zrender empties its root with innerHTML, which Trusted Types refuse; the library's guard.
  guardContainer(div);
  const probe = trendRegistry.init(div);
  const n = Number(String(probe.id).replace(/^ec_/, ''));
  probe.dispose();
  return n;
}

/** Ids of ECharts instances created between two probes that are still registered (not disposed). */
function liveInstancesBetween(from: number, to: number): string[] {
  const live: string[] = [];
  for (let n = from + 1; n < to; n++) if (getInstanceById(`ec_${n}`)) live.push(`ec_${n}`);
  return live;
}

/** Timers and frames created in `name` that are still pending (frames only on a visible page: a hidden one runs none). */
function pendingFrom(name: string): Pending[] {
  const all = [...timers.values(), ...(document.visibilityState === 'visible' ? frames.values() : [])];
  return all.filter((p) => p.phase === name);
}

const observations = () => ({ ...observing });

/** Used JS heap after forced full collections (CDP), in bytes. */
async function heap(): Promise<number> {
  const r = (await executeServerCommand('heap-usage', { gcPasses: 3 })) as { usedSize: number };
  return r.usedSize;
}

/** How many of the elements are still reachable after forced GC. */
async function survivors(refs: WeakRef<Element>[]): Promise<number> {
  await heap();
  await sleep(0);
  await heap();
  return refs.filter((r) => r.deref() !== undefined).length;
}

// ---- the elements ----------------------------------------------------------------------------

interface Ctl {
  chart?: { isDisposed(): boolean; id: string };
  inits: number;
  dispose(): void;
}
interface Kind {
  tag: string;
  attrs: Record<string, string>;
  /** The element's ECharts lifecycle controller (internals, for assertions only). */
  controller: (el: Element) => Ctl | undefined;
}

const SEVEN = '{"铁东区": 61, "铁西区": 52, "立山区": 45, "千山区": 38, "海城": 88, "台安县": 30, "岫岩": 56}';
const KINDS: Kind[] = [
  {
    tag: 'civic-trend-chart',
    attrs: {
      'data-label': '机械化清扫率',
      'data-unit': '%',
      'data-labels': '2019,2020,2021',
      'data-values': '70,78,92',
      'data-target': '95',
    },
    controller: (el) => (el as CivicTrendChart).testing.controller as Ctl,
  },
  {
    tag: 'civic-district-map',
    attrs: { 'data-label': '示意数据', 'data-map': 'anshan', 'data-unit': '处', 'data-values': SEVEN },
    controller: (el) => (el as CivicDistrictMap).testing.controller as Ctl,
  },
  {
    tag: 'civic-indicator-card',
    attrs: { 'data-label': '机械化清扫率', 'data-value': '92', 'data-previous': '78', 'data-unit': '%', 'data-sparkline': '70,78,85,92' },
    controller: (el) => (el as unknown as { spark: { controller?: Ctl } }).spark.controller,
  },
];

const host = document.createElement('div');
host.style.cssText = 'width:480px';
document.body.append(host);

function create(kind: Kind, attrs: Record<string, string> = {}): HTMLElement {
  const el = document.createElement(kind.tag);
  el.setAttribute('data-lazy', 'false');
  for (const [k, v] of Object.entries({ ...kind.attrs, ...attrs })) el.setAttribute(k, v);
  return el;
}

/** Waits for the element's chart to exist and be drawn (civic-ready). */
async function drawn(kind: Kind, el: HTMLElement, ready: { fired: boolean }): Promise<void> {
  await until(() => ready.fired && !!kind.controller(el)?.chart, 10000, `${kind.tag} drawn (state ${el.getAttribute('state')})`);
}

/**
 * One create → remove cycle; returns a WeakRef to the element. By default the element is removed
 * as soon as its ECharts instance exists (mid-animation: disposal must stop it); with `full`,
 * only after civic-ready (drawn, animation finished).
 */
async function cycle(kind: Kind, full = false): Promise<WeakRef<HTMLElement>> {
  const el = create(kind);
  const ready = { fired: false };
  el.addEventListener('civic-ready', () => (ready.fired = true), { once: true });
  host.append(el);
  if (full) await drawn(kind, el, ready);
  else await until(() => !!kind.controller(el)?.chart, 10000, `${kind.tag} chart created (state ${el.getAttribute('state')})`);
  el.remove();
  return new WeakRef(el);
}

/** Lets disposal microtasks, pending frames and zrender's last animation frame run out. */
async function settle(ms = 400): Promise<void> {
  await sleep(ms);
  await until(() => document.visibilityState !== 'visible' || frames.size === 0, 5000, 'animation frames to run out').catch(
    () => undefined,
  );
}

const results: Record<string, unknown> = {};
after(() => console.log('[lifecycle] measurements', JSON.stringify(results)));
afterEach(() => expectNoViolations());

describe('lifecycle detectors catch a leak (controls)', function () {
  this.timeout(60000);

  it('the instance registry sees an element whose chart is never disposed', async () => {
    const kind = KINDS[0];
    const from = nextEchartsId();
    const el = create(kind);
    const ready = { fired: false };
    el.addEventListener('civic-ready', () => (ready.fired = true), { once: true });
    host.append(el);
    await drawn(kind, el, ready);
    const chart = kind.controller(el)!.chart!;
    // The bug on purpose: removal no longer disposes.
    kind.controller(el)!.dispose = () => undefined;
    el.remove();
    await settle(100);
    const live = liveInstancesBetween(from, nextEchartsId());
    expect(live, 'the leaked instance is found').to.deep.equal([chart.id]);
    const ctl = kind.controller(el)!;
    delete (ctl as Partial<Ctl>).dispose;
    ctl.dispose();
    expect(liveInstancesBetween(from, nextEchartsId())).to.deep.equal([]);
  });

  it('the observation, timer and frame counters see what is not released', async () => {
    const before = observations();
    phase = 'control';
    const ro = new ResizeObserver(() => undefined);
    const target = document.createElement('div');
    host.append(target);
    ro.observe(target);
    const mo = new MutationObserver(() => undefined);
    mo.observe(target, { childList: true });
    const t = setTimeout(() => undefined, 60000);
    const i = setInterval(() => undefined, 60000);
    const f = requestAnimationFrame(function again() {
      requestAnimationFrame(again);
    });
    phase = 'idle';
    await sleep(50);
    expect(observations().ResizeObserver).to.equal(before.ResizeObserver + 1);
    expect(observations().MutationObserver).to.equal(before.MutationObserver + 1);
    const kinds = pendingFrom('control')
      .map((p) => p.kind)
      .sort();
    expect(kinds).to.include.members(['interval', 'timeout']);
    if (document.visibilityState === 'visible') expect(kinds).to.include('frame');
    ro.disconnect();
    mo.disconnect();
    clearTimeout(t);
    clearInterval(i);
    cancelAnimationFrame(f);
    for (const id of frames.keys()) cancelAnimationFrame(id);
    target.remove();
    expect(observations()).to.deep.equal(before);
    expect(pendingFrom('control')).to.deep.equal([]);
  });

  it('GC survivors and heap growth see elements kept alive with undisposed charts', async function () {
    this.timeout(120000);
    const kind = KINDS[0];
    for (let i = 0; i < 5; i++) await cycle(kind, i === 0);
    await settle();
    const base = await heap();
    const from = nextEchartsId();
    const kept: HTMLElement[] = [];
    const refs: WeakRef<HTMLElement>[] = [];
    for (let i = 0; i < 60; i++) {
      const el = create(kind);
      host.append(el);
      await until(() => !!kind.controller(el)?.chart, 10000, 'chart created');
      kind.controller(el)!.dispose = () => undefined;
      el.remove();
      kept.push(el);
      refs.push(new WeakRef(el));
    }
    await settle();
    const grown = (await heap()) - base;
    const alive = await survivors(refs);
    const live = liveInstancesBetween(from, nextEchartsId());
    results.controlLeak = { cycles: 60, heapGrowthKB: Math.round(grown / 1024), survivors: alive, liveInstances: live.length };
    expect(alive).to.equal(60);
    expect(live).to.have.length(60);
    expect(grown, '60 leaked charts exceed the 2 MB budget').to.be.above(2 * 1024 * 1024);
    // Undo the leak: the real dispose also drops the resize observations.
    for (const el of kept) {
      const ctl = kind.controller(el)!;
      delete (ctl as Partial<Ctl>).dispose;
      ctl.dispose();
    }
    kept.length = 0;
    expect(liveInstancesBetween(from, nextEchartsId())).to.deep.equal([]);
  });
});

for (const kind of KINDS) {
  describe(`<${kind.tag}${kind.tag === 'civic-indicator-card' ? ' data-sparkline' : ''}> lifecycle`, function () {
    this.timeout(240000);

    it('200 create/remove cycles: no live ECharts instance, observers and timers released, heap < 2 MB', async () => {
      // Warm-up: the first cycles load ECharts, the map boundaries and Lit's template caches.
      phase = 'warm-up';
      for (let i = 0; i < 20; i++) await cycle(kind, i % 5 === 0);
      await settle();
      const baseObs = observations();
      const baseHeap = await heap();
      const from = nextEchartsId();

      phase = `${kind.tag} cycles`;
      const refs: WeakRef<HTMLElement>[] = [];
      const t0 = performance.now();
      for (let i = 0; i < 200; i++) refs.push(await cycle(kind, i % 20 === 0));
      const elapsed = performance.now() - t0;
      phase = 'idle';
      await settle();

      const to = nextEchartsId();
      const live = liveInstancesBetween(from, to);
      const alive = await survivors(refs);
      const grown = (await heap()) - baseHeap;
      const pending = pendingFrom(`${kind.tag} cycles`);
      results[`${kind.tag} cycles`] = {
        instancesCreated: to - from - 1,
        liveInstances: live.length,
        survivors: alive,
        heapGrowthKB: Math.round(grown / 1024),
        pendingTimers: pending.length,
        observations: observations(),
        ms: Math.round(elapsed),
      };
      expect(to - from - 1, 'one instance per cycle').to.equal(200);
      expect(live, 'live ECharts instances').to.deep.equal([]);
      expect(observations(), 'observations released').to.deep.equal(baseObs);
      expect(
        pending.map((p) => `${p.kind} ${p.delay}ms`),
        'timers/frames still pending',
      ).to.deep.equal([]);
      // A few may still be referenced from the last tasks' records; a leak keeps all 200.
      expect(alive, 'removed elements collected').to.be.at.most(3);
      expect(grown, `heap growth ${Math.round(grown / 1024)} KB`).to.be.below(2 * 1024 * 1024);
    });

    it('200 DOM moves: the same instance throughout, nothing re-inited, nothing leaked', async () => {
      const a = document.createElement('div');
      const b = document.createElement('div');
      a.style.cssText = b.style.cssText = 'width:480px';
      host.append(a, b);
      const el = create(kind);
      const ready = { fired: false };
      el.addEventListener('civic-ready', () => (ready.fired = true), { once: true });
      a.append(el);
      await drawn(kind, el, ready);
      await settle(100);
      const ctl = kind.controller(el)!;
      const chart = ctl.chart!;
      const baseObs = observations();
      const from = nextEchartsId();

      phase = `${kind.tag} moves`;
      for (let i = 0; i < 200; i++) {
        (i % 2 ? a : b).append(el);
        // Every other move also yields a task, so the disposal microtask gets its chance to misfire.
        if (i % 2) await sleep(0);
        else await Promise.resolve();
      }
      phase = 'idle';
      await settle();

      expect(kind.controller(el)!.chart, 'the same instance').to.equal(chart);
      expect(!!chart.isDisposed()).to.equal(false);
      expect(kind.controller(el)!.inits, 'never re-inited').to.equal(1);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(liveInstancesBetween(from, nextEchartsId()), 'no instance created by a move').to.deep.equal([]);
      expect(observations(), 'moves neither add nor drop observations').to.deep.equal(baseObs);
      expect(pendingFrom(`${kind.tag} moves`).map((p) => `${p.kind} ${p.delay}ms`)).to.deep.equal([]);

      // And removed for good after all those moves, it lets go of everything.
      const obsBefore = observations();
      el.remove();
      await settle(100);
      expect(chart.isDisposed(), 'disposed on removal').to.equal(true);
      expect(getInstanceById(chart.id)).to.equal(undefined);
      const after = observations();
      expect(after.MutationObserver, 'child observer disconnected').to.be.below(obsBefore.MutationObserver);
      expect(after.ResizeObserver, 'resize observation dropped').to.be.below(obsBefore.ResizeObserver);
      a.remove();
      b.remove();
      results[`${kind.tag} moves`] = { inits: kind.controller(el)!.inits, observationsAfterRemoval: after };
    });
  });
}
