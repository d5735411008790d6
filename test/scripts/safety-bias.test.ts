import { describe, expect, it } from 'vitest';
import { chooseSafetyBiasForRecall } from '../../scripts/lib/calibration.ts';

// Rows are [informational, service_action, safety_compliance] scores; label 2 is safety_compliance.
const SAFE = 2;

describe('chooseSafetyBiasForRecall', () => {
  it('picks the smallest bias whose recall reaches the target', () => {
    // Four safety rows the model puts behind another class by 0.2, 0.5, 1.0 and 2.0; one ordinary row.
    const logits = [
      [1.2, 0, 1],
      [1.5, 0, 1],
      [0, 2, 1],
      [3, 0, 1],
      [2, 0, 0],
    ];
    const labels = [SAFE, SAFE, SAFE, SAFE, 0];
    const half = chooseSafetyBiasForRecall(logits, labels, 0.5);
    expect(half.bias).toBeCloseTo(0.55, 10); // 0.5 ties (argmax takes the first), 0.55 wins
    expect(half.safetyRecall).toBe(0.5);
    const three = chooseSafetyBiasForRecall(logits, labels, 0.75);
    expect(three.bias).toBeCloseTo(1.05, 10);
    expect(three.safetyRecall).toBe(0.75);
  });

  it('needs no bias when the model already reaches the target', () => {
    const choice = chooseSafetyBiasForRecall([[0, 0, 1], [1, 0, 0]], [SAFE, 0], 0.98);
    expect(choice.bias).toBe(0);
    expect(choice.safetyRecall).toBe(1);
    expect(choice.accuracy).toBe(1);
  });

  it('counts the rows the guard forces as caught', () => {
    const logits = [
      [5, 0, 0],
      [0, 0, 1],
    ];
    expect(chooseSafetyBiasForRecall(logits, [SAFE, SAFE], 1).bias).toBe(3); // 5 would be needed, 3 is the most tried
    expect(chooseSafetyBiasForRecall(logits, [SAFE, SAFE], 1, [true, false]).bias).toBe(0);
  });

  it('stops at the largest bias when no bias reaches the target, and says what it reached', () => {
    const choice = chooseSafetyBiasForRecall([[9, 0, 0], [0, 0, 1]], [SAFE, SAFE], 1, [], 2);
    expect(choice.bias).toBe(2);
    expect(choice.safetyRecall).toBe(0.5);
  });

  it('keeps its choice when ordinary rows are added that the bias does not move', () => {
    const logits = [
      [1.2, 0, 1],
      [1.5, 0, 1],
      [0, 2, 1],
      [3, 0, 1],
    ];
    const labels = [SAFE, SAFE, SAFE, SAFE];
    const base = chooseSafetyBiasForRecall(logits, labels, 0.75).bias;
    const more = chooseSafetyBiasForRecall([...logits, [9, 0, 0], [0, 9, 0], [4, 0, 3.5]], [...labels, 0, 1, 0], 0.75).bias;
    expect(more).toBe(base);
  });
});
