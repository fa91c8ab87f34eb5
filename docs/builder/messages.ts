/**
 * The builder's inline messages in the editor's language. Each names what is wrong and what to
 * do, with the cell or field it is about; the element codes (invalid-number …) stay visible so a
 * message can be looked up in the errors guide.
 */
export type EditorLang = 'zh-Hans' | 'zh-Hant' | 'en';

export type Problem =
  | { code: 'required' }
  | { code: 'not-a-number'; text: string }
  | { code: 'approximation'; text: string }
  | { code: 'unit-in-number'; text: string }
  | { code: 'markup' }
  | { code: 'formula'; row?: number; column?: number }
  | { code: 'too-long'; max: number }
  | { code: 'bad-date' }
  | { code: 'empty-table' }
  | { code: 'no-values' }
  | { code: 'too-many-rows'; rows: number; max: number }
  | { code: 'too-many-columns'; columns: number; max: number }
  | { code: 'missing-cell'; row: number; column: number }
  | { code: 'cell-not-a-number'; row: number; column: number; text: string }
  | { code: 'unreadable-table' }
  | { code: 'duplicate-name'; text: string };

/** "第3行第2列" / "row 3, column 2": rows count the header as row 1, as a spreadsheet does. */
export const cellName = (lang: EditorLang, row: number, column: number): string =>
  lang === 'en' ? `row ${row}, column ${column}` : `第${row}行第${column}列`;

const short = (s: string) => (s.length > 24 ? `${s.slice(0, 24)}…` : s);

type Table = { [C in Problem['code']]: (p: Extract<Problem, { code: C }>) => string };

const zhHans: Table = {
  required: () => '请填写此项。',
  'not-a-number': (p) => `“${short(p.text)}”不是数字。可写 2391、2,391、１２３、1.1万 或 2.19亿。`,
  approximation: (p) => `“${short(p.text)}”是约数，图表需要确切数字。请写确切数值，把“约”“余”写在标题或说明里。`,
  'unit-in-number': (p) => `“${short(p.text)}”的数字后面有文字。单位请写在“单位”一栏。`,
  markup: () => '这里只能写纯文字，不能包含 HTML 代码（如 <img …>）。',
  formula: (p) =>
    `${p.row ? `${cellName('zh-Hans', p.row, p.column ?? 1)}是` : '这是'}表格公式（以 = 开头）。请在表格软件里“选择性粘贴 → 数值”后再复制。`,
  'too-long': (p) => `太长了：最多 ${p.max} 个字。`,
  'bad-date': () => '日期格式应为 2021-12-20。',
  'empty-table': () => '请粘贴一个表格：第一行是表头，第一列是名称。',
  'no-values': () => '表格至少需要一列数值（第一列是名称，其后每列一个系列）。',
  'too-many-rows': (p) => `表格有 ${p.rows} 行数据，最多 ${p.max} 行。请先在表格软件里汇总或筛选，一行都不会被悄悄丢掉。`,
  'too-many-columns': (p) => `表格有 ${p.columns} 列数值，这里最多 ${p.max} 列。`,
  'missing-cell': (p) => `${cellName('zh-Hans', p.row, p.column)}是空的。没有数据请写“—”。`,
  'cell-not-a-number': (p) => `${cellName('zh-Hans', p.row, p.column)}“${short(p.text)}”不是数字。`,
  'unreadable-table': () => '无法读取这个表格：请给每一列写上表头，并检查引号是否成对。',
  'duplicate-name': (p) => `“${short(p.text)}”出现了两次。`,
};

const zhHant: Table = {
  required: () => '請填寫此項。',
  'not-a-number': (p) => `「${short(p.text)}」不是數字。可寫 2391、2,391、１２３、1.1萬 或 2.19億。`,
  approximation: (p) => `「${short(p.text)}」是約數，圖表需要確切數字。請寫確切數值，把「約」「餘」寫在標題或說明裡。`,
  'unit-in-number': (p) => `「${short(p.text)}」的數字後面有文字。單位請寫在「單位」一欄。`,
  markup: () => '這裡只能寫純文字，不能包含 HTML 代碼（如 <img …>）。',
  formula: (p) =>
    `${p.row ? `${cellName('zh-Hant', p.row, p.column ?? 1)}是` : '這是'}表格公式（以 = 開頭）。請在表格軟體裡「選擇性貼上 → 值」後再複製。`,
  'too-long': (p) => `太長了：最多 ${p.max} 個字。`,
  'bad-date': () => '日期格式應為 2021-12-20。',
  'empty-table': () => '請貼上一個表格：第一列是表頭，第一欄是名稱。',
  'no-values': () => '表格至少需要一欄數值（第一欄是名稱，其後每欄一個系列）。',
  'too-many-rows': (p) => `表格有 ${p.rows} 列資料，最多 ${p.max} 列。請先在表格軟體裡彙總或篩選，不會有任何一列被悄悄丟掉。`,
  'too-many-columns': (p) => `表格有 ${p.columns} 欄數值，這裡最多 ${p.max} 欄。`,
  'missing-cell': (p) => `${cellName('zh-Hant', p.row, p.column)}是空的。沒有資料請寫「—」。`,
  'cell-not-a-number': (p) => `${cellName('zh-Hant', p.row, p.column)}「${short(p.text)}」不是數字。`,
  'unreadable-table': () => '無法讀取這個表格：請給每一欄寫上表頭，並檢查引號是否成對。',
  'duplicate-name': (p) => `「${short(p.text)}」出現了兩次。`,
};

const en: Table = {
  required: () => 'Please fill this in.',
  'not-a-number': (p) => `"${short(p.text)}" is not a number. Write 2391, 2,391, １２３, 1.1万 or 2.19亿.`,
  approximation: (p) =>
    `"${short(p.text)}" is an approximation; the widget needs an exact number. Put words such as 约 or 余 in the title.`,
  'unit-in-number': (p) => `"${short(p.text)}" has text after the number. Write the unit in the Unit field.`,
  markup: () => 'Plain text only: HTML code (such as <img …>) is not allowed here.',
  formula: (p) =>
    `${p.row ? `${cellName('en', p.row, p.column ?? 1)} is` : 'This is'} a spreadsheet formula (starts with =). Paste values instead (Paste Special → Values).`,
  'too-long': (p) => `Too long: at most ${p.max} characters.`,
  'bad-date': () => 'Write the date as 2021-12-20.',
  'empty-table': () => 'Paste a table: the first row holds the headers, the first column the names.',
  'no-values': () => 'The table needs at least one column of numbers (names first, then one column per series).',
  'too-many-rows': (p) =>
    `The table has ${p.rows} data rows; at most ${p.max} are allowed. Summarize or filter it first: no row is dropped silently.`,
  'too-many-columns': (p) => `The table has ${p.columns} value columns; at most ${p.max} are allowed here.`,
  'missing-cell': (p) => `${cellName('en', p.row, p.column)} is empty. Write — where there is no data.`,
  'cell-not-a-number': (p) => `${cellName('en', p.row, p.column)} "${short(p.text)}" is not a number.`,
  'unreadable-table': () => 'This table cannot be read: give every column a header and check that quotes are paired.',
  'duplicate-name': (p) => `"${short(p.text)}" appears twice.`,
};

const tables: Record<EditorLang, Table> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

/** The message for a problem, in the editor's language. */
export function message(lang: EditorLang, p: Problem): string {
  return (tables[lang][p.code] as (p: Problem) => string)(p);
}
