/** The Prestige data of kata 01.14's spec, for the localising-misfit experiment. */
export { EDUCATION, INCOME, PRESTIGE, WOMEN } from '../../helpers/datasets/prestige';
