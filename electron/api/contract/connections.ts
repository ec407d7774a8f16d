import { z } from 'zod';
import { query, mutation } from './procedure';
import { reason } from './common';

export type ConnectionKind = 'database' | 'replica' | 'stripe' | 'aws';

export interface DatabaseConnectionView {
  configured: boolean;
  source: 'keychain' | 'demo' | 'none';
  host: string | null;
  port: number | null;
  database: string | null;
  user: string | null;
}

export interface ConnectionsView {
  keychain: { available: boolean; message: string | null };
  database: DatabaseConnectionView;
  replica: DatabaseConnectionView;
  stripe: { configured: boolean; source: 'keychain' | 'demo' | 'none'; mode: 'emulator' | 'test' | 'live' | null; keyHint: string | null };
  aws: {
    configured: boolean;
    source: 'keychain' | 'demo' | 'none';
    region: string | null;
    bucket: string | null;
    accessKeyHint: string | null;
    endpoint: string | null;
  };
  /** Saved changes take effect after the console restarts its connections. */
  restartRequired: boolean;
}

export interface ConnectionTestResult {
  ok: boolean;
  message: string;
  latencyMs: number;
}

const postgresUrl = z
  .string()
  .trim()
  .max(2000)
  .regex(/^postgres(ql)?:\/\/[^\s]+$/, 'must be a postgresql:// URL');

export const connectionInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('database'), url: postgresUrl }).strict(),
  z.object({ kind: z.literal('replica'), url: postgresUrl }).strict(),
  z
    .object({
      kind: z.literal('stripe'),
      secretKey: z
        .string()
        .trim()
        .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9]{10,200}$/, 'must be a Stripe secret or restricted key (sk_test_…, sk_live_…)'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('aws'),
      region: z.string().trim().regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, 'must be an AWS region such as us-east-1'),
      accessKeyId: z.string().trim().regex(/^[A-Z0-9]{16,128}$/, 'must be an AWS access key id'),
      secretAccessKey: z.string().trim().min(16, 'secret access key is too short').max(256),
      bucket: z.string().trim().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name'),
    })
    .strict(),
]);

export interface ConsoleSettings {
  idleLockMinutes: number;
  payoutSecondApprovalCents: number;
  refundSecondApprovalCents: number;
  moderationLeaseMinutes: number;
}

export const connectionsProcedures = {
  'connections.get': query<ConnectionsView>()({
    input: z.object({}).strict(),
    permission: 'connections.manage',
    description: 'Which connections are configured, with their non-secret parts only.',
  }),
  'connections.save': mutation<ConnectionsView>()({
    input: connectionInput,
    permission: 'connections.manage',
    description: 'Store a connection in the OS keychain (never on disk in plain text).',
  }),
  'connections.test': mutation<ConnectionTestResult>()({
    input: z.union([connectionInput, z.object({ kind: z.enum(['database', 'replica', 'stripe', 'aws']), saved: z.literal(true) }).strict()]),
    permission: 'connections.manage',
    description: 'Try a connection (the one typed in, or the saved one) without saving it.',
  }),
  'connections.remove': mutation<ConnectionsView>()({
    input: z.object({ kind: z.enum(['database', 'replica', 'stripe', 'aws']) }).strict(),
    permission: 'connections.manage',
    description: 'Delete a connection from the keychain.',
  }),
  'connections.apply': mutation<{ restarting: true }>()({
    input: z.object({}).strict(),
    permission: 'connections.manage',
    description: 'Reconnect now with the saved connections (everyone signs in again).',
  }),
  'settings.get': query<ConsoleSettings>()({
    input: z.object({}).strict(),
    permission: 'session',
    description: 'Console-wide settings (idle lock, approval thresholds, lease length).',
  }),
  'settings.update': mutation<ConsoleSettings>()({
    input: z
      .object({
        idleLockMinutes: z.number().int().min(1).max(240).optional(),
        payoutSecondApprovalCents: z.number().int().min(0).max(100_000_000_00).optional(),
        refundSecondApprovalCents: z.number().int().min(0).max(100_000_000_00).optional(),
        moderationLeaseMinutes: z.number().int().min(1).max(120).optional(),
        reason,
      })
      .strict(),
    permission: 'settings.manage',
    description: 'Change console-wide settings (audited).',
  }),
};
