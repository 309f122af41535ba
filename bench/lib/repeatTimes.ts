/** Milliseconds of each of `runs` runs of `work`, after one run to warm it up. */
export function repeatTimes(work: () => unknown, runs: number): number[] {
  work()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    work()
    times.push(performance.now() - start)
  }
  return times
}

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)
export const median = (xs: readonly number[]) => sorted(xs)[Math.floor(xs.length / 2)] ?? NaN
export const worst = (xs: readonly number[]) => sorted(xs).at(-1) ?? NaN
