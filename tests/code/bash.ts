import { spawnSync } from 'node:child_process';
import type { Block } from './blocks.ts';
import type { CheckResult, Problem } from './report.ts';

/** Checks every bash block with `bash -n`: bash parses it without running anything. */
export function checkBash(blocks: Block[]): CheckResult {
  const problems: Problem[] = [];
  for (const block of blocks) {
    const result = spawnSync('bash', ['-n'], { input: block.code, encoding: 'utf8' });
    if (result.error) throw result.error;
    // bash: line 3: syntax error near unexpected token `fi'
    for (const line of result.stderr.split('\n').filter(Boolean)) {
      const match = /^bash: line (\d+): (.*)$/.exec(line);
      problems.push({ block, codeLine: Number(match?.[1] ?? 1), message: `bash -n: ${match?.[2] ?? line}` });
    }
  }
  const version = spawnSync('bash', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] ?? 'bash';
  return { problems, notes: [`bash -n (${version})`] };
}
