export * from './assertions';
export * from './errors';
export * from './linalg';
export * from './random';
export * from './validation';
