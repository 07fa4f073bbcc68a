import { describe, expect, it } from 'vitest';
import { resolveBlock, type BlockRecord } from './resolve-block';

const record = (id: string, form: BlockRecord['form'], first: string, extra: Partial<BlockRecord> = {}): BlockRecord => ({
  id,
  form,
  first,
  generation: '',
  offices: new Set(),
  mergedIntoId: null,
  linkKind: null,
  reference: false,
  ownQuotes: 1,
  aliasRoots: [],
  ...extra,
});

const never = { distinct: () => false };

describe('resolveBlock', () => {
  it('should link a bare surname and an initial to the one full name of the block', () => {
    const decided = resolveBlock(
      [record('cuomo', 'bare', ''), record('a-cuomo', 'initial', 'a'), record('andrew', 'full', 'andrew')],
      never,
    );
    expect(decided.get('cuomo')).toBe('andrew');
    expect(decided.get('a-cuomo')).toBe('andrew');
    expect(decided.get('andrew')).toBeNull();
  });

  it('should leave a bare surname alone when two people fit (Hillary and Bill Clinton)', () => {
    const decided = resolveBlock(
      [record('clinton', 'bare', ''), record('hillary', 'full', 'hillary'), record('bill', 'full', 'william')],
      never,
    );
    expect(decided.get('clinton')).toBeNull();
  });

  it('should take the office both name, or a reference entity, or a far more quoted person', () => {
    const clintons = [record('bill', 'full', 'william', { offices: new Set(['president']) }), record('hillary', 'full', 'hillary')];
    expect(resolveBlock([record('pres', 'bare', '', { offices: new Set(['president']) }), ...clintons], never).get('pres')).toBe('bill');
    const reference = [
      record('trump', 'bare', ''),
      record('donald', 'full', 'donald', { reference: true }),
      record('ivanka', 'full', 'ivanka'),
    ];
    expect(resolveBlock(reference, never).get('trump')).toBe('donald');
    const quoted = [
      record('trump', 'bare', ''),
      record('donald', 'full', 'donald', { ownQuotes: 40 }),
      record('eric', 'full', 'eric', { ownQuotes: 2 }),
    ];
    expect(resolveBlock(quoted, never).get('trump')).toBe('donald');
  });

  it('should keep a father and his son apart (the generation must agree)', () => {
    const block = [
      record('jr', 'initial', 'd', { generation: 'jr' }),
      record('donald', 'full', 'donald'),
      record('son', 'full', 'donald', { generation: 'jr' }),
    ];
    expect(resolveBlock(block, never).get('jr')).toBe('son');
  });

  it('should follow a taught alias first, and never link a pair marked distinct', () => {
    const block = [
      record('trump', 'bare', '', { aliasRoots: ['donald'] }),
      record('donald', 'full', 'donald'),
      record('melania', 'full', 'melania'),
    ];
    expect(resolveBlock(block, never).get('trump')).toBe('donald');
    const apart = resolveBlock([record('cuomo', 'bare', ''), record('andrew', 'full', 'andrew')], {
      distinct: (a, b) => a === 'cuomo' && b === 'andrew',
    });
    expect(apart.get('cuomo')).toBeNull();
  });

  it('should decide the same whatever order the records come in', () => {
    const block = [
      record('t1', 'bare', ''),
      record('t2', 'bare', '', { offices: new Set(['president']) }),
      record('t3', 'initial', 'i'),
      record('donald', 'full', 'donald', { ownQuotes: 30, offices: new Set(['president']) }),
      record('ivanka', 'full', 'ivanka', { ownQuotes: 3 }),
      record('jr', 'full', 'donald', { generation: 'jr', ownQuotes: 6 }),
      record('manual', 'bare', '', { mergedIntoId: 'ivanka', linkKind: 'analyst' }),
    ];
    const expected = [...resolveBlock(block, never)].sort();
    for (let shift = 1; shift < block.length; shift++) {
      const rotated = [...block.slice(shift), ...block.slice(0, shift)];
      expect([...resolveBlock(rotated, never)].sort()).toEqual(expected);
      expect([...resolveBlock([...rotated].reverse(), never)].sort()).toEqual(expected);
    }
    expect(Object.fromEntries(expected)).toEqual({ t1: 'donald', t2: 'donald', t3: 'ivanka', donald: null, ivanka: null, jr: null });
  });
});
