// Cohort contacts (R24): the werkplekcoördinator and the opleidingscoördinator.

import type { Contact, ContactRole } from './api';
import { ROLE_NAMES } from './roles';

export const CONTACT_ROLES: readonly ContactRole[] = ['coordinator', 'programme_lead'];

export function contactRoleName(role: string): string {
  return role === 'coordinator' || role === 'programme_lead' ? ROLE_NAMES[role] : role;
}

/** "+32 3 123 45 67" → "tel:+3231234567"; an empty or unusable number → null. */
export function telHref(phone: string): string | null {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  if (digits.replace('+', '').length < 6) return null;
  return `tel:${digits}`;
}

export function mailHref(email: string): string | null {
  const trimmed = email.trim();
  return /^[^\s@]+@[^\s@]+$/.test(trimmed) ? `mailto:${trimmed}` : null;
}

/** The contacts in a fixed order (coordinator first), without empty ones. */
export function orderedContacts(contacts: readonly Contact[]): Contact[] {
  const rank = (role: string) => {
    const i = CONTACT_ROLES.indexOf(role as ContactRole);
    return i === -1 ? CONTACT_ROLES.length : i;
  };
  return contacts
    .filter((c) => c.name.trim() || c.email.trim() || c.phone.trim())
    .sort((a, b) => rank(a.role) - rank(b.role));
}

/** The editable form of the contacts: exactly one per role, empty when missing. */
export function contactForm(contacts: readonly Contact[]): Contact[] {
  return CONTACT_ROLES.map((role) => {
    const found = contacts.find((c) => c.role === role);
    return { role, name: found?.name ?? '', phone: found?.phone ?? '', email: found?.email ?? '' };
  });
}

/** What to send: the filled-in contacts. */
export function contactsToSend(form: readonly Contact[]): Contact[] {
  return form
    .map((c) => ({ role: c.role, name: c.name.trim(), phone: c.phone.trim(), email: c.email.trim() }))
    .filter((c) => c.name || c.phone || c.email);
}
