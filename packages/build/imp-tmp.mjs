const t0 = performance.now();
await import('@ndd/build');
console.log('import @ndd/build', Math.round(performance.now() - t0), 'ms; uptime', Math.round(performance.now()));
