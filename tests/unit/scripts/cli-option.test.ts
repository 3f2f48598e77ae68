import { describe, expect, it } from 'vitest';
import { cliCount, cliOption } from '../../../scripts/bench/cli-option';

describe(cliOption, () => {
  it('reads the value after the option, or nothing when it is absent', () => {
    expect(cliOption('--pages', ['--runs', '3', '--pages', '/a,/b'])).toBe('/a,/b');
    expect(cliOption('--pages', ['--runs', '3'])).toBeUndefined();
  });
});

describe(cliCount, () => {
  it('reads a whole number of runs, or falls back without the option', () => {
    expect(cliCount('--runs', 5, ['--runs', '15', '--no-build'])).toBe(15);
    expect(cliCount('--runs', 5, ['--no-build'])).toBe(5);
  });

  it.each([
    [['--runs', 'abc'], '"abc"'],
    [['--runs', '0'], '"0"'],
    [['--runs', '2.5'], '"2.5"'],
    [['--runs', '-3'], '"-3"'],
    [['--runs'], '""'],
  ])('refuses %j, naming the option and what it got', (args, got) => {
    expect(() => cliCount('--runs', 5, args)).toThrow(
      `--runs takes a whole number of at least 1, got ${got}`,
    );
  });
});
