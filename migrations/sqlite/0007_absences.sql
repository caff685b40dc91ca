-- Absences: sickness reports with their certificate (R8), catch-up days (R9) and work accidents (R10).
CREATE TABLE sickness_reports (
  id INTEGER PRIMARY KEY,
  placement_id INTEGER NOT NULL REFERENCES placements(id),
  first_day TEXT NOT NULL,
  last_day TEXT NOT NULL,
  called_workplace_minutes INTEGER,    -- declared local time of the call, minutes since midnight
  called_coordinator_minutes INTEGER,
  note TEXT NOT NULL,
  timing TEXT NOT NULL,                -- 'on_time', 'late' (R8, against the workplace's start time)
  reported_by INTEGER NOT NULL REFERENCES users(id),
  reported_at INTEGER NOT NULL,
  certificate_document_id INTEGER REFERENCES documents(id),  -- the copy; the original goes to the ombudsdienst
  original_received_by INTEGER REFERENCES users(id),
  original_received_at INTEGER
) STRICT;
CREATE INDEX sickness_reports_by_placement ON sickness_reports(placement_id, first_day);
-- Open reports (certificate missing, original not received, or late) for the ombudsdienst and coordinators.
CREATE INDEX sickness_reports_open ON sickness_reports(placement_id)
  WHERE certificate_document_id IS NULL OR original_received_at IS NULL OR timing = 'late';

CREATE TABLE catch_up_requests (
  id INTEGER PRIMARY KEY,
  placement_id INTEGER NOT NULL REFERENCES placements(id),
  catch_up_date TEXT NOT NULL,
  note TEXT NOT NULL,
  state TEXT NOT NULL,                 -- 'proposed', 'approved', 'rejected'
  proposed_by INTEGER NOT NULL REFERENCES users(id),
  proposed_at INTEGER NOT NULL,
  decided_by INTEGER REFERENCES users(id),
  decided_at INTEGER,
  decision_comment TEXT NOT NULL
) STRICT;
CREATE INDEX catch_up_requests_by_placement ON catch_up_requests(placement_id, catch_up_date);
CREATE INDEX catch_up_requests_by_state ON catch_up_requests(state, placement_id);
-- A date is proposed or approved at most once per placement; a rejected date may be proposed again.
CREATE UNIQUE INDEX catch_up_requests_taken ON catch_up_requests(placement_id, catch_up_date)
  WHERE state <> 'rejected';

CREATE TABLE accidents (
  id INTEGER PRIMARY KEY,
  placement_id INTEGER NOT NULL REFERENCES placements(id),
  accident_date TEXT NOT NULL,
  time_minutes INTEGER NOT NULL,
  place TEXT NOT NULL,
  on_the_way INTEGER NOT NULL,
  what_happened TEXT NOT NULL,
  injuries TEXT NOT NULL,
  witnesses TEXT NOT NULL,
  first_aid TEXT NOT NULL,
  status TEXT NOT NULL,                -- 'open', 'declared', 'closed'
  status_reason TEXT NOT NULL,         -- the coordinator's reason with the last change of status
  reported_by INTEGER NOT NULL REFERENCES users(id),
  reported_at INTEGER NOT NULL,
  declared_at INTEGER,
  closed_at INTEGER,
  updated_by INTEGER NOT NULL REFERENCES users(id),
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX accidents_by_placement ON accidents(placement_id, accident_date);
CREATE INDEX accidents_open ON accidents(placement_id) WHERE status <> 'closed';
