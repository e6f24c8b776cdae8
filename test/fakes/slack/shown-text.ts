/** Everything a person reads in a Slack message or reply body: every `text` string in it, in order. */
export function shownText(message: unknown): string {
  const texts: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'text' && typeof value === 'string') texts.push(value);
      else visit(value);
    }
  };
  visit(message);
  return texts.join('\n');
}
