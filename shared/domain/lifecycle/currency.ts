/** The currencies a return line may be priced in (issue 19.2): the factory's own and its export customers'. */
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'JPY', 'HKD'] as const;
export type Currency = (typeof CURRENCIES)[number];
export const DEFAULT_CURRENCY: Currency = 'CNY';
