/**
 * Units of measure beyond time, size, money and counts, as data: length, mass, power, frequency, data
 * rate, temperature, voltage and volume. Each unit has its spellings, its
 * size in the dimension's base unit and a family (units of one family convert into each other and are
 * printed in each other: mg ↔ g; feet are another family than metres).
 *
 * A field's numbers ("600 mg", "up to 100 m", "15.4 W per port", "2.4 GHz", "10 Gbps", "100-metre runs",
 * "37 °C") become quantities that compare, print and make distractors like the older dimensions.
 */

export type MeasureDimension =
  'length' | 'mass' | 'power' | 'frequency' | 'data rate' | 'temperature' | 'voltage' | 'volume' | 'bit length';

/**
 * How wrong values of a dimension are made from the answer: `decimal` ×2, ÷2, ×4, ÷4, ×10, ÷10;
 * `binary` ×2, ÷2, ×4, ÷4 only (for powers of two: 5,120 is no key size); `none` makes
 * none, for scales with an offset (37 °C × 2 is no temperature), whose wrong values come only from
 * other values in the notes.
 */
type Scaling = 'decimal' | 'binary' | 'none';

interface MeasureUnit {
  /** Normalised name, also the symbol printed ("mg", "GHz", "°C"). */
  unit: string;
  /** Spellings read case-insensitively ("milligrams", "ghz"). */
  spellings: string[];
  /**
   * Spellings read only as written, after a space or hyphen: one letter alone ("m", "g", "W", "V", "L")
   * or a case that tells units apart ("mW" is not "MW").
   */
  exact?: string[];
  /** Read only apart from the number ("5 g", "100-metre"), never glued to it ("32bit" is a name in code). */
  spaced?: boolean;
  /** Base units per one of this unit (metres, grams, watts, hertz, bits per second, volts, litres). */
  factor: number;
  family: string;
  plural?: string;
  singular?: string;
}

export interface MeasureTable {
  dimension: MeasureDimension;
  scaling: Scaling;
  /** True when two units of the dimension never convert by a factor (°C and °F): only equal units compare. */
  offsetScale?: boolean;
  /**
   * Words that name what the dimension measures ("distance", "dose"): a question on such a value asks
   * only when its attribute holds one ("maximum cable length", not "recall"), and the fact desk files the
   * value under them ("/limit 10base2 cable length" finds a distance). Whole words, lower case.
   */
  words: readonly string[];
  units: MeasureUnit[];
}

export const MEASURES: readonly MeasureTable[] = [
  {
    dimension: 'length',
    words: ['length', 'distance', 'reach', 'span', 'radius', 'diameter', 'height', 'width', 'depth', 'altitude'],
    scaling: 'decimal',
    units: [
      {
        unit: 'mm',
        spellings: ['mm', 'millimetres', 'millimetre', 'millimeters', 'millimeter'],
        factor: 0.001,
        family: 'metric',
      },
      {
        unit: 'cm',
        spellings: ['cm', 'centimetres', 'centimetre', 'centimeters', 'centimeter'],
        factor: 0.01,
        family: 'metric',
      },
      { unit: 'm', spellings: ['metres', 'metre', 'meters', 'meter'], exact: ['m'], factor: 1, family: 'metric' },
      {
        unit: 'km',
        spellings: ['km', 'kilometres', 'kilometre', 'kilometers', 'kilometer'],
        factor: 1000,
        family: 'metric',
      },
      { unit: 'ft', spellings: ['ft', 'feet', 'foot'], factor: 0.3048, family: 'imperial' },
    ],
  },
  {
    dimension: 'mass',
    words: ['dose', 'dosage', 'ceiling', 'weight', 'mass', 'intake'],
    scaling: 'decimal',
    units: [
      { unit: 'mcg', spellings: ['mcg', 'µg', 'μg', 'micrograms', 'microgram'], factor: 1e-6, family: 'metric' },
      { unit: 'mg', spellings: ['mg', 'milligrams', 'milligram'], factor: 1e-3, family: 'metric' },
      { unit: 'g', spellings: ['grams', 'gram'], exact: ['g'], factor: 1, family: 'metric' },
      { unit: 'kg', spellings: ['kg', 'kilograms', 'kilogram'], factor: 1000, family: 'metric' },
    ],
  },
  {
    dimension: 'power',
    words: ['power', 'budget', 'consumption', 'output', 'draw', 'wattage'],
    scaling: 'decimal',
    units: [
      { unit: 'mW', spellings: ['milliwatts', 'milliwatt'], exact: ['mW'], factor: 1e-3, family: 'metric' },
      { unit: 'W', spellings: ['watts', 'watt'], exact: ['W'], factor: 1, family: 'metric' },
      { unit: 'kW', spellings: ['kilowatts', 'kilowatt'], exact: ['kW'], factor: 1e3, family: 'metric' },
    ],
  },
  {
    dimension: 'frequency',
    words: ['frequency', 'band', 'clock', 'spectrum'],
    scaling: 'decimal',
    units: [
      { unit: 'Hz', spellings: ['hz', 'hertz'], factor: 1, family: 'metric' },
      { unit: 'kHz', spellings: ['khz', 'kilohertz'], factor: 1e3, family: 'metric' },
      { unit: 'MHz', spellings: ['mhz', 'megahertz'], factor: 1e6, family: 'metric' },
      { unit: 'GHz', spellings: ['ghz', 'gigahertz'], factor: 1e9, family: 'metric' },
    ],
  },
  {
    dimension: 'data rate',
    words: ['throughput', 'bandwidth', 'speed', 'rate', 'performance', 'uplink'],
    scaling: 'decimal',
    units: [
      { unit: 'bps', spellings: ['bps', 'bits per second', 'bit/s'], factor: 1, family: 'metric' },
      { unit: 'Kbps', spellings: ['kbps', 'kbit/s'], factor: 1e3, family: 'metric' },
      { unit: 'Mbps', spellings: ['mbps', 'mbit/s'], factor: 1e6, family: 'metric' },
      { unit: 'Gbps', spellings: ['gbps', 'gbit/s'], factor: 1e9, family: 'metric' },
      { unit: 'Tbps', spellings: ['tbps', 'tbit/s'], factor: 1e12, family: 'metric' },
    ],
  },
  {
    dimension: 'temperature',
    words: ['temperature', 'point'],
    scaling: 'none',
    offsetScale: true,
    units: [
      { unit: '°C', spellings: ['°c', 'ºc', 'degrees celsius', 'degrees c', 'celsius'], factor: 1, family: 'celsius' },
      {
        unit: '°F',
        spellings: ['°f', 'ºf', 'degrees fahrenheit', 'degrees f', 'fahrenheit'],
        factor: 1,
        family: 'fahrenheit',
      },
    ],
  },
  {
    dimension: 'voltage',
    words: ['voltage', 'potential'],
    scaling: 'decimal',
    units: [
      { unit: 'mV', spellings: ['millivolts', 'millivolt'], exact: ['mV'], factor: 1e-3, family: 'metric' },
      { unit: 'V', spellings: ['volts', 'volt'], exact: ['V'], factor: 1, family: 'metric' },
      { unit: 'kV', spellings: ['kilovolts', 'kilovolt'], exact: ['kV'], factor: 1e3, family: 'metric' },
    ],
  },
  {
    dimension: 'volume',
    words: ['volume', 'dose'],
    scaling: 'decimal',
    units: [
      {
        unit: 'mL',
        spellings: ['ml', 'millilitres', 'millilitre', 'milliliters', 'milliliter'],
        factor: 1e-3,
        family: 'metric',
      },
      { unit: 'L', spellings: ['litres', 'litre', 'liters', 'liter'], exact: ['L'], factor: 1, family: 'metric' },
    ],
  },
  {
    // "two 512-bit access keys", "a 128 bit block": the length of a key, hash, block or address. Powers of
    // two, so wrong values are ×2 and ÷2 (256-bit, 1,024-bit), never ×10.
    dimension: 'bit length',
    words: ['bits', 'strength'],
    scaling: 'binary',
    units: [
      {
        unit: 'bits',
        spellings: ['bits', 'bit'],
        spaced: true,
        factor: 1,
        family: 'bits',
        plural: 'bits',
        singular: 'bit',
      },
    ],
  },
];

const BY_DIMENSION = new Map<string, MeasureTable>(MEASURES.map((table) => [table.dimension, table]));

/** The table of a measure dimension; undefined for duration, size, money, count and port. */
export function measureTable(dimension: string): MeasureTable | undefined {
  return BY_DIMENSION.get(dimension);
}
