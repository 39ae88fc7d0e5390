// PLACEHOLDER until this command lands.
import type { CliCommand } from '../command';

export const ganttCommand: CliCommand = {
  name: 'gantt',
  summary: 'not implemented yet',
  usage: '',
  run: (_args, io) => {
    io.stderr('not implemented yet\n');
    return 2;
  },
};
