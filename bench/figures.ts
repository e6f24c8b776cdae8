/** The median of `values` (the upper one of an even count). */
export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** `value` rounded to one decimal. */
export const round1 = (value: number): number => Math.round(value * 10) / 10;
