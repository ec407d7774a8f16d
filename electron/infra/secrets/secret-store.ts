// Secrets (database URLs with passwords, the Stripe key, AWS credentials) live in the OS
// keychain and in the main process only. This interface keeps keytar (archived upstream)
// replaceable: @napi-rs/keyring offers the same calls if it ever has to go.
export interface SecretStore {
  get(account: string): Promise<string | null>;
  set(account: string, value: string): Promise<void>;
  delete(account: string): Promise<boolean>;
}

export type KeychainState = { available: true; store: SecretStore } | { available: false; reason: string };

/** Accounts under the console's keychain service. */
export const SECRET_ACCOUNTS = {
  database: 'database-url',
  replica: 'replica-url',
  stripe: 'stripe-secret-key',
  aws: 'aws-credentials',
} as const;
