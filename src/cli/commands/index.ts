/** Every CLI command registers itself on the program; the order is the order of --help. */
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [];
