import { main } from '@cli/main'

/** The CLI run in this process, its output collected: exit code, stdout, stderr. */
export async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await main(args, { out: (t) => void (out += t), err: (t) => void (err += t) })
  return { code, out, err }
}
