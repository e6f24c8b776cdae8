import type { ComparisonItem, FactItem } from '../knowledge/item.js';
import { bareValueQuantity, parseQuantity } from '../knowledge/parse-quantity.js';
import { tidy } from './text-tools.js';

/**
 * A limits cheat sheet written as `| Service | Property | Value |` compares nothing: each row is a
 * fact about the row's thing ("SQS", "Queue name max length", "80 characters"). Such a row, with one
 * column naming properties and the next their values, is read here as facts for the fact builders.
 * A property that lists roles ("Visibility timeout (default, min, max)") with as many values
 * ("30s, 30s, 12h") gives one fact per role. Undefined when the row is not of such a table; empty
 * when it is, but states nothing askable (a separator row, a question-worded property).
 */
export function tableRowFacts(item: ComparisonItem): FactItem[] | undefined {
  const [property, value] = item.values;
  if (item.values.length !== 2 || !property || !value) return undefined;
  if (!propertyColumn.test(property.column) || !valueColumn.test(value.column)) return undefined;
  const subject = tidy(item.row);
  const attribute = withoutSubject(tidy(property.value), subject);
  const written = tidy(value.value);
  if (!/\p{L}{2}/u.test(subject) || !/\p{L}{2}/u.test(attribute) || written === '') return [];
  // "How long SWF holds a connection": a question for a property reads as no attribute.
  if (/^(how|what|when|which|why|where|during|if)\b/i.test(attribute)) return [];
  const fact = (attr: string, text: string, role: FactItem['role'], index: number): FactItem => {
    const found = parseQuantity(text) ?? bareValueQuantity(attr, text);
    // "Long polling timeout: 20": a bare number under a word for time or size has lost its unit.
    const quantity = found && found.dimension === 'count' && found.unit === '' && unitWord.test(attr) ? undefined : found;
    if (quantity?.dimension === 'count') attr = attr.replace(/^((?:max(?:imum)?|min(?:imum)?)\s+)?(?:number|count)\s+(?:of|for)\s+/i, '$1');
    return {
      kind: 'fact',
      id: `${item.id}-row-${index}`,
      topic: subject,
      subject,
      attribute: attr,
      text: `${attr}: ${text}`,
      ...(quantity ? { quantity } : {}),
      ...(role ? { role } : {}),
      source: item.source,
    };
  };
  const roles = rolesListed(attribute);
  const parts = written.split(/\s*,\s*/);
  if (roles && parts.length === roles.names.length) return roles.names.map((role, index) => fact(roles.attribute, parts[index]!, role, index));
  if (roles) return [];
  return [fact(attribute, written, roleWord(attribute), 0)];
}

// Headers that name properties and values: "Resource/Property" | "Value", "Setting" | "Default".
const propertyColumn = /\b(propert(y|ies)|attributes?|settings?|parameters?|limits?|quotas?|resources?|options?|keys?|flags?)\b/i;
const valueColumn = /\b(values?|defaults?|limits?|quotas?|amounts?|sizes?|max(imum)?)\b/i;

const unitWord = /\b(timeout|duration|period|interval|time|ttl|retention|size|length|memory|storage)\b/i;

/** "SWF Request size" in the SWF row → "Request size": the row already names the subject. */
function withoutSubject(attribute: string, subject: string): string {
  const lower = attribute.toLowerCase();
  const name = subject.toLowerCase();
  return lower.startsWith(`${name} `) ? attribute.slice(name.length + 1) : attribute;
}

const roleNames: Record<string, FactItem['role']> = { default: 'default', min: 'minimum', minimum: 'minimum', max: 'maximum', maximum: 'maximum' };

/** "Visibility period (default, min, max)" → the attribute and its roles in order; undefined without such a list. */
function rolesListed(attribute: string): { attribute: string; names: Array<FactItem['role']> } | undefined {
  const match = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(attribute);
  if (!match) return undefined;
  const words = match[2]!.split(/\s*,\s*/).map((word) => word.toLowerCase());
  if (words.length < 2 || !words.every((word) => word in roleNames)) return undefined;
  return { attribute: match[1]!, names: words.map((word) => roleNames[word]) };
}

/** "Max item size" is a maximum, "Default TTL" a default, "Min …" a minimum. */
function roleWord(attribute: string): FactItem['role'] {
  if (/^(max(imum)?|up to)\b/i.test(attribute)) return 'maximum';
  if (/^min(imum)?\b/i.test(attribute)) return 'minimum';
  if (/\bdefault\b/i.test(attribute)) return 'default';
  return undefined;
}
