import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's order (the last run's slowest first; on a clean clone, the largest file first), except that the files which
 * start the compiled server as a process of its own (they import scripts/server-build.mjs: startup, crash-safety,
 * database-supervision, exit-code) go first. They spend most of their time waiting on those processes (a 15 s stall,
 * exits, restarts) and hold their worker for up to a minute on little CPU: started first, they wait while the checks
 * and the other worker's files use the cores, instead of being the run's tail.
 */
export class ProcessesFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = sorted.filter(startsServerProcesses);
    return [...first, ...sorted.filter((file) => !first.includes(file))];
  }
}

function startsServerProcesses(file: TestSpecification): boolean {
  return readFileSync(file.moduleId, 'utf8').includes('scripts/server-build.mjs');
}
