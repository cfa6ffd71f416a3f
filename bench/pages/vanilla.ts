// The hand-written baselines: same markup and styles in a shadow root, built with the DOM API.
import { defineBaselines } from '../baseline/index.js';
import { benchParams, timeRender } from '../harness.js';

defineBaselines();
const params = benchParams();
void timeRender(`vanilla-${params.tag}`, params);
