/** The value after `name` on the command line (`--runs 15`), if the option is there. */
export function cliOption(name: string, args: readonly string[] = process.argv.slice(2)) {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

/**
 * A whole number of at least 1 after `name` (`--runs 15`), or `fallback` without the option.
 * Throws, naming the option and what it got, for anything else: a benchmark of `--runs abc`
 * would otherwise print a table of NaN.
 */
export function cliCount(
  name: string,
  fallback: number,
  args: readonly string[] = process.argv.slice(2),
): number {
  const value = cliOption(name, args);
  if (value === undefined && !args.includes(name)) return fallback;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(
      `${name} takes a whole number of at least 1, got ${JSON.stringify(value ?? '')}`,
    );
  }
  return count;
}
