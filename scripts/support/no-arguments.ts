// For the commands that rewrite fixture files and take no argument: one given is a mistake (a file meant for another
// command, a mistyped option), and running anyway would rewrite every file the command writes.

/** Exits with the usage (code 2) when the command was given any argument. */
export function refuseArguments(command: string): void {
  const given = process.argv[2];
  if (given === undefined) return;
  process.stderr.write(`unexpected argument ${given}\nusage: npm run ${command} (it takes no argument)\n`);
  process.exit(2);
}
