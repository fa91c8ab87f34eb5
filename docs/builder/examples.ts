/**
 * What the builder's form starts with for each element: figures from the 2021 Anshan report the
 * site's examples use. The map's per-district numbers are illustrative and say so.
 */
import type { Kind } from './attributes.js';
import type { Field } from './widget.js';

export const EXAMPLES: Record<Kind, Partial<Record<Field, string>>> = {
  'indicator-card': {
    label: '稳岗返还资金',
    value: '2.19亿',
    unit: '元',
    previous: '1.8亿',
    source: '鞍山市人社局',
    updated: '2021-12-20',
  },
  'progress-ring': { label: '机械化清扫率', value: '92', unit: '%', previous: '78', target: '95', source: '鞍山市城市管理局' },
  'trend-chart': {
    label: '城乡低保标准提高幅度',
    chartType: 'bar',
    unit: '%',
    table: '项目\t提高幅度\n城市低保\t5.62\n农村低保\t8.09',
    source: '鞍山市民政局',
  },
  'district-map': {
    label: '退休人员社会化管理服务站点（示意数据）',
    map: '鞍山',
    unit: '处',
    table: '区县\t站点\n铁东区\t61\n海城\t88\n岫岩\t40',
    source: '示意数据',
  },
};
