-- Guidance: supervision and intervision moments with attendance (R20 "other agreements"), workplace visits
-- (R22), and one optional attachment per e-mail (the visit's iCalendar invitation).
CREATE TABLE guidance_moments (
  id INTEGER PRIMARY KEY,
  cohort_id INTEGER NOT NULL REFERENCES cohorts(id),
  module_code TEXT NOT NULL,
  kind TEXT NOT NULL,                  -- 'supervision', 'intervision'
  moment_date TEXT NOT NULL,
  start_minutes INTEGER NOT NULL,      -- local time (Europe/Brussels), minutes since midnight
  duration_minutes INTEGER NOT NULL,
  title TEXT NOT NULL,
  place TEXT NOT NULL,
  mandatory INTEGER NOT NULL,
  planned_by INTEGER NOT NULL REFERENCES users(id),
  planned_at INTEGER NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES users(id),
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX guidance_moments_by_cohort ON guidance_moments(cohort_id, moment_date);

CREATE TABLE guidance_participants (
  moment_id INTEGER NOT NULL REFERENCES guidance_moments(id),
  student_id INTEGER NOT NULL REFERENCES users(id),
  PRIMARY KEY (moment_id, student_id)
) STRICT;
CREATE INDEX guidance_participants_by_student ON guidance_participants(student_id, moment_id);

-- At most one line per student and moment, only for a participant.
CREATE TABLE guidance_attendance (
  moment_id INTEGER NOT NULL,
  student_id INTEGER NOT NULL,
  status TEXT NOT NULL,                -- 'present', 'excused', 'absent'
  reason TEXT NOT NULL,                -- the excuse, for 'excused'
  recorded_by INTEGER NOT NULL REFERENCES users(id),
  recorded_at INTEGER NOT NULL,
  PRIMARY KEY (moment_id, student_id),
  FOREIGN KEY (moment_id, student_id) REFERENCES guidance_participants(moment_id, student_id)
) STRICT;

CREATE TABLE visits (
  id INTEGER PRIMARY KEY,
  placement_id INTEGER NOT NULL REFERENCES placements(id),
  uid TEXT NOT NULL UNIQUE,            -- iCalendar UID, stable over changes
  visit_date TEXT NOT NULL,
  start_minutes INTEGER NOT NULL,
  duration_minutes INTEGER NOT NULL,
  with_whom TEXT NOT NULL,
  place TEXT NOT NULL,
  state TEXT NOT NULL,                 -- 'planned', 'reported', 'cancelled'
  sequence INTEGER NOT NULL,           -- iCalendar SEQUENCE
  report TEXT NOT NULL,
  planned_by INTEGER NOT NULL REFERENCES users(id),
  planned_at INTEGER NOT NULL,
  reported_by INTEGER REFERENCES users(id),
  reported_at INTEGER,
  cancel_reason TEXT NOT NULL,
  cancelled_at INTEGER,
  updated_by INTEGER NOT NULL REFERENCES users(id),
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX visits_by_placement ON visits(placement_id, visit_date);
CREATE INDEX visits_planned ON visits(visit_date) WHERE state = 'planned';

ALTER TABLE outbox ADD COLUMN attachment_name TEXT;
ALTER TABLE outbox ADD COLUMN attachment_type TEXT;
ALTER TABLE outbox ADD COLUMN attachment_content TEXT;
