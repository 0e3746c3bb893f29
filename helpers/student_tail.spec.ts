import { describe, expect, it } from 'vitest';
import { studentTTwoSidedPValue } from './distributions';
import { evenStudentTwoSidedTail } from './student_tail';

describe("evenStudentTwoSidedTail: the specs' independent far-tail oracle", () => {
  it("equals the closed form at ν = 2 and the lab's own t tail at ν = 10", () => {
    // ν = 2: P(|T| > t) = 1 − t/sqrt(2 + t²) (hand derivation).
    expect(evenStudentTwoSidedTail(1.5, 2)).toBeCloseTo(1 - 1.5 / Math.sqrt(2 + 1.5 ** 2), 14);
    expect(evenStudentTwoSidedTail(2.5, 10)).toBeCloseTo(studentTTwoSidedPValue(2.5, 10), 12);
  });
});
