import { describe, expect, it } from 'vitest';
import { attributed } from '../test-helpers';
import { isPersonRole, isRole } from './role-text';

describe('isRole', () => {
  it('should keep titles, roles and ages', () => {
    for (const role of ["Putin's spokesman", 'U.S. Secretary of State', '26-year-old', 'Russian dictator', 'chief executive']) {
      expect(isRole(role), role).toBe(true);
    }
  });

  it('should refuse numbers, times, cut-off names and clauses', () => {
    for (const role of ['73', '27 p.m.', 'Musk and', 'One of', 'will have to square what', '2']) expect(isRole(role), role).toBe(false);
  });

  it("should refuse what stores kept as roles in COVID-19 coverage: clauses, times, other names' titles, cut names and quoted text", () => {
    for (const role of [
      'Compared with President',
      'It all explains how Mr.',
      'Obama and President',
      'hand-signed note from President',
      'Is Mayor',
      'said',
      'Mayor Lori Lightfoot and Gov.',
      'Tesla has not filed an 8-K about',
      'copy reviewed by The New',
      'De',
      'For 60-days',
      'He mocked',
      'why Majority Leader',
      'his niece',
      'On Friday morning',
      'younger',
      'additional federal funds',
      '” people brought to the U.S. illegally while underage',
      'Mayor Mayor',
      'President Donald Trump and Secretary of State',
    ]) {
      expect(isRole(role), role).toBe(false);
    }
  });

  it('should keep the roles that COVID-19 coverage writes with names', () => {
    for (const role of [
      'Chicago Mayor',
      'Illinois Gov.',
      'director of the National Institute of Allergy and Infectious Diseases',
      'Health and Human Services Secretary',
      'Lt. Gen.',
      'California Democrat',
      'professor of epidemiology at the Mailman School of Public Health at Columbia University',
      'Tesla CEO',
      'correspondent',
      'Dr.',
      'Chairman and CEO',
    ]) {
      expect(isRole(role), role).toBe(true);
    }
  });

  it("should keep a body's description from a person's roles", () => {
    expect(isPersonRole('industry group')).toBe(false);
    expect(isPersonRole('travel news and industry intelligence company')).toBe(false);
    // recovery-2020 (recovery-1325): the head noun comes before a relative clause.
    expect(isPersonRole('a company that aggregates cellphone location information')).toBe(false);
    expect(isPersonRole('a nurse who works at a biocontainment unit')).toBe(true);
    expect(isPersonRole('president of EcoHealth Alliance')).toBe(true);
    expect(isPersonRole('Tesla CEO')).toBe(true);
    // reuters-21578 (reuters-16776, reuters-339): ... or before a phrase of what it has or where it is.
    expect(isPersonRole('company without operations that was formed to acquire an operating entity')).toBe(false);
    expect(isPersonRole('privately held firm based in Mountain View, California,')).toBe(false);
    expect(isPersonRole('Rhode Island based bank holding company')).toBe(false);
    expect(isPersonRole('a nurse with 20 years of experience')).toBe(true);
  });

  it('should read a one-word name with a body’s description as the company named in full before ("Magellan, a company without operations")', () => {
    // reuters-21578 (reuters-16776): had been a person "Magellan".
    expect(
      attributed(
        'DALLAS, June 18 - <Magellan Corp> said its shareholders\napproved the merger of Magellan with <Balzec Investments Inc>,\n a privately held company based in Dallas.\n    Magellan, a company without operations that was formed to\nacquire an operating entity, said it plans to engage in the\ndevelopment and marketing of a battery charger product owned by\nBalzac.',
      ),
    ).toEqual({
      quotes: [
        [39, 116, 'Magellan Corp', 'Magellan Corp'],
        [258, 354, 'Magellan', 'Magellan Corp'],
      ],
      kinds: ['organization'],
    });
  });
});
