// Emails and phone numbers shown to roles without the PII permission keep just enough to
// recognise a value a user reads out over the phone, and nothing more.
import type { MaskedValue } from '../../api/contract/common';

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '•••';
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const tld = dot > 0 ? domain.slice(dot) : '';
  return `${local.slice(0, Math.min(2, local.length - 1) || 1)}•••@•••${tld}`;
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `•••• ${digits.slice(-2)}`;
}

export function maskedValue(value: string | null, visible: boolean, mask: (v: string) => string): MaskedValue {
  if (value === null) return { value: null, masked: false };
  return visible ? { value, masked: false } : { value: mask(value), masked: true };
}
