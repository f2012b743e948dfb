// pouchdb ships no type declarations; the benchmark types the few calls it makes (sync.bench.ts).
declare module 'pouchdb';
declare module 'pouchdb-adapter-memory';
