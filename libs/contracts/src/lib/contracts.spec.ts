import { DEFAULT_REGIONS, OUTSIDE_REGION } from './regions';
import { ORGANIZATION_KIND_LABELS, ORGANIZATION_KINDS, ROLE_LABELS, ROLES, SELF_REGISTRABLE_ROLES } from './identity';

describe('contracts', () => {
  it('never lets staff register itself', () => {
    expect(SELF_REGISTRABLE_ROLES).not.toContain('staff');
    expect(SELF_REGISTRABLE_ROLES.every((r) => ROLES.includes(r))).toBe(true);
  });

  it('labels every role and organization kind in Chinese and English', () => {
    for (const role of ROLES) expect(ROLE_LABELS[role].zh).toMatch(/\p{Script=Han}/u);
    for (const kind of ORGANIZATION_KINDS) expect(ORGANIZATION_KIND_LABELS[kind].en.length).toBeGreaterThan(0);
  });

  it('lists the twelve districts and counties of Wenzhou plus outside, without repeats', () => {
    expect(DEFAULT_REGIONS).toHaveLength(13);
    expect(new Set(DEFAULT_REGIONS).size).toBe(13);
    expect(DEFAULT_REGIONS[DEFAULT_REGIONS.length - 1]).toBe(OUTSIDE_REGION);
  });
});
