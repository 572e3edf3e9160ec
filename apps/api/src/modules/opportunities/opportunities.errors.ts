import { unprocessable } from '../../common/app-error.js';

export const notEnoughRatings = (message: string) => unprocessable('NOT_ENOUGH_RATINGS', message);
