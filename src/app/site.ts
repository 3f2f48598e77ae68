// The name lives in the domain layer so that features and exports can use it too.
export { SITE_NAME } from '../domain/site-name';
