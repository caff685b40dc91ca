import { describe, expect, it } from 'vitest';
import { contactForm, contactRoleName, contactsToSend, mailHref, orderedContacts, telHref } from './contacts';

describe('cohort contacts (R24)', () => {
  it('names the roles in Dutch', () => {
    expect(contactRoleName('coordinator')).toBe('Werkplekcoördinator');
    expect(contactRoleName('programme_lead')).toBe('Opleidingscoördinator');
  });

  it('makes phone and mail links', () => {
    expect(telHref('+32 3 241 08 29')).toBe('tel:+3232410829');
    expect(telHref('03/241.08.29')).toBe('tel:032410829');
    expect(telHref('')).toBeNull();
    expect(mailHref(' koen@school.be ')).toBe('mailto:koen@school.be');
    expect(mailHref('geen adres')).toBeNull();
  });

  it('puts the coordinator first and leaves out empty contacts', () => {
    const contacts = [
      { role: 'programme_lead' as const, name: 'Els', phone: '', email: '' },
      { role: 'coordinator' as const, name: '', phone: '', email: '' },
      { role: 'coordinator' as const, name: 'Koen', phone: '', email: '' },
    ];
    expect(orderedContacts(contacts).map((c) => c.name)).toEqual(['Koen', 'Els']);
  });

  it('edits one contact per role and sends only the filled-in ones', () => {
    const form = contactForm([{ role: 'programme_lead', name: 'Els', phone: '1', email: 'e@x.be' }]);
    expect(form.map((c) => c.role)).toEqual(['coordinator', 'programme_lead']);
    expect(form[0]).toEqual({ role: 'coordinator', name: '', phone: '', email: '' });
    form[1].name = ' Els Maes ';
    expect(contactsToSend(form)).toEqual([{ role: 'programme_lead', name: 'Els Maes', phone: '1', email: 'e@x.be' }]);
  });
});
