export * from './schema';
export * from './story';
export * from './annotations';
export * from './language';
