import { existsSync } from 'node:fs';
import { writeChinaTopology } from '../../../scripts/build-geo.ts';
import { CHINA_TOPOLOGY_PATH } from '../../../src/lib/geo/china-topology.ts';

/** Builds src/generated/china.topo.json when it is missing (the build script is fast: about 1 s). */
export function ensureChinaTopology(): void {
  if (!existsSync(CHINA_TOPOLOGY_PATH)) writeChinaTopology();
}
