// A full garbage collection on demand, for benchmarks that measure memory or must not time the garbage of earlier
// work: V8's gc() exposed at run time, without a command-line flag.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
/** Collects garbage now. */
export const collectGarbage = runInNewContext('gc') as () => void;
