import { z } from 'zod';

/**
 * The parts of Slack's app manifest that prepbot's manifests use, with the rules Slack's published
 * manifest JSON schema sets for them (checked against slackapi/manifest-schema,
 * schemas/manifest.schema.1.0.0.json: unknown keys refused at every level, lengths, `^https?://` URLs).
 * Written here rather than vendored; where Slack's schema and this disagree, Slack's wins.
 */
const url = (max: number) =>
  z
    .string()
    .regex(/^https?:\/\//, 'must start with http:// or https://')
    .max(max);

const slashCommand = z.strictObject({
  command: z.string().min(2).max(32).regex(/^\//),
  url: url(3000).optional(),
  description: z.string().min(1).max(2000),
  usage_hint: z.string().min(1).max(1000).optional(),
  should_escape: z.boolean().optional(),
});

export const slackManifestRules = z.strictObject({
  display_information: z.strictObject({
    name: z.string().min(1).max(35),
    description: z.string().min(1).max(140).optional(),
    background_color: z
      .string()
      .regex(/^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/)
      .optional(),
    long_description: z.string().min(175).max(4000).optional(),
  }),
  features: z
    .strictObject({
      app_home: z
        .strictObject({
          home_tab_enabled: z.boolean().optional(),
          messages_tab_enabled: z.boolean().optional(),
          messages_tab_read_only_enabled: z.boolean().optional(),
        })
        .optional(),
      bot_user: z
        .strictObject({ display_name: z.string().min(1).max(80), always_online: z.boolean().optional() })
        .optional(),
      slash_commands: z.array(slashCommand).min(1).max(50).optional(),
    })
    .optional(),
  oauth_config: z
    .strictObject({
      redirect_urls: z.array(z.string().max(2500)).max(1000).optional(),
      scopes: z
        .strictObject({
          bot: z.array(z.string().max(50)).max(255).optional(),
          user: z.array(z.string().max(50)).max(255).optional(),
        })
        .optional(),
      token_management_enabled: z.boolean().optional(),
    })
    .optional(),
  settings: z
    .strictObject({
      event_subscriptions: z
        .strictObject({
          request_url: url(3500).optional(),
          bot_events: z.array(z.string().max(50)).max(100).optional(),
        })
        .optional(),
      interactivity: z
        .strictObject({
          is_enabled: z.boolean(),
          request_url: url(3500).optional(),
          message_menu_options_url: url(3500).optional(),
        })
        .optional(),
      org_deploy_enabled: z.boolean().optional(),
      socket_mode_enabled: z.boolean().optional(),
      token_rotation_enabled: z.boolean().optional(),
    })
    .optional(),
});

export type SlackManifest = z.infer<typeof slackManifestRules>;
