// The widgets as a portal gets them (production build of the defining modules).
import '../../src/define/agenda-list.js';
import '../../src/define/initiative-tracker.js';
import '../../src/define/working-group-roster.js';
import { benchParams, timeRender } from '../harness.js';

const params = benchParams();
void timeRender(params.tag, params);
