import { describe, expect, it } from 'vitest';
import {
  currencyDigits,
  currencyName,
  currencyOptions,
  formatMoney,
  formatMoneyCompact,
  formatRate,
  minorToDecimal,
  parseAmount,
  amountText,
  toMinorUnits,
} from './money';

// Intl separates thousands in Russian with a narrow no-break space.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('currencyDigits', () => {
  it('knows the minor digits of a currency', () => {
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('vnd')).toBe(0);
    expect(currencyDigits('KWD')).toBe(3);
  });

  it('takes 2 for what is not a currency', () => {
    expect(currencyDigits('??')).toBe(2);
  });
});

describe('minorToDecimal', () => {
  it('places the decimal point exactly', () => {
    expect(minorToDecimal(878085, 2)).toBe('8780.85');
    expect(minorToDecimal(5, 2)).toBe('0.05');
    expect(minorToDecimal(2500000, 0)).toBe('2500000');
    expect(minorToDecimal(-1234, 3)).toBe('-1.234');
  });
});

describe('formatMoney', () => {
  it('shows an amount in the reader’s language with the currency’s digits', () => {
    expect(formatMoney({ minor: 9543, currency: 'USD' }, 'en')).toBe('$95.43');
    expect(formatMoney({ minor: 878085, currency: 'RUB' }, 'en')).toBe('₽8,780.85');
    expect(plain(formatMoney({ minor: 878085, currency: 'RUB' }, 'ru'))).toBe('8 780,85 ₽');
    expect(plain(formatMoney({ minor: 2500000, currency: 'VND' }, 'ru'))).toBe('2 500 000 ₫');
  });
});

describe('formatRate', () => {
  it('drops the trailing zeros of the stored rate, keeping two decimals', () => {
    expect(formatRate('91.846600', 'en')).toBe('91.8466');
    expect(formatRate('92.000000', 'ru')).toBe('92,00');
    expect(formatRate('35.123456', 'en')).toBe('35.123456');
    expect(formatRate('not a number', 'en')).toBe('not a number');
  });
});

describe('currencies', () => {
  it('are named in the reader’s language', () => {
    expect(currencyName('USD', 'en')).toBe('US Dollar');
    expect(currencyName('VND', 'ru')).toBe('вьетнамский донг');
  });

  it('leave the rouble out of those a rate is of', () => {
    const codes = currencyOptions('en').map((option) => option.value);
    expect(codes).toContain('USD');
    expect(codes).not.toContain('RUB');
  });
});

describe('parseAmount', () => {
  it('reads amounts as people type them', () => {
    expect(parseAmount('2500000', 'VND')).toEqual({ amount: '2500000' });
    expect(parseAmount('2 500 000,50', 'USD')).toEqual({ amount: '2500000.50' });
    expect(parseAmount('1250.5', 'USD')).toEqual({ amount: '1250.5' });
  });

  it('says what is wrong', () => {
    expect(parseAmount('12,5', 'VND')).toEqual({ error: 'decimals', digits: 0 });
    expect(parseAmount('1.234', 'USD')).toEqual({ error: 'decimals', digits: 2 });
    expect(parseAmount('-5', 'USD')).toEqual({ error: 'format', digits: 2 });
    expect(parseAmount('1e5', 'USD')).toEqual({ error: 'format', digits: 2 });
    expect(parseAmount('0.00', 'USD')).toEqual({ error: 'zero', digits: 2 });
  });
});

describe('toMinorUnits', () => {
  it('moves the decimal point by the currency’s digits', () => {
    expect(toMinorUnits('15000', 'USD')).toEqual({ minor: 1500000 });
    expect(toMinorUnits('15 000,5', 'USD')).toEqual({ minor: 1500050 });
    expect(toMinorUnits('0.07', 'EUR')).toEqual({ minor: 7 });
    expect(toMinorUnits('2500000', 'VND')).toEqual({ minor: 2500000 });
    expect(toMinorUnits('1.234', 'KWD')).toEqual({ minor: 1234 });
  });

  it('keeps amounts exact where floating point would not', () => {
    expect(toMinorUnits('1.15', 'USD')).toEqual({ minor: 115 });
    expect(toMinorUnits('4.35', 'USD')).toEqual({ minor: 435 });
  });

  it('says what is wrong with the text', () => {
    expect(toMinorUnits('abc', 'USD')).toEqual({ error: 'format', digits: 2 });
    expect(toMinorUnits('0,00', 'USD')).toEqual({ error: 'zero', digits: 2 });
    expect(toMinorUnits('10.5', 'VND')).toEqual({ error: 'decimals', digits: 0 });
    expect(toMinorUnits('99999999999999999', 'USD')).toEqual({ error: 'large', digits: 2 });
  });
});

describe('amountText', () => {
  it('gives minor units back as the amount to edit', () => {
    expect(amountText({ minor: 1500000, currency: 'USD' })).toBe('15000');
    expect(amountText({ minor: 1500050, currency: 'USD' })).toBe('15000.5');
    expect(amountText({ minor: 7, currency: 'USD' })).toBe('0.07');
    expect(amountText({ minor: 2500000, currency: 'VND' })).toBe('2500000');
  });

  it('round-trips with toMinorUnits', () => {
    for (const minor of [1, 10, 99, 100, 123456789]) {
      expect(toMinorUnits(amountText({ minor, currency: 'USD' }), 'USD')).toEqual({ minor });
    }
  });
});

describe('formatMoneyCompact', () => {
  it('rounds a sum for a narrow column', () => {
    expect(formatMoneyCompact({ minor: 135000000_00, currency: 'RUB' }, 'en')).toBe('₽135M');
    expect(formatMoneyCompact({ minor: 1500000, currency: 'USD' }, 'en')).toBe('$15K');
    expect(formatMoneyCompact({ minor: 0, currency: 'USD' }, 'en')).toBe('$0');
    expect(plain(formatMoneyCompact({ minor: 135000000_00, currency: 'RUB' }, 'ru'))).toBe('135 млн ₽');
  });
});
