// Values kept in workbook.settings read defensively: text or parsed JSON, damage left out.
import { storedJson, storedObjects } from '../../src/core/storedJson';

test('JSON text is parsed, a parsed value kept, text that is no JSON is undefined', () => {
  expect(storedJson('{"sheet":"4. Sammanställning"}')).toEqual({ sheet: '4. Sammanställning' });
  expect(storedJson([1, 2])).toEqual([1, 2]);
  expect(storedJson(null)).toBeNull();
  expect(storedJson('{"sheet":')).toBeUndefined();
});

test('the objects of a stored array, other entries and non-arrays left out', () => {
  expect(storedObjects('[{"a":1},2,null,"x",{"b":2}]')).toEqual([{ a: 1 }, { b: 2 }]);
  expect(storedObjects([{ a: 1 }])).toEqual([{ a: 1 }]);
  expect(storedObjects('{"a":1}')).toEqual([]);
  expect(storedObjects('[{')).toEqual([]);
  expect(storedObjects(undefined)).toEqual([]);
});
