import type { Language } from '../i18n/i18n';
import type { Money } from './types';

const DEFAULT_DIGITS = 2;
const digitsCache = new Map<string, number>();

/** How many minor digits a currency has (2 for USD, 0 for VND), as ICU says; 2 if unknown. */
export function currencyDigits(currency: string): number {
  const code = currency.toUpperCase();
  let digits = digitsCache.get(code);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
          .maximumFractionDigits ?? DEFAULT_DIGITS;
    } catch {
      digits = DEFAULT_DIGITS; // not a currency code Intl knows
    }
    digitsCache.set(code, digits);
  }
  return digits;
}

/** Minor units as a decimal string, exactly: 878085 with 2 digits is "8780.85". */
export function minorToDecimal(minor: number, digits: number): string {
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(Math.trunc(minor))).padStart(digits + 1, '0');
  if (digits === 0) return sign + text;
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** An amount of money in the reader's language: "8 780,85 ₽", "₽8,780.85", "$95.43". */
export function formatMoney(money: Money, language: Language): string {
  const digits = currencyDigits(money.currency);
  const value = Number(minorToDecimal(money.minor, digits));
  try {
    return new Intl.NumberFormat(language, {
      style: 'currency',
      currency: money.currency,
      currencyDisplay: 'narrowSymbol', // "₽", not "RUB", in English too
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value);
  } catch {
    return `${minorToDecimal(money.minor, digits)} ${money.currency}`;
  }
}

/**
 * A sum rounded for a glance, where columns of figures are narrow: "₽135M", "135 млн ₽",
 * "$15K". The exact amount belongs in a tooltip or a table beside it.
 */
export function formatMoneyCompact(money: Money, language: Language): string {
  const value = Number(minorToDecimal(money.minor, currencyDigits(money.currency)));
  try {
    return new Intl.NumberFormat(language, {
      style: 'currency',
      currency: money.currency,
      currencyDisplay: 'narrowSymbol',
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(value);
  } catch {
    return formatMoney(money, language);
  }
}

/** A rate as the table keeps it ("91.846600"), without its trailing zeros: "91.8466" ("91,8466"). */
export function formatRate(rate: string, language: Language): string {
  const value = Number(rate);
  if (!Number.isFinite(value)) return rate;
  return new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 6 }).format(
    value,
  );
}

/** A currency's name in the reader's language ("US Dollar", "доллар США"); the code if unknown. */
export function currencyName(currency: string, language: Language): string {
  try {
    return new Intl.DisplayNames(language, { type: 'currency' }).of(currency.toUpperCase()) ?? currency;
  } catch {
    return currency;
  }
}

/** Currencies a rate may be of: every current ISO 4217 code but the rouble, by code. */
export function currencyOptions(language: Language): { value: string; label: string }[] {
  const codes =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['USD', 'EUR', 'CNY'];
  return codes
    .filter((code) => code !== 'RUB')
    .map((code) => ({ value: code, label: `${code} — ${currencyName(code, language)}` }));
}

/** An amount as typed, checked against the currency: the API's decimal string, or what is wrong. */
export type AmountCheck = { amount: string } | { error: 'format' | 'zero' | 'decimals'; digits: number };

export function parseAmount(text: string, currency: string): AmountCheck {
  const digits = currencyDigits(currency);
  // Spaces group thousands in Russian ("2 500 000,50"); a comma is the decimal sign there.
  const plain = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  const match = /^(\d+)(?:\.(\d+))?$/.exec(plain);
  if (!match) return { error: 'format', digits };
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > digits) return { error: 'decimals', digits };
  if (/^0*$/.test(whole + fraction)) return { error: 'zero', digits };
  return { amount: fraction ? `${whole}.${fraction}` : whole };
}

/** An amount as typed, in minor units of its currency, or what is wrong with it. */
export type MinorCheck =
  { minor: number } | { error: 'format' | 'zero' | 'decimals' | 'large'; digits: number };

/**
 * An amount typed in major units ("15 000,50") as the integer of minor units the API keeps
 * (1500050 for USD), exactly: the digits are moved, never multiplied in floating point.
 */
export function toMinorUnits(text: string, currency: string): MinorCheck {
  const checked = parseAmount(text, currency);
  if ('error' in checked) return checked;
  const digits = currencyDigits(currency);
  const [whole = '', fraction = ''] = checked.amount.split('.');
  const minor = Number(`${whole}${fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(minor) ? { minor } : { error: 'large', digits };
}

/**
 * Minor units as an amount to edit: "15000.5" for 1500050 USD, "15000" for 1500000; the
 * decimals a currency has are kept only where they say something.
 */
export function amountText(money: Money): string {
  const text = minorToDecimal(money.minor, currencyDigits(money.currency));
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Currencies a deal or a payment may be in: the rouble first, then every other by code. */
export function dealCurrencyOptions(
  language: Language,
  roubleLabel: string,
): { value: string; label: string }[] {
  return [{ value: 'RUB', label: `RUB — ${roubleLabel}` }, ...currencyOptions(language)];
}
