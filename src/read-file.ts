import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { InputError } from './errors.js';

/**
 * Reads a regular file of at most `maxBytes`, or throws an InputError naming `input`. Opened
 * without blocking and checked on its descriptor: a FIFO is refused at once, not waited on.
 */
export function readRegularFile(input: string, path: string, shown: string, maxBytes: number): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    throw new InputError(
      input,
      `Input \`${input}\` names a file that cannot be read (${JSON.stringify(shown)}). Check the path (relative to the workspace) and that the job checked out the repository.`,
    );
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      throw new InputError(
        input,
        `Input \`${input}\` must name a regular file; ${JSON.stringify(shown)} is a ${stat.isDirectory() ? 'folder' : stat.isFIFO() ? 'named pipe (FIFO)' : 'device or socket'}.`,
      );
    }
    if (stat.size > maxBytes) {
      throw new InputError(
        input,
        `Input \`${input}\`: ${JSON.stringify(shown)} is ${stat.size} bytes, over the ${maxBytes} a template may have. Use a smaller template.`,
      );
    }
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}
