// Test-runner commands for the performance tests (test/perf/), through the DevTools protocol of the
// page that runs the test file:
//   perf-heap { prototypes: ['AgendaList', …] }  forces garbage collection, then answers the used JS heap
//   (bytes), how many live objects have each prototype of window.__perfPrototypes[name], and how many
//   event listeners window and document have.
/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function perfCommands() {
  return {
    name: 'majlis-perf-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'perf-heap') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        const evaluate = async (expression) => (await cdp.send('Runtime.evaluate', { expression })).result;
        const count = async (objectId) => {
          const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: objectId });
          const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
          await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
          return result.value;
        };
        // Twice: objects freed by the first collection's finalizers go in the second.
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        const instances = {};
        for (const name of payload?.prototypes ?? []) {
          const proto = await evaluate(`window.__perfPrototypes[${JSON.stringify(name)}]`);
          instances[name] = proto.objectId ? await count(proto.objectId) : -1;
        }
        const listeners = {};
        for (const target of ['window', 'document']) {
          const obj = await evaluate(target);
          listeners[target] = (await cdp.send('DOMDebugger.getEventListeners', { objectId: obj.objectId })).listeners.length;
        }
        return { usedSize, instances, listeners };
      } finally {
        await cdp.detach();
      }
    },
  };
}
