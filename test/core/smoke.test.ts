import { ROUNDS } from '../../src/core/model';
test('rounds', () => { expect(ROUNDS).toEqual(['plan', 'aterrap1', 'aterrap2']); });
