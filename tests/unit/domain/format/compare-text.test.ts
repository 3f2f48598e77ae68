import { describe, expect, it } from 'vitest';
import { compareText } from '../../../../src/domain/format/compare-text';

describe(compareText, () => {
  it('orders Kazakh by its alphabet: ә after а, қ after к, і after ы', () => {
    const words = ['Қағидалар', 'Бұйрық', 'Әдістеме', 'Жарлық', 'Ілім', 'Ашық', 'Кодекс', 'Ыдыс'];
    expect([...words].sort((a, b) => compareText(a, b, 'kk'))).toEqual([
      'Ашық',
      'Әдістеме',
      'Бұйрық',
      'Жарлық',
      'Кодекс',
      'Қағидалар',
      'Ыдыс',
      'Ілім',
    ]);
  });

  it('puts a shorter word first when it begins the longer, and ignores case', () => {
    expect(compareText('жол', 'Жолдау', 'kk')).toBeLessThan(0);
    expect(compareText('ЖОЛ', 'жол', 'kk')).toBe(0);
  });

  it('uses the language’s collation for Russian and English', () => {
    expect(['Указ', 'Приказ', 'Закон'].sort((a, b) => compareText(a, b, 'ru'))).toEqual([
      'Закон',
      'Приказ',
      'Указ',
    ]);
    expect(compareText('order', 'Decree', 'en')).toBeGreaterThan(0);
  });
});
