// PLACEHOLDER until the scheduler lands.
import type { Program } from '../model';
import type { Schedule } from './types';

export function scheduleProgram(_program: Program): Schedule {
  return { ok: false, tasks: [], byId: new Map(), projectEnd: 0, usesProgress: false };
}
