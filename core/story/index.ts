export * from './schema';
export * from './story';
export * from './annotations';
