// The platform stores bcrypt hashes in users.password_hash. Comparing against a fixed dummy
// hash when the email is unknown keeps the response time the same either way, so timing
// does not reveal whether an account exists.
import bcrypt from 'bcryptjs';

const DUMMY_HASH = '$2b$10$bY7540P4VL0SjZ65e22.YuKhWSCQTBqmwzCUTmMRZRTIPzOAkoiie';

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const target = hash && hash.startsWith('$2') ? hash : DUMMY_HASH;
  const matches = await bcrypt.compare(password, target);
  return matches && target !== DUMMY_HASH;
}

export async function hashPassword(password: string, rounds = 10): Promise<string> {
  return bcrypt.hash(password, rounds);
}
