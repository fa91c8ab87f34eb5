/**
 * The embed builder: a form, a live preview and four outputs. The preview element is made with
 * createElement/setAttribute from the same attribute list the copied code is written from
 * (builder/widget.ts), so what is copied is what was previewed. Nothing an editor types reaches
 * HTML parsing on this page: code is shown with textContent, messages are text.
 */
import { version } from '../packages/civic-viz/package.json';
import { LANGS, isKind, type Kind, type WidgetLang } from './builder/attributes.js';
import { frameEmbed, placeholderEmbed, scriptEmbed } from './builder/embed-code.js';
import { message, type EditorLang } from './builder/messages.js';
import { EXAMPLES } from './builder/examples.js';
import { FIELDS, buildWidget, type Field, type FormValues, type Widget } from './builder/widget.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('form');
const preview = $<HTMLDivElement>('preview');
const frame = $<HTMLDivElement>('preview-frame');
const previewStatus = $<HTMLElement>('preview-status');
const outputsStatus = $<HTMLElement>('outputs-status');
const imageStatus = $<HTMLElement>('image-status');
const TEXT_FIELDS: Field[] = ['label', 'value', 'unit', 'previous', 'target', 'source', 'updated', 'chartType', 'map', 'table'];
const input = (f: Field) => $<HTMLInputElement>(`f-${f}`);

const state = {
  kind: 'indicator-card' as Kind,
  lang: 'zh-CN' as WidgetLang,
  theme: 'light' as 'light' | 'dark',
  care: false,
  width: 'phone',
};
/** What the editor typed for each element, kept while they switch between elements. */
const drafts: Record<Kind, Partial<Record<Field, string>>> = structuredClone(EXAMPLES);
let current: Widget | null = null;
/** The iframe's id, new for each widget so two frames on one page never answer for each other. */
let frameId = '';
let frames = 0;

const editorLang = (): EditorLang => (state.lang === 'en' ? 'en' : state.lang === 'zh-TW' ? 'zh-Hant' : 'zh-Hans');

function readForm(): FormValues {
  const v = Object.fromEntries(TEXT_FIELDS.map((f) => [f, input(f).value])) as Record<Field, string>;
  return { ...v, kind: state.kind, lang: state.lang, theme: state.theme, care: state.care };
}

function loadDraft(): void {
  for (const f of TEXT_FIELDS) {
    input(f).value = drafts[state.kind][f] ?? (f === 'chartType' ? 'bar' : '');
    (input(f).closest('.field') as HTMLElement).hidden = !FIELDS[state.kind].includes(f);
  }
}

function showProblems(problems: Partial<Record<Field, import('./builder/messages.js').Problem[]>>): void {
  for (const f of TEXT_FIELDS) {
    const list = problems[f] ?? [];
    const el = input(f);
    if (list.length) el.setAttribute('aria-invalid', 'true');
    else el.removeAttribute('aria-invalid');
    $(`m-${f}`).textContent = list.map((p) => message(editorLang(), p)).join(' ');
  }
}

function makeElement(w: Widget): HTMLElement {
  const el = document.createElement(`civic-${w.kind}`);
  for (const [n, v] of w.attributes) el.setAttribute(n, v);
  el.setAttribute('data-lazy', 'false');
  return el;
}

const outputs = { script: $('out-script'), div: $('out-div'), iframe: $('out-iframe') };
const copyButtons = [...document.querySelectorAll<HTMLButtonElement>('button.copy, #download-png, #download-svg')];

function update(): void {
  drafts[state.kind] = Object.fromEntries(TEXT_FIELDS.filter((f) => FIELDS[state.kind].includes(f)).map((f) => [f, input(f).value]));
  const result = buildWidget(readForm());
  showProblems(result.problems);
  const msgs = {
    'zh-Hans': '请先修正上面标出的问题，代码和图片会在修正后生成。',
    'zh-Hant': '請先修正上面標出的問題，代碼和圖片會在修正後產生。',
    en: 'Fix the problems marked above first; the code and images follow.',
  };
  if (!result.ok) {
    current = null;
    frame.classList.add('stale');
    previewStatus.textContent = {
      'zh-Hans': '预览仍是上一次有效的内容。',
      'zh-Hant': '預覽仍是上一次有效的內容。',
      en: 'The preview still shows the last valid widget.',
    }[editorLang()];
    outputsStatus.hidden = false;
    outputsStatus.textContent = msgs[editorLang()];
    for (const o of Object.values(outputs)) o.textContent = '';
    copyButtons.forEach((b) => (b.disabled = true));
    return;
  }
  current = result.widget;
  frameId = `civic-${current.kind}-${Date.now().toString(36)}${(frames++).toString(36)}`;
  frame.classList.remove('stale');
  frame.classList.toggle('dark', state.theme === 'dark');
  previewStatus.textContent = '';
  outputsStatus.hidden = true;
  copyButtons.forEach((b) => (b.disabled = false));
  imageStatus.textContent = '';
  preview.replaceChildren(makeElement(current));
  writeOutputs();
}

function writeOutputs(): void {
  if (!current) return;
  outputs.script.textContent = scriptEmbed(current, version);
  outputs.div.textContent = placeholderEmbed(current);
  // The frame starts at the widget's height at phone width (its tallest), until it reports its own.
  const height =
    (state.width === 'phone' ? preview.getBoundingClientRect().height : 0) ||
    (current.kind === 'indicator-card' || current.kind === 'progress-ring' ? 220 : 420);
  outputs.iframe.textContent = frameEmbed(current, {
    page: new URL('embed.html', location.href).href,
    resizeScript: new URL('embed-resize.js', location.href).href,
    id: frameId,
    height,
  });
}

// The iframe's starting height follows the preview once it has drawn.
new ResizeObserver(() => writeOutputs()).observe(preview);

form.addEventListener('input', update);
form.addEventListener('change', (e) => {
  const t = e.target as HTMLInputElement;
  if (t.name === 'kind' && isKind(t.value)) {
    state.kind = t.value;
    loadDraft();
  }
  update();
});
form.addEventListener('submit', (e) => e.preventDefault());

const press = (sel: string, on: (b: HTMLButtonElement) => boolean) =>
  document.querySelectorAll<HTMLButtonElement>(sel).forEach((b) => b.setAttribute('aria-pressed', String(on(b))));

document.querySelector('.builder-preview .switches')!.addEventListener('click', (e) => {
  const b = (e.target as HTMLElement).closest('button');
  if (!b) return;
  const lang = b.dataset.lang as WidgetLang | undefined;
  if (lang && LANGS.includes(lang)) state.lang = lang;
  if (b.dataset.themeSet === 'light' || b.dataset.themeSet === 'dark') state.theme = b.dataset.themeSet;
  if (b.hasAttribute('data-care-toggle')) state.care = !state.care;
  if (b.dataset.width === 'phone' || b.dataset.width === 'desktop') state.width = b.dataset.width;
  press('[data-lang]', (x) => x.dataset.lang === state.lang);
  press('[data-theme-set]', (x) => x.dataset.themeSet === state.theme);
  press('[data-care-toggle]', () => state.care);
  press('[data-width]', (x) => x.dataset.width === state.width);
  frame.classList.toggle('phone', state.width === 'phone');
  update();
});

const copied = { 'zh-Hans': '已复制', 'zh-Hant': '已複製', en: 'Copied' };
const selectHint = {
  'zh-Hans': '已选中，请按 Ctrl+C（Mac 上 ⌘C）复制',
  'zh-Hant': '已選取，請按 Ctrl+C（Mac 上 ⌘C）複製',
  en: 'Selected: press Ctrl+C (⌘C on a Mac) to copy',
};
document.querySelectorAll<HTMLButtonElement>('button.copy').forEach((button) => {
  button.addEventListener('click', async () => {
    const code = $(button.dataset.copy!);
    const status = button.parentElement!.querySelector('.copy-status')!;
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      status.textContent = copied[editorLang()];
    } catch {
      // No clipboard permission (an http page, an old browser): select the code for Ctrl+C.
      getSelection()?.selectAllChildren(code);
      status.textContent = selectHint[editorLang()];
    }
  });
});

async function download(format: 'png' | 'svg'): Promise<void> {
  const el = preview.firstElementChild as HTMLElement | null;
  if (!current || !el) return;
  imageStatus.textContent = { 'zh-Hans': '正在生成…', 'zh-Hant': '正在產生…', en: 'Making the image…' }[editorLang()];
  const { exportImage } = await import('./builder/image.js');
  const started = performance.now();
  const { blob, name, width, height } = await exportImage(el, current, format);
  const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: `${name}.${format}` });
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  const kb = (blob.size / 1024).toFixed(1);
  const ms = Math.round(performance.now() - started);
  imageStatus.textContent = {
    'zh-Hans': `已生成 ${name}.${format}（${width}×${height}，${kb} KB）`,
    'zh-Hant': `已產生 ${name}.${format}（${width}×${height}，${kb} KB）`,
    en: `Made ${name}.${format} (${width}×${height}, ${kb} KB)`,
  }[editorLang()];
  imageStatus.dataset.ms = String(ms);
}
$('download-png').addEventListener('click', () => void download('png'));
$('download-svg').addEventListener('click', () => void download('svg'));

loadDraft();
update();
