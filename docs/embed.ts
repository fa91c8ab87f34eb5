/**
 * The iframe page of the embed builder: renders ONE widget from its URL parameters, for CMSs
 * that strip scripts but allow an <iframe>. `el` names the element; each attribute the builder
 * writes may follow as a parameter of the same name; `id` names the frame for the resize
 * message. Anything else is ignored, every value is length-capped and set with setAttribute
 * only (the element itself validates numbers, JSON and dates and shows its own error state).
 *
 * The page reports its content height to the host page — a message with a number and the id,
 * nothing else — so the host's resize script (embed-resize.js) can size the iframe.
 */
import { ATTRIBUTES, isKind, maxLength } from './builder/attributes.js';
import { isEmbedId } from './builder/embed-code.js';

const params = new URLSearchParams(location.search);
const root = document.getElementById('widget')!;
const heading = document.getElementById('title')!;
const kind = params.get('el');

if (isKind(kind)) {
  const el = document.createElement(`civic-${kind}`);
  for (const name of ATTRIBUTES[kind]) {
    const value = params.get(name);
    if (value === null || value.length > maxLength(name)) continue;
    el.setAttribute(name, value);
  }
  const lang = el.getAttribute('lang');
  if (lang) document.documentElement.lang = lang;
  if (el.getAttribute('data-theme') === 'dark') document.documentElement.dataset.theme = 'dark';
  heading.textContent = el.getAttribute('data-label') ?? '';
  el.setAttribute('data-lazy', 'false');
  root.replaceChildren(el);
} else {
  heading.textContent = 'civic-viz';
  document.getElementById('nothing')!.hidden = false;
}

const id = params.get('id');
if (isEmbedId(id) && parent !== window) {
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.getElementById('content')!.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ civicEmbed: id, height }, '*');
  };
  new ResizeObserver(report).observe(document.getElementById('content')!);
  report();
}
