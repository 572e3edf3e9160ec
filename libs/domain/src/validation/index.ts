export { DomainInputError, type DomainInputErrorCode } from './domain-input-error.js';
export { assertCount, assertFinite, assertInRange, assertNonEmpty, assertRating } from './assert-input.js';
