// The helpers most specs, solutions and experiments reach for. Plotting (helpers/plotting/,
// which loads Vega) and double-double arithmetic (helpers/double_double.ts, generic names such
// as `add`) are imported from their own files.
export * from './assertions';
export * from './distributions';
export * from './errors';
export * from './fitters';
export * from './least_squares';
export * from './linalg';
export * from './nist';
export * from './random';
export * from './validation';
