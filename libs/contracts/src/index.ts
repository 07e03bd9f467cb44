export * from './lib/accounts';
export * from './lib/api-error';
export * from './lib/api-routes';
export * from './lib/areas';
export * from './lib/consent';
export * from './lib/jobs';
export * from './lib/locale';
export * from './lib/volunteer-enquiry';
