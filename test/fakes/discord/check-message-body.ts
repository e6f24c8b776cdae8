/**
 * What Discord refuses in a message body (create, edit, interaction response, follow-up), as Discord
 * reports it: HTTP 400 `{ code: 50035, message: "Invalid Form Body", errors: {…} }` with the errors
 * nested by field path and `_errors` at the leaves. Limits from discord-api-docs (message content
 * 2,000; embed title 256, description 4,096, field name 256 / value 1,024, 25 fields, footer 2,048, all
 * embeds 6,000; 5 action rows of 5 buttons; label 80; custom_id 1–100).
 */
export function invalidFormBody(
  body: any,
): { code: 50035; message: 'Invalid Form Body'; errors: Record<string, unknown> } | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const errors: Record<string, any> = {};
  const put = (path: Array<string | number>, code: string, message: string) => {
    let node = errors;
    for (const key of path) node = node[String(key)] ??= {};
    (node._errors ??= []).push({ code, message });
  };
  const max = (value: unknown, limit: number, path: Array<string | number>) => {
    if (typeof value === 'string' && value.length > limit)
      put(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${limit} or fewer in length.`);
  };
  max(body.content, 2000, ['content']);
  const embeds: any[] = Array.isArray(body.embeds) ? body.embeds : [];
  if (embeds.length > 10) put(['embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  let total = 0;
  embeds.forEach((embed, i) => {
    max(embed.title, 256, ['embeds', i, 'title']);
    max(embed.description, 4096, ['embeds', i, 'description']);
    max(embed.footer?.text, 2048, ['embeds', i, 'footer', 'text']);
    const fields: any[] = embed.fields ?? [];
    if (fields.length > 25) put(['embeds', i, 'fields'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    fields.forEach((field, j) => {
      max(field.name, 256, ['embeds', i, 'fields', j, 'name']);
      max(field.value, 1024, ['embeds', i, 'fields', j, 'value']);
      if (!field.name || !field.value)
        put(['embeds', i, 'fields', j, field.name ? 'value' : 'name'], 'BASE_TYPE_REQUIRED', 'This field is required');
      total += String(field.name ?? '').length + String(field.value ?? '').length;
    });
    total +=
      String(embed.title ?? '').length +
      String(embed.description ?? '').length +
      String(embed.footer?.text ?? '').length +
      String(embed.author?.name ?? '').length;
  });
  if (total > 6000) put(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
  const rows: any[] = Array.isArray(body.components) ? body.components : [];
  if (rows.length > 5) put(['components'], 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
  rows.forEach((row, i) => {
    const buttons: any[] = row.components ?? [];
    if (buttons.length > 5)
      put(['components', i, 'components'], 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
    buttons.forEach((button, j) => {
      max(button.label, 80, ['components', i, 'components', j, 'label']);
      const id = button.custom_id;
      if (button.style !== 5 && (typeof id !== 'string' || id.length < 1 || id.length > 100))
        put(
          ['components', i, 'components', j, 'custom_id'],
          'BASE_TYPE_BAD_LENGTH',
          'Must be between 1 and 100 in length.',
        );
    });
  });
  return Object.keys(errors).length > 0 ? { code: 50035, message: 'Invalid Form Body', errors } : undefined;
}
