-- The daily logbook (R6–R7): one entry per placement and day, with every version kept.
CREATE TABLE logbook_entries (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  placement_id BIGINT NOT NULL REFERENCES placements(id),
  entry_date TEXT NOT NULL,
  start_minutes BIGINT NOT NULL,
  end_minutes BIGINT NOT NULL,
  break_minutes BIGINT NOT NULL,
  activities TEXT NOT NULL,
  goals TEXT NOT NULL,  -- the module's goal numbers, comma-separated
  state TEXT NOT NULL,  -- 'draft', 'submitted', 'approved', 'returned'
  review_comment TEXT NOT NULL,
  catch_up BIGINT NOT NULL,
  version BIGINT NOT NULL,
  updated_by BIGINT NOT NULL REFERENCES users(id),
  updated_at BIGINT NOT NULL,
  submitted_at BIGINT,
  reviewed_by BIGINT REFERENCES users(id),
  reviewed_at BIGINT,
  UNIQUE (placement_id, entry_date)
);
-- The mentor's queue and the reminders look entries up by state.
CREATE INDEX logbook_entries_by_state ON logbook_entries(state, placement_id);

CREATE TABLE logbook_entry_versions (
  entry_id BIGINT NOT NULL REFERENCES logbook_entries(id),
  version BIGINT NOT NULL,
  action TEXT NOT NULL,  -- 'saved', 'submitted', 'approved', 'returned'
  start_minutes BIGINT NOT NULL,
  end_minutes BIGINT NOT NULL,
  break_minutes BIGINT NOT NULL,
  activities TEXT NOT NULL,
  goals TEXT NOT NULL,
  state TEXT NOT NULL,
  review_comment TEXT NOT NULL,
  actor_id BIGINT NOT NULL REFERENCES users(id),
  at BIGINT NOT NULL,
  PRIMARY KEY (entry_id, version)
);
