/** Every CLI command registers itself on the program; the order is the order of --help. */
import type { Command } from 'commander';
import { registerExtract } from './extract.js';
import { registerBuild } from './build.js';
import { registerEntities } from './entities.js';
import { registerExport } from './export.js';
import { registerEval } from './eval.js';
import { registerPath } from './path.js';
import { registerNeighbors } from './neighbors.js';
import { registerView } from './view.js';

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [registerExtract, registerEntities, registerBuild, registerExport, registerPath, registerNeighbors, registerView, registerEval];
