import { connectionFields } from '../graphql/pagination.js';

// Every connection type resolves the same way from a repository page.
export const ProvinceConnection = connectionFields;
export const ChangeConnection = connectionFields;
export const OfficeConnection = connectionFields;
export const PersonConnection = connectionFields;
export const TenureConnection = connectionFields;
export const EventConnection = connectionFields;
