/**
 * What Slack's chat.postMessage / chat.update refuse, checked the way Slack does: `msg_too_long` for a
 * top-level text over 40,000 characters, `invalid_blocks` (with Slack's `errors` list of json-pointer
 * messages) for a block over Block Kit's limits. Limits from Slack's Block Kit reference and @slack/types.
 */
export function blockProblems(
  args: Record<string, unknown>,
): { error: 'msg_too_long' | 'invalid_blocks'; errors?: string[] } | undefined {
  if (typeof args.text === 'string' && args.text.length > 40_000) return { error: 'msg_too_long' };
  if (args.blocks === undefined) return undefined;
  const errors: string[] = [];
  const blocks = Array.isArray(args.blocks) ? (args.blocks as Array<Record<string, any>>) : [];
  if (!Array.isArray(args.blocks)) errors.push('must be an array [json-pointer:/blocks]');
  if (blocks.length > 50) errors.push('must provide an array with no more than 50 items [json-pointer:/blocks]');
  const tooLong = (text: unknown, max: number, at: string) => {
    if (typeof text !== 'string' || text.length === 0) errors.push(`must be at least 1 character [json-pointer:${at}]`);
    else if (text.length > max) errors.push(`must be less than ${max + 1} characters [json-pointer:${at}]`);
  };
  const actionIds = new Set<string>();
  blocks.forEach((block, i) => {
    const at = `/blocks/${i}`;
    if (block.type === 'header') tooLong(block.text?.text, 150, `${at}/text/text`);
    if (block.type === 'section') {
      if (block.text) tooLong(block.text.text, 3000, `${at}/text/text`);
      if (block.fields) {
        if (block.fields.length > 10)
          errors.push(`must provide an array with no more than 10 items [json-pointer:${at}/fields]`);
        block.fields.forEach((field: any, j: number) => tooLong(field.text, 2000, `${at}/fields/${j}/text`));
      }
      if (!block.text && !block.fields) errors.push(`must provide text or fields [json-pointer:${at}]`);
    }
    if (block.type === 'context') {
      if ((block.elements ?? []).length > 10)
        errors.push(`must provide an array with no more than 10 items [json-pointer:${at}/elements]`);
      (block.elements ?? []).forEach((element: any, j: number) =>
        tooLong(element.text, 3000, `${at}/elements/${j}/text`),
      );
    }
    if (block.type === 'actions') {
      if ((block.elements ?? []).length > 25)
        errors.push(`must provide an array with no more than 25 items [json-pointer:${at}/elements]`);
      (block.elements ?? []).forEach((element: any, j: number) => {
        const el = `${at}/elements/${j}`;
        if (element.type !== 'button') return;
        tooLong(element.text?.text, 75, `${el}/text/text`);
        if (element.value !== undefined && String(element.value).length > 2000)
          errors.push(`must be less than 2001 characters [json-pointer:${el}/value]`);
        const id = String(element.action_id ?? '');
        if (id.length > 255) errors.push(`must be less than 256 characters [json-pointer:${el}/action_id]`);
        if (actionIds.has(id)) errors.push(`action_id already exists [json-pointer:${el}/action_id]`);
        actionIds.add(id);
      });
    }
  });
  return errors.length > 0 ? { error: 'invalid_blocks', errors } : undefined;
}
