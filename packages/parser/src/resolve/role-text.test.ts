import { describe, expect, it } from 'vitest';
import { isRole } from './role-text';

describe('isRole', () => {
  it('should keep titles, roles and ages', () => {
    for (const role of ["Putin's spokesman", 'U.S. Secretary of State', '26-year-old', 'Russian dictator', 'chief executive']) {
      expect(isRole(role), role).toBe(true);
    }
  });

  it('should refuse numbers, times, cut-off names and clauses', () => {
    for (const role of ['73', '27 p.m.', 'Musk and', 'One of', 'will have to square what', '2']) expect(isRole(role), role).toBe(false);
  });
});
