import { describe, expect, it } from 'vitest';
import { CAUSE_CATEGORIES } from '../../../../shared/domain/eightd/records';
import { CATEGORY_LABELS, createLabels, LABELS } from '../../../../shared/report/labels';

describe('8D report labels', () => {
  it('prints fixed texts in the chosen language', () => {
    expect(createLabels({ language: 'zh-CN', bilingual: false })('customer')).toBe('客户');
    expect(createLabels({ language: 'en', bilingual: false })('customer')).toBe('Customer');
    expect(createLabels({ language: 'en', bilingual: false }).discipline('D4')).toBe('D4 Root Cause Analysis');
  });

  it('bilingual: headings "中文 / English", field names on two lines, words inside values in the language only', () => {
    const t = createLabels({ language: 'zh-CN', bilingual: true });
    expect(t.discipline('D1')).toBe('D1 成立小组 / Team');
    expect(t.heading('title')).toBe('8D 报告 / 8D Report');
    expect(t('customer')).toBe('客户\nCustomer');
    expect(t('fiveW2H')).toBe('5W2H');
    expect(t.word('hours')).toBe('小时');
    expect(t.of(CATEGORY_LABELS, 'man')).toBe('人');
  });

  it('names the 5M1E bones 人机料法测环 in order', () => {
    const t = createLabels({ language: 'zh-CN', bilingual: false });
    expect(CAUSE_CATEGORIES.map((c) => t.of(CATEGORY_LABELS, c)).join('')).toBe('人机料法测环');
    expect(t.of(CATEGORY_LABELS, '')).toBe('');
    expect(t.of(CATEGORY_LABELS, 'unknown' as never)).toBe('unknown');
  });

  it('has a Chinese and an English text for every key', () => {
    for (const [key, [zh, en]] of Object.entries(LABELS)) {
      expect(zh.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
    }
  });
});
