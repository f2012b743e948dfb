import { describe, expect, it } from 'vitest';
import { cleanText, formatDate, formatDateTime, hoursBetween, shortText, textLines } from '../../../../shared/report/text';

describe('8D report text', () => {
  it('removes the characters XML 1.0 forbids and keeps the rest as typed', () => {
    expect(cleanText('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi')).toBe('abcdefghi');
    expect(cleanText('<&>"\' 😀 مرحبا 中文')).toBe('<&>"\' 😀 مرحبا 中文');
  });

  it('drops lone surrogates but keeps pairs', () => {
    expect(cleanText('x\uD800y\uDC00z😀')).toBe('xyz😀');
    expect(cleanText('end\uD83D')).toBe('end');
  });

  it('makes line ends \\n and tabs spaces', () => {
    expect(cleanText('a\r\nb\rc\td')).toBe('a\nb\nc d');
    expect(textLines('一\n二')).toEqual(['一', '二']);
    expect(textLines('')).toEqual([]);
  });

  it('prints dates as written, without time-zone conversion', () => {
    expect(formatDateTime('2026-11-23T23:30:00+08:00')).toBe('2026-11-23 23:30');
    expect(formatDate('2026-11-23T23:30:00+08:00')).toBe('2026-11-23');
    expect(formatDate(null)).toBe('');
    expect(formatDateTime('soon')).toBe('soon');
  });

  it('counts clock hours between two moments, null when one is missing or unreadable', () => {
    expect(hoursBetween('2026-11-23T09:30:00+08:00', '2026-11-24T11:00:00+08:00')).toBe(25.5);
    expect(hoursBetween('2026-11-23T09:30:00+08:00', null)).toBeNull();
    expect(hoursBetween('x', '2026-11-23T09:30:00+08:00')).toBeNull();
  });

  it('shortens one line of text with an ellipsis', () => {
    expect(shortText('一二三\n四五六七', 5)).toBe('一二三 …');
    expect(shortText('短', 5)).toBe('短');
  });
});
