import { strict as assert } from 'node:assert';
import { HEADER, diagnosticsOf, placesOf, where } from './helpers';

const WITH_STATUS_DATE = HEADER.replace('start: 2026-03-02\n', 'start: 2026-03-02\nstatusDate: 2026-03-20\n');

describe('checks: progress consistency', () => {
  it('PP401: actualFinish before actualStart, at the finish, related to the start', () => {
    const yaml = `${HEADER}  - id: a
    name: A
    owner: ana
    status: done
    actualStart: 2026-03-12
    actualFinish: 2026-03-10
`;
    assert.deepEqual(placesOf(yaml, 'PP401'), ['16:19 2026-03-10']);
    const [d] = diagnosticsOf(yaml, 'PP401');
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.related?.map((r) => where(yaml, r.span)), ['15:18 2026-03-12']);
  });

  it('PP402: done without actualFinish, at the status value', () => {
    const yaml = `${HEADER}  - { id: a, name: A, owner: ana, status: done, actualStart: 2026-03-02 }
  - { id: b, name: B, owner: ana, status: done, actualFinish: 2026-03-03 }
`;
    assert.deepEqual(placesOf(yaml, 'PP402'), ['11:43 done']);
  });

  it('PP403: progress 100 on a task that is not done, at the progress value', () => {
    const yaml = `${HEADER}  - { id: a, name: A, owner: ana, status: in-progress, progress: 100 }
  - { id: b, name: B, owner: ana, status: done, progress: 100, actualFinish: 2026-03-03 }
  - { id: c, name: C, owner: ana, status: in-progress, progress: 99 }
`;
    assert.deepEqual(placesOf(yaml, 'PP403'), ['11:66 100']);
  });

  it('PP404: actual dates after the statusDate, only when the file has one', () => {
    const task = `  - id: a
    name: A
    owner: ana
    status: done
    actualStart: 2026-03-23
    actualFinish: 2026-03-27
`;
    assert.deepEqual(placesOf(`${WITH_STATUS_DATE}${task}`, 'PP404'), ['16:18 2026-03-23', '17:19 2026-03-27']);
    assert.deepEqual(placesOf(`${HEADER}${task}`, 'PP404'), [], 'without statusDate there is nothing to compare with');
    const onTheDay = `${WITH_STATUS_DATE}  - { id: a, name: A, owner: ana, status: done, actualStart: 2026-03-20, actualFinish: 2026-03-20 }\n`;
    assert.deepEqual(placesOf(onTheDay, 'PP404'), []);
  });
});
