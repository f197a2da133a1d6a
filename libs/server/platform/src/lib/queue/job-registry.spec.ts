import { buildJobRegistry } from './job-registry';

const fn = async () => 'done';

describe('buildJobRegistry', () => {
  it('maps each job to its one handler', () => {
    const registry = buildJobRegistry(
      [
        { name: 'a', owner: 'A', fn },
        { name: 'b', owner: 'B', fn },
      ],
      ['a', 'b'],
    );
    expect([...registry.keys()]).toEqual(['a', 'b']);
  });

  it('refuses a job without a handler', () => {
    expect(() => buildJobRegistry([{ name: 'a', owner: 'A', fn }], ['a', 'b'])).toThrow('job "b" has no handler');
  });

  it('lets a partial composition (a test of some contexts) leave other contexts\' jobs without handlers', () => {
    expect([...buildJobRegistry([{ name: 'a', owner: 'A', fn }], ['a', 'b'], { requireAll: false }).keys()]).toEqual(['a']);
    expect(() => buildJobRegistry([{ name: 'x', owner: 'X', fn }], ['a'], { requireAll: false })).toThrow('handler for unknown job "x"');
  });

  it('refuses two handlers for one job, naming both', () => {
    expect(() =>
      buildJobRegistry(
        [
          { name: 'a', owner: 'A', fn },
          { name: 'a', owner: 'C', fn },
        ],
        ['a'],
      ),
    ).toThrow('job "a" has 2 handlers (A, C)');
  });

  it('refuses a handler for a job that does not exist', () => {
    expect(() => buildJobRegistry([{ name: 'x', owner: 'X', fn }], [])).toThrow('handler for unknown job "x"');
  });
});
