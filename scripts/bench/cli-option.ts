/** The value after `name` on the command line (`--runs 15`), if the option is there. */
export function cliOption(name: string, args: readonly string[] = process.argv.slice(2)) {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}
